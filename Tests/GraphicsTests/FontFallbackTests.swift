import Foundation
import RenderTestSupport
import Testing
@testable import Graphics

/// Characters DejaVu Sans lacks (Chinese, Japanese, Korean) come from the fallback
/// font: measured with its advances, drawn with its outlines (never DejaVu's box),
/// written to the PDF with it embedded; a collection (`.ttc`) is read by index;
/// right-to-left text does not trap; without a fallback, boxes are drawn.
@Suite(.enabled(if: FontBook.systemFallback != nil,
                "no fallback font installed (Debian package fonts-wqy-zenhei); skipping"))
struct FontFallbackTests {
    static let samples = ["数据划分", "データの分割", "데이터 분할"]

    @Test(arguments: samples)
    func everyCharacterHasAGlyph(_ text: String) throws {
        let fonts = try FontBook.system()
        let line = fonts.layout(text, weight: .regular)
        for g in line.glyphs where g.scalar != " " {
            #expect(g.slot == .fallback && g.glyph != 0, "\(g.scalar)")
        }
    }

    @Test func widthsComeFromTheFallbackFont() throws {
        let fonts = try FontBook.system()
        let fallback = try #require(fonts.fallback)
        let text = "数据"
        let expected = text.unicodeScalars.reduce(0.0) { sum, s in
            sum + Double(fallback.advance(fallback.glyph(for: s) ?? 0)) / Double(fallback.unitsPerEm) * 20
        }
        #expect(abs(fonts.measure(text, size: 20, weight: .regular).width - expected) < 1e-9)
        let boxes = FontBook(regular: fonts.regular, bold: fonts.bold, fallback: .none)
        #expect(boxes.measure(text, size: 20, weight: .regular).width != expected)
    }

    @Test func mixedTextKeepsLatinInDejaVu() throws {
        let fonts = try FontBook.system()
        let line = fonts.layout("Loss 损失 (epoch 3)", weight: .bold)
        #expect(line.glyphs.filter { $0.slot == .fallback }.count == 2)
        #expect(line.glyphs.filter { $0.slot == .bold }.count == line.glyphs.count - 2)
        #expect(zip(line.glyphs, line.glyphs.dropFirst()).allSatisfy { $0.x < $1.x })
    }

    @Test func cjkTextDrawsGlyphsNotBoxes() throws {
        let fonts = try FontBook.system()
        let run = TextRun("数据划分", at: Point(4, 30), size: 24)
        let withFallback = fonts.outline(of: run)
        let boxes = FontBook(regular: fonts.regular, bold: fonts.bold, fallback: .none).outline(of: run)
        // A box is two rectangles; the four real glyphs have hundreds of segments.
        #expect(boxes.elements.count < 100)
        #expect(withFallback.elements.count > 200)
        let scene = Scene(width: 120, height: 40, nodes: [.text(run)])
        let ink = DecodedImage(Rasterizer(fonts: fonts).render(scene, scale: 1)).rgba.enumerated().filter { $0.offset % 4 == 0 && $0.element < 128 }.count
        #expect(ink > 150)
    }

    @Test func pdfTextInEveryScriptIsSearchable() throws {
        let tool = try #require(ExternalTool.find(["pdftotext"]), "pdftotext is not installed (Debian package poppler-utils)")
        var scene = Scene(width: 400, height: 120)
        for (i, text) in Self.samples.enumerated() {
            scene.add(.text(TextRun("\(i): \(text)", at: Point(10, 30 + 30 * Double(i)), size: 16)))
        }
        let result = try PDFWriterTests.run(tool, [], pdf: PDFWriter.write(scene, fonts: try FontBook.system()), output: "-")
        let extracted = String(decoding: result.out, as: UTF8.self)
        for text in Self.samples { #expect(extracted.contains(text), "\(text) in \(extracted)") }
    }

    @Test func rightToLeftTextDoesNotTrap() throws {
        let fonts = try FontBook.system()
        for text in ["שלום עולם", "مرحبا بالعالم", "abc \u{202E}def\u{202C} ghi"] {
            let run = TextRun(text, at: Point(10, 30), size: 18, anchor: .middle)
            let scene = Scene(width: 200, height: 50, nodes: [.text(run)])
            #expect(fonts.measure(text, size: 18, weight: .regular).width > 0)
            _ = Rasterizer(fonts: fonts).render(scene, scale: 2)
            _ = SVGWriter.write(scene, textAsPaths: true, fonts: fonts)
            #expect(!PDFWriter.write(scene, fonts: fonts).isEmpty)
        }
    }

    @Test func aCollectionIsReadByIndex() throws {
        let candidate = try #require(FontBook.fallbackCandidates.first { FileManager.default.fileExists(atPath: $0.path) })
        let bytes = [UInt8](try #require(FileManager.default.contents(atPath: candidate.path)))
        guard bytes.starts(with: Array("ttcf".utf8)) else { return }
        let first = try TrueTypeFont(bytes: bytes, index: 0)
        let second = try TrueTypeFont(bytes: bytes, index: 1)
        #expect(first.glyph(for: "数") != nil && second.glyph(for: "数") != nil)
        #expect(throws: FontParseError.self) { try TrueTypeFont(bytes: bytes, index: 99) }
        #expect(throws: FontParseError.self) { try TrueTypeFont(bytes: bytes, index: -1) }
    }
}
