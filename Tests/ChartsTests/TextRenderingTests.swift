import Testing
@testable import Charts

/// The text/plain renderings: golden files, 80 columns, deterministic.
@Suite struct TextRenderingTests {
    @Test func galleryTextMatchesGoldens() throws {
        for (name, chart) in try Gallery.all() {
            GoldenFiles.checkText(chart.text() + "\n", "\(name).txt")
        }
    }

    @Test func everyLineFitsEightyColumns() throws {
        for (name, chart) in try Gallery.all() {
            for line in chart.text().split(separator: "\n") {
                #expect(line.count <= 80, "\(name): \(line.count) columns: \(line)")
            }
        }
    }

    @Test func narrowerConsolesAreRespected() throws {
        for (name, chart) in try Gallery.all() {
            for line in chart.text(columns: 50).split(separator: "\n") {
                #expect(line.count <= 50, "\(name): \(line.count) columns at width 50")
            }
        }
    }

    @Test func renderingIsDeterministic() throws {
        let first = try Gallery.all().map { $0.chart.text() }
        let second = try Gallery.all().map { $0.chart.text() }
        #expect(first == second)
    }

    @Test func barsUseEighthBlocks() {
        #expect(BlockText.bar(2.5) == "██▌")
        #expect(BlockText.bar(0) == "")
        #expect(BlockText.columns([1.5], rows: 2) == ["▄", "█"])
    }

    @Test func brailleDotsMapToUnicode() {
        var canvas = BrailleCanvas(columns: 1, rows: 1)
        canvas.set(0, 0); canvas.set(1, 3)
        #expect(canvas.lines() == ["\u{2881}"])
    }
}
