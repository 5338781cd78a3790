import Graphics
import Testing
@testable import Charts

/// No input may trap: extreme magnitudes, subnormals and mixed non-finite
/// values either build a chart that draws and prints, or throw a ChartError.
@Suite struct ExtremeValueTests {
    static let samples: [[Double]] = [
        [-1e308, 1e308], [1e308, 1.7e308, 5e307], [5e-324, 1e-323, 0], [0, 0, 0], [1, 1, 1],
        [-Double.greatestFiniteMagnitude, 0, Double.greatestFiniteMagnitude], [1e-300, 2e-300],
        [.nan, 1e308, -.infinity, -1e308], [42], [1e15, 1e15 + 1], [-3, -2, -1e-9],
    ]

    func exercise(_ make: () throws -> any Chart) {
        do {
            let chart = try make()
            let scene = chart.scene(measurer: FixedMeasurer())
            #expect(scene.width > 0)
            #expect(!chart.text().isEmpty)
        } catch is ChartError {
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test(arguments: samples)
    func everyChartSurvives(values: [Double]) {
        let labels = values.indices.map { "v\($0)" }
        exercise { try Histogram(values) }
        exercise { try Histogram(values, bins: .auto, density: true) }
        exercise { try BarChart(labels: labels, values: values) }
        exercise { try BarChart(labels: labels, series: [NamedSeries("a", values), NamedSeries("b", values)], stacked: true) }
        exercise { try PieChart(labels: labels, values: values.map(abs)) }
        exercise { try LinePlot(values, smoothing: 0.9) }
        exercise { try LinePlot(values.map(abs), yScale: .log) }
        exercise { try LinePlot(x: values, y: values) }
        exercise { try ScatterPlot(x: values, y: values.reversed(), labels: labels) }
        exercise { try Heatmap([values, values], annotate: true) }
        exercise { try Grid([try LinePlot(values), try BarChart(labels: labels, values: values)]) }
    }

    @Test func tinyAndHugeCanvases() {
        exercise { try LinePlot([1, 2, 3], width: 1, height: 1) }
        exercise { try LinePlot([1, 2, 3], width: 1e9, height: .nan) }
        exercise { try BarChart(labels: ["a"], values: [1]).size(width: -5, height: 0) }
    }
}
