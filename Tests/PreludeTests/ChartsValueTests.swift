#if canImport(Glibc)
import Glibc
#endif
import Charts
import Foundation
import Prelude
import Testing

/// Modifiers, the display bundle and `save(_:to:)`.
@Suite struct ChartsValueTests {
    let cells = ChartCells()

    @Test func modifiersReturnANewChartAndLeaveTheOriginal() throws {
        _ = try cells.chart("let base = LinePlot([1, 2, 3])\nbase")
        let changed = try cells.chart("base.title(\"Loss\").size(width: 300, height: 200).theme(.dark)")
        #expect(changed.chart.options == ChartOptions(title: "Loss", width: 300, height: 200, theme: .dark))
        #expect(changed.name == "LinePlot")
        let original = try cells.chart("base")
        var unsized = ChartOptions()
        unsized.flexibleWidth = true; unsized.flexibleHeight = true
        #expect(original.chart.options == unsized, "no size given: a bar chart may grow to label every category")
        #expect(original.memberNames == ["size", "theme", "title"])
        #expect(cells.error("base.theme(.sepia)")?.message == "unknown theme '.sepia'; expected one of .light, .dark")
        #expect(cells.error("base.titel(\"x\")")?.message.contains("title") == true)
    }

    @Test func bundleHasSvgPngAtTwiceTheSizeAndText() throws {
        let bundle = try #require(try cells.harness.run("BarChart([\"a\": 1, \"b\": 2], width: 320, height: 200)").get())
        #expect(bundle.items.map(\.mime) == ["text/html", "image/svg+xml", "image/png", "application/pdf", "text/plain"])
        #expect(bundle.content("image/svg+xml")?.hasPrefix("<svg") == true)
        #expect(bundle.pngSize?.width == 320 && bundle.pngSize?.height == 200)
        let png = base64Decoded(try #require(bundle.content("image/png")))
        let size = try #require(pngDimensions(png))
        #expect(size.width == 640 && size.height == 400)
        #expect(bundle.plainText?.contains("a") == true)
    }

    @Test func sixtyBarsOfUnsetWidthLabelEveryCategory() throws {
        let values = "[" + (0..<60).map { "\"c\($0)\": \($0 % 7 + 1)" }.joined(separator: ", ") + "]"
        let grown = try #require(try cells.harness.run("BarChart(\(values))").get())
        let width = try #require(grown.pngSize?.width)
        #expect(width > 640 && grown.pngSize?.height == 400)
        let svg = try #require(grown.content("image/svg+xml"))
        #expect((0..<60).allSatisfy { svg.contains(">c\($0)</text>") }, "every category labelled")
        let fixed = try #require(try cells.harness.run("BarChart(\(values), width: 640)").get())
        #expect(fixed.pngSize?.width == 640, "a given width is kept")
    }

    @Test func bundleHasASmallVectorPDF() throws {
        let bundle = try #require(try cells.harness.run(
            "BarChart([\"train\": 0.92, \"validation\": 0.88, \"test\": 0.87], title: \"Accuracy by split\")").get())
        let pdf = base64Decoded(try #require(bundle.content("application/pdf")))
        #expect(String(decoding: pdf.prefix(9), as: UTF8.self) == "%PDF-1.4\n")
        #expect(pdf.count < 20_000, "\(pdf.count) bytes")
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.contains("/MediaBox [0 0 480 300]"))
        #expect(text.contains("/FontFile2"))
    }

    @Test func theHTMLImageCarriesTheAltTextAndFitsTheWidth() throws {
        let bundle = try #require(try cells.harness.run(
            "BarChart([\"it's\": 2, \"a & b\": 3], title: \"Counts <by> kind\")").get())
        let html = try #require(bundle.content("text/html"))
        #expect(html.hasPrefix("<img src='data:image/svg+xml;charset=utf-8,<svg "))
        #expect(html.contains(" alt='Counts &lt;by&gt; kind. Bar chart of 2 categories: it&#39;s 2, a &amp; b 3; values from 2 to 3.'"))
        #expect(html.contains("width='640' height='400' style='max-width:100%;height:auto'"))
        #expect(!html.replacingOccurrences(of: "&#39;", with: "").contains("#") && !html.contains("\n"))
        // The data URL decodes (HTML entities, then percent escapes) back to the SVG.
        let src = String(html.dropFirst("<img src='data:image/svg+xml;charset=utf-8,".count).prefix { $0 != "'" })
        let unescaped = src.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "%0A", with: "\n").replacingOccurrences(of: "%23", with: "#")
            .replacingOccurrences(of: "%09", with: "\t").replacingOccurrences(of: "%0D", with: "\r")
            .replacingOccurrences(of: "%25", with: "%")
        #expect(unescaped == bundle.content("image/svg+xml"))
    }

    @Test func displayShowsTheChartBundle() throws {
        _ = try cells.harness.run("display(PieChart([\"a\": 1, \"b\": 3]), id: \"pie\")").get()
        let shown = try #require(cells.harness.shown.last)
        #expect(shown.id == "pie")
        #expect(shown.bundle.items.map(\.mime) == ["text/html", "image/svg+xml", "image/png", "application/pdf", "text/plain"])
    }

    @Test func saveWritesSvgAndPngFiles() throws {
        let directory = "/tmp/loupe-charts-save-\(getpid())"
        mkdir(directory, 0o755)
        _ = try cells.harness.run("let c = Histogram([1, 2, 2, 3])\nsave(c, to: \"\(directory)/h.svg\")\n"
                                  + "save(c, to: \"\(directory)/h.png\")").get()
        let svg = try #require(readBytes("\(directory)/h.svg"))
        #expect(String(decoding: svg.prefix(4), as: UTF8.self) == "<svg")
        let png = try #require(readBytes("\(directory)/h.png"))
        #expect(pngDimensions(png).map { [$0.width, $0.height] } == [1280, 800])
        #expect(cells.error("save(c, to: \"\(directory)/h.jpg\")")?.message
                == "save: cannot save to \"\(directory)/h.jpg\": the file name must end in .svg or .png")
        let unwritable = try #require(cells.error("save(c, to: \"/nonexistent-dir/h.svg\")"))
        #expect(unwritable.message.hasPrefix("save: cannot write \"/nonexistent-dir/h.svg\""))
        #expect(cells.error("save(42, to: \"\(directory)/x.svg\")")?.kind == .type)
    }

    func readBytes(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        return bytes
    }
}
