import Foundation
import RenderTestSupport
import Testing
@testable import Graphics

/// What a scene says about itself reaches every format: the SVG is one `role="img"`
/// named by its `<title>` and `<desc>`, marks carry `<title>` (shown on hover), the PNG
/// has `Title` and `Description` text chunks, the PDF a title and subject.
@Suite struct AccessibilityTests {
    func scene() -> Scene {
        var scene = Scene(width: 120, height: 80, title: "Accuracy by split",
                          summary: "Bar chart of 2 bars: train 0.92, test 0.87 — “κ” & <b>")
        scene.add(.shape(Shape(.rect(Rect(x: 10, y: 10, width: 20, height: 60)), fill: .solid(.black), title: "train: 0.92")))
        scene.add(.group(Group([.shape(Shape(.rect(Rect(x: 40, y: 20, width: 20, height: 50)), fill: .solid(.black)))],
                               title: "test: 0.87 < 0.9")))
        return scene
    }

    @Test func theSVGIsOneNamedImageWithTitledMarks() throws {
        let svg = SVGWriter.write(scene())
        let id = try #require(svg.split(separator: "\"").dropFirst(5).first, "no id")
        #expect(svg.contains("role=\"img\" aria-labelledby=\"\(id)t \(id)d\""))
        #expect(svg.contains("<title id=\"\(id)t\">Accuracy by split</title>"))
        #expect(svg.contains("<desc id=\"\(id)d\">Bar chart of 2 bars: train 0.92, test 0.87 — “κ” &amp; &lt;b&gt;</desc>"))
        #expect(svg.contains("\"><title>train: 0.92</title></path>"))
        #expect(svg.contains("<g>\n <title>test: 0.87 &lt; 0.9</title>"))
        let xmllint = try #require(ExternalTool.find(["xmllint"]), "xmllint (libxml2-utils) is needed")
        let result = try ExternalTool.run(xmllint, ["--noout", "-"], stdin: Data(svg.utf8))
        #expect(result.status == 0, "xmllint: \(result.err)")
    }

    @Test func aSceneWithoutWordsIsStillAnImage() {
        let svg = SVGWriter.write(Scene(width: 10, height: 10))
        #expect(svg.contains("role=\"img\">"))
        #expect(!svg.contains("aria-labelledby") && !svg.contains("<title") && !svg.contains("<desc"))
    }

    @Test func thePNGCarriesTitleAndDescription() throws {
        let s = scene()
        let png = PNGEncoder.encode(Rasterizer(fonts: try FontBook.system()).render(s, scale: 1),
                                    text: [("Title", s.title ?? ""), ("Description", s.summary ?? "")])
        let file = ExternalTool.temporaryFile("png")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(png).write(to: file)
        let pngcheck = try #require(ExternalTool.find(["pngcheck"]), "pngcheck is not installed")
        let check = try ExternalTool.run(pngcheck, ["-v", file.path])
        let report = String(decoding: check.out, as: UTF8.self)
        #expect(check.status == 0, "\(report)")
        #expect(report.contains("tEXt") && report.contains("iTXt"), "\(report)")
        let python = try #require(ExternalTool.python)
        let read = try ExternalTool.run(python, ["-c", "import sys; from PIL import Image; im = Image.open(sys.argv[1]); print(im.text['Title']); print(im.text['Description'])", file.path])
        #expect(String(decoding: read.out, as: UTF8.self) == "Accuracy by split\n\(s.summary ?? "")\n", "\(read.err)")
    }

    @Test func thePDFHasTitleAndSubject() throws {
        let pdfinfo = try #require(ExternalTool.find(["pdfinfo"]), "pdfinfo is not installed (poppler-utils)")
        let result = try PDFWriterTests.run(pdfinfo, [], pdf: PDFWriter.write(scene(), fonts: try FontBook.system()))
        let fields = Dictionary(String(decoding: result.out, as: UTF8.self).split(separator: "\n").compactMap { line in
            line.firstIndex(of: ":").map { (String(line[..<$0]), line[line.index(after: $0)...].trimmingCharacters(in: .whitespaces)) }
        }, uniquingKeysWith: { a, _ in a })
        #expect(fields["Title"] == "Accuracy by split")
        #expect(fields["Subject"]?.hasPrefix("Bar chart of 2 bars") == true)
    }

    @Test func altTextJoinsTitleAndSummary() {
        #expect(scene().altText == "Accuracy by split. Bar chart of 2 bars: train 0.92, test 0.87 — “κ” & <b>.")
        #expect(Scene(width: 1, height: 1, title: " Loss. ").altText == "Loss.")
        #expect(Scene(width: 1, height: 1).altText == "")
    }
}
