import Testing

/// What the kernel's completion and inspection show for charts.
@Suite struct ChartsToolingTests {
    let cells = ChartCells()

    @Test func completionAfterAChartListsItsModifiers() throws {
        _ = try cells.chart("let chart = PieChart([\"a\": 1])\nchart")
        let completion = cells.harness.interpreter.complete("chart.t", cursor: 7)
        #expect(completion.matches == ["theme", "title"])
        #expect(cells.harness.interpreter.complete("chart.", cursor: 6).matches == ["size", "theme", "title"])
    }

    @Test func inspectShowsEveryOverloadsSignatureAndADoc() throws {
        let histogram = try #require(cells.harness.interpreter.inspect("Histogram(", cursor: 9))
        #expect(histogram.plain.contains("Histogram(_ values: [Double], bins: Int = 30, density: Bool = false, "
                                         + "title: String? = nil, xLabel: String? = nil, yLabel: String? = nil, "
                                         + "width: Double = 640, height: Double = 400) -> Histogram"))
        #expect(histogram.plain.contains("Freedman–Diaconis"))
        let bars = try #require(cells.harness.interpreter.inspect("BarChart", cursor: 3))
        #expect(bars.plain.contains("BarChart(labels: [String], series: [String: [Double]], horizontal: Bool = false, "
                                    + "stacked: Bool = false"))
        let save = try #require(cells.harness.interpreter.inspect("save", cursor: 2))
        #expect(save.plain.contains("save(_ chart: Chart, to path: String)"))
    }
}
