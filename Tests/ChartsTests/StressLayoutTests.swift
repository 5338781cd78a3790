import RenderTestSupport
import Graphics
import Testing
@testable import Charts

/// Crowded inputs at the default size still give non-overlapping labels.
@Suite struct StressLayoutTests {
    static let measurer = FixedMeasurer()

    func overlaps(_ chart: any Chart) -> [(String, String)] {
        SceneInspection(chart.scene(measurer: Self.measurer), measurer: Self.measurer).overlappingLabels()
    }

    @Test func manyPieSlices() throws {
        var rng = SplitMix(seed: 7)
        for count in [8, 15, 30] {
            let values = (0..<count).map { _ in rng.unit() * 10 + 0.2 }
            let pie = try PieChart(labels: (0..<count).map { "slice \($0)" }, values: values)
            #expect(overlaps(pie).isEmpty, "\(count) slices: \(overlaps(pie).prefix(3))")
            #expect(pie.slices.count <= PieChart.maxSlices)
        }
    }

    @Test func manyBars() throws {
        for count in [50, 200] {
            let bars = try BarChart(labels: (0..<count).map { "item \($0)" }, values: (0..<count).map { Double($0 % 17) })
            #expect(overlaps(bars).isEmpty, "\(count) bars: \(overlaps(bars).prefix(3))")
            let horizontal = try BarChart(labels: (0..<count).map { "item \($0)" }, values: (0..<count).map { Double($0 % 17) },
                                          horizontal: true)
            #expect(overlaps(horizontal).isEmpty, "\(count) horizontal bars: \(overlaps(horizontal).prefix(3))")
        }
    }

    @Test func bigHeatmap() throws {
        let matrix = (0..<60).map { r in (0..<80).map { c in Double(r * c % 23) } }
        let heatmap = try Heatmap(matrix, annotate: true)
        #expect(overlaps(heatmap).isEmpty, "\(overlaps(heatmap).prefix(3))")
    }

    @Test func manyLegendEntries() throws {
        let series = (0..<12).map { NamedSeries("series \($0)", (0..<50).map { Double($0 * $0) }) }
        let chart = try LinePlot(series: series)
        #expect(overlaps(chart).isEmpty, "\(overlaps(chart).prefix(3))")
    }

    @Test func biggerGraph() throws {
        let nodes = (0..<24).map { "node \($0)" }
        let edges = (1..<24).map { ("node \(($0 - 1) / 2)", "node \($0)") } + [("node 23", "node 0")]
        let graph = try NetworkDiagram(nodes: nodes, edges: edges)
        #expect(overlaps(graph).isEmpty, "\(overlaps(graph).prefix(3))")
    }
}
