import Charts
import Script
import Testing

/// `chart + chart` and `Rule(x:)` / `Rule(y:)` from cells.
@Suite struct ChartOverlayTests {
    let cells = ChartCells()

    @Test func plusOverlaysOnSharedAxes() throws {
        let value = try cells.chart("ScatterPlot(x: [1, 2, 3], y: [2, 1, 3]) + LinePlot(x: [0, 4], y: [0, 4]) + Rule(y: 2, label: \"mean\")")
        #expect(value.typeName == "Overlay")
        let overlay = try #require(value.chart as? Overlay)
        #expect(overlay.layers.map(\.kind) == ["ScatterPlot", "LinePlot", "Rule"])
        #expect(try value.svg().contains("mean"))
        #expect(value.chart.text().contains("mean"))
    }

    @Test func rulesStandAlone() throws {
        let vertical = try cells.chart("Rule(x: 0.5, title: \"threshold\")", as: Rule.self)
        #expect(vertical.orientation == .vertical && vertical.value == 0.5 && vertical.options.title == "threshold")
        let horizontal = try cells.chart("Rule(y: 3)", as: Rule.self)
        #expect(horizontal.orientation == .horizontal && horizontal.label == nil)
    }

    @Test func badCombinationsAreClearErrors() {
        let pie = cells.error("PieChart([\"a\": 1, \"b\": 2]) + LinePlot([1, 2])")
        #expect(pie?.kind == .runtime)
        #expect(pie?.message.hasPrefix("cannot overlay PieChart with +") == true)
        let bars = cells.error("BarChart([\"a\": 1]) + LinePlot([1, 2])")
        #expect(bars?.message == "cannot overlay BarChart and LinePlot with +: a category x axis cannot be shared with a numeric one")
        #expect(cells.error("LinePlot([1, 2]) + 1")?.kind == .type)
        #expect(cells.error("LinePlot([1, 2]) - Rule(y: 1)")?.kind == .type)
        #expect(cells.error("Rule(y: Double.nan)")?.message == "Rule: y has no finite values (all are NaN or infinite)")
    }
}
