import Script

/// The data charts of LANGUAGE.md section 10, `save(_:to:)` and the chart modifiers.
enum ChartLibrary {
    static func install(into interpreter: Interpreter, channel: DisplayChannel) {
        HistogramBuiltins.install(into: interpreter)
        BarChartBuiltins.install(into: interpreter)
        PieChartBuiltins.install(into: interpreter)
        LinePlotBuiltins.install(into: interpreter)
        ScatterPlotBuiltins.install(into: interpreter)
        HeatmapBuiltins.install(into: interpreter)
        NetworkDiagramBuiltins.install(into: interpreter)
        GridBuiltins.install(into: interpreter)
        RuleBuiltins.install(into: interpreter)
        SaveChart.install(into: interpreter)
    }
}
