import Foundation
import RenderTestSupport
import Testing
@testable import Graphics

/// The PDF writer: a well-formed file (every cross-reference offset points at its
/// object), deterministic bytes, real text that pdftotext reads back, fonts that
/// pdffonts reports embedded as subsets with a Unicode map, and pages that
/// poppler's pdftoppm draws like Loupe's own rasterizer.
@Suite struct PDFWriterTests {
    func pdf(_ scene: Scene, title: String? = nil) throws -> [UInt8] {
        PDFWriter.write(scene, fonts: try FontBook.system(), title: title)
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func crossReferenceOffsetsPointAtTheirObjects() throws {
        let bytes = try pdf(TestScenes.text, title: "Text")
        let text = Self.text(bytes)
        #expect(text.hasPrefix("%PDF-1.4\n"))
        #expect(text.hasSuffix("%%EOF\n"))
        let start = try #require(text.components(separatedBy: "startxref\n").last?.split(separator: "\n").first.flatMap { Int($0) })
        let table = Self.text(Array(bytes[start...]))
        #expect(table.hasPrefix("xref\n0 "))
        let rows = table.split(separator: "\n").dropFirst(3).prefix { $0.hasSuffix(" n ") || $0.hasSuffix(" n") }
        #expect(!rows.isEmpty)
        for (i, row) in rows.enumerated() {
            let offset = try #require(Int(row.prefix(10)))
            #expect(Self.text(Array(bytes[offset..<Swift.min(bytes.count, offset + 12)])).hasPrefix("\(i + 1) 0 obj"))
        }
    }

    @Test func theSameSceneGivesTheSameBytes() throws {
        for (name, scene) in TestScenes.all {
            #expect(try pdf(scene) == pdf(scene), "\(name)")
        }
    }

    @Test func textIsRealTextThatPdftotextReads() throws {
        let tool = try #require(ExternalTool.find(["pdftotext"]), "pdftotext is not installed (Debian package poppler-utils)")
        var scene = Scene(width: 300, height: 80)
        scene.add(.text(TextRun("Validation loss, epoch 12", at: Point(10, 30), size: 14)))
        scene.add(.text(TextRun("AVAST Wärme ÆØÅ", at: Point(10, 60), size: 12, weight: .bold)))
        let result = try Self.run(tool, ["-layout"], pdf: try pdf(scene), output: "-")
        let extracted = String(decoding: result.out, as: UTF8.self)
        #expect(extracted.contains("Validation loss, epoch 12"), "\(extracted)")
        #expect(extracted.contains("AVAST Wärme ÆØÅ"), "\(extracted)")
    }

    @Test func fontsAreEmbeddedSubsetsWithAUnicodeMap() throws {
        let tool = try #require(ExternalTool.find(["pdffonts"]), "pdffonts is not installed (Debian package poppler-utils)")
        var scene = Scene(width: 200, height: 60)
        scene.add(.text(TextRun("Regular", at: Point(10, 20))))
        scene.add(.text(TextRun("Bold", at: Point(10, 40), weight: .bold)))
        let result = try Self.run(tool, [], pdf: try pdf(scene))
        let lines = String(decoding: result.out, as: UTF8.self).split(separator: "\n").dropFirst(2)
        #expect(lines.count == 2)
        for line in lines {
            #expect(line.contains("CID TrueType"), "\(line)")
            #expect(line.contains("Identity-H"), "\(line)")
            #expect(line.split(separator: " ").suffix(5).prefix(3) == ["yes", "yes", "yes"], "emb sub uni: \(line)")
        }
    }

    /// How many pixels may differ by more than the tolerance: poppler places glyphs on quarter
    /// pixels (text edges shift a little) and anti-aliases image frames its own way.
    static let allowedFraction = ["text": 0.04, "images": 0.04]

    /// Each test scene as poppler draws the PDF at 2× against Loupe's rasterizer (bilinear
    /// images left out: every viewer interpolates in its own way).
    @Test(arguments: TestScenes.all.map(\.name))
    func popplerDrawsWhatTheRasterizerDraws(_ name: String) throws {
        let tool = try #require(ExternalTool.find(["pdftoppm"]), "pdftoppm is not installed (Debian package poppler-utils)")
        var scene = try #require(TestScenes.all.first { $0.name == name }?.scene)
        scene.nodes.removeAll { if case .image(let image) = $0 { return image.interpolation == .bilinear }; return false }
        let fonts = try FontBook.system()
        let theirs = try Self.rasterize(tool, try pdf(scene), scale: 2)
        let ours = Rasterizer(fonts: fonts).render(scene, scale: 2)
        let comparison = ImageComparison(DecodedImage(ours), theirs, tolerance: 16)
        print("pdftoppm \(name): \(comparison.differing) of \(comparison.total) pixels differ")
        let allowed = Self.allowedFraction[name] ?? 0.02
        if comparison.fraction > allowed {
            Artifacts.recordFailure("pdf-\(name)", actual: PNGEncoder.encode(ours), expected: theirs,
                                    actual: DecodedImage(ours), comparison: comparison)
        }
        #expect(comparison.fraction <= allowed, "\(name): \(comparison.differing) of \(comparison.total)")
    }

    @Test(arguments: 0..<6)
    func randomScenesMakeValidPDFs(_ seed: Int) throws {
        var generator = RandomScene(seed: UInt64(seed))
        let bytes = try pdf(generator.scene())
        let tool = try #require(ExternalTool.find(["pdfinfo"]), "pdfinfo is not installed (Debian package poppler-utils)")
        let result = try Self.run(tool, [], pdf: bytes)
        #expect(result.status == 0, "\(result.err)")
        #expect(!result.err.contains("Syntax Error"), "\(result.err)")
    }

    @Test func emptyAndDegenerateScenesStillMakeAPage() throws {
        for scene in [Scene(width: 0, height: .nan), Scene(width: 1e9, height: -5, background: nil)] {
            let text = Self.text(try pdf(scene))
            #expect(text.contains("/MediaBox [0 0 "))
        }
    }

    // MARK: helpers

    static func run(_ tool: String, _ arguments: [String], pdf: [UInt8], output: String? = nil) throws -> (status: Int32, out: Data, err: String) {
        let file = ExternalTool.temporaryFile("pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(pdf).write(to: file)
        return try ExternalTool.run(tool, arguments + [file.path] + (output.map { [$0] } ?? []))
    }

    /// The first page drawn by pdftoppm at `scale` device pixels per CSS pixel.
    static func rasterize(_ tool: String, _ pdf: [UInt8], scale: Double) throws -> DecodedImage {
        let file = ExternalTool.temporaryFile("pdf"), prefix = ExternalTool.temporaryFile("")
        defer {
            try? FileManager.default.removeItem(at: file)
            try? FileManager.default.removeItem(atPath: prefix.path + ".png")
        }
        try Data(pdf).write(to: file)
        let run = try ExternalTool.run(tool, ["-png", "-r", String(96 * scale), "-singlefile", file.path, prefix.path])
        try #require(run.status == 0, "pdftoppm failed: \(run.err)")
        return try #require(DecodedImage.decode([UInt8](try Data(contentsOf: URL(fileURLWithPath: prefix.path + ".png")))))
    }
}
