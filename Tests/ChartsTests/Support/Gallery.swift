import Foundation
@testable import Charts
import RenderTestSupport

/// The sample charts used by golden, layout and text tests: every chart
/// type and option, built from deterministic data.
enum Gallery {
    static func normal(_ count: Int, seed: UInt64, mean: Double = 0, std: Double = 1) -> [Double] {
        var rng = SplitMix(seed: seed)
        return (0..<count).map { _ in
            let u1 = Swift.max(1e-12, rng.unit()), u2 = rng.unit()
            return mean + std * (-2 * Foundation.log(u1)).squareRoot() * Foundation.cos(2 * Double.pi * u2)
        }
    }

    static func all() throws -> [(name: String, chart: any Chart)] {
        var list: [(String, any Chart)] = []
        list.append(("histogram", try Histogram(normal(2000, seed: 1), title: "Standard normal, n = 2,000",
                                                xLabel: "value")))
        list.append(("histogram-auto-density", try Histogram(normal(500, seed: 2, mean: 50, std: 12), bins: .auto,
                                                             density: true, title: "Freedman–Diaconis bins")))
        list.append(("histogram-overlay", try Histogram(series: [NamedSeries("train", normal(800, seed: 3)),
                                                                 NamedSeries("test", normal(800, seed: 4, mean: 1.5))],
                                                        bins: .count(40), title: "Overlaid", xLabel: "score")))
        list.append(("bar", try BarChart(labels: ["Alpha", "Beta", "Gamma", "Delta", "Epsilon"],
                                         values: [23, 17, 35, 9, 11], title: "Bar chart", yLabel: "units")))
        list.append(("bar-grouped", try BarChart(labels: ["Q1", "Q2", "Q3", "Q4"],
                                                 series: [NamedSeries("2023", [120_000, 135_000, 150_000, 160_000]),
                                                          NamedSeries("2024", [125_000, 160_000, 155_000, 190_000])],
                                                 title: "Revenue by quarter")))
        list.append(("bar-stacked", try BarChart(labels: ["north", "south", "east", "west"],
                                                 series: [NamedSeries("cats", [3, 5, 2, 6]), NamedSeries("dogs", [4, 2, 5, 1]),
                                                          NamedSeries("birds", [1, 1, 2, 3])],
                                                 stacked: true, title: "Stacked")))
        list.append(("bar-horizontal", try BarChart(labels: ["Switzerland", "Norway", "Iceland", "Denmark"],
                                                    values: [8.2, 7.9, 7.5, 7.6], horizontal: true,
                                                    title: "Horizontal", xLabel: "score")))
        list.append(("bar-long-labels", try BarChart(labels: (0..<20).map { "category number \($0)" },
                                                     values: (0..<20).map { Double(($0 * 37) % 23 + 3) },
                                                     title: "Twenty long labels")))
        list.append(("bar-wrapped", try BarChart(labels: ["first quarter", "second quarter", "third quarter", "fourth quarter", "annual total"],
                                                 values: [3, 4, 2, 5, 14], title: "Wrapped labels")))
        list.append(("pie", try PieChart(labels: ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"],
                                         values: [23, 17, 35, 9, 11, 5], title: "Pie, 6 categories")))
        list.append(("pie-donut-small", try PieChart(labels: ["web", "mobile", "desktop", "tv", "watch", "car", "fridge"],
                                                     values: [55, 30, 10, 2.5, 1.2, 0.8, 0.5], donut: true,
                                                     title: "Donut with small slices")))
        let steps = (0..<200).map(Double.init)
        let loss = steps.map { 2.3 * Foundation.exp(-$0 / 40) + 0.1 + 0.15 * Foundation.sin($0 * 1.7) * Foundation.exp(-$0 / 120) }
        list.append(("line", try LinePlot(loss, title: "Training loss", xLabel: "step", yLabel: "loss")))
        list.append(("line-xy", try LinePlot(x: steps.map { $0 / 20 }, y: steps.map { Foundation.sin($0 / 20) },
                                             title: "sin(x)", xLabel: "x")))
        list.append(("line-series", try LinePlot(series: [NamedSeries("train", loss),
                                                          NamedSeries("validation", loss.map { $0 * 1.15 + 0.05 })],
                                                 title: "Two series")))
        list.append(("line-smoothed", try LinePlot(loss, smoothing: 0.8, title: "EMA smoothing 0.8")))
        list.append(("line-log", try LinePlot(loss.map { $0 * $0 * 100 }, yScale: .log, title: "Log scale")))
        let xs = normal(300, seed: 5), ys = normal(300, seed: 6)
        list.append(("scatter", try ScatterPlot(x: xs, y: zip(xs, ys).map { $0 * 0.8 + $1 * 0.5 },
                                                title: "Scatter", xLabel: "x", yLabel: "y")))
        let classes = (0..<300).map { ["setosa", "versicolor", "virginica"][$0 % 3] }
        list.append(("scatter-classes", try ScatterPlot(x: zip(xs, classes).map { $0 + (classes.firstIndex(of: $1) == nil ? 0 : Double(["setosa", "versicolor", "virginica"].firstIndex(of: $1) ?? 0) * 3) },
                                                        y: ys, labels: classes, title: "Three classes")))
        let matrix = (0..<6).map { r in (0..<8).map { c in Foundation.sin(Double(r) / 2) * Foundation.cos(Double(c) / 3) } }
        list.append(("heatmap", try Heatmap(matrix, title: "Heatmap of signed values")))
        list.append(("heatmap-annotated", try Heatmap([[50, 3, 1], [4, 41, 9], [0, 7, 45]], colormap: .magma,
                                                      xLabels: ["cat", "dog", "bird"], yLabels: ["cat", "dog", "bird"],
                                                      annotate: true, title: "Confusion matrix",
                                                      xLabel: "predicted", yLabel: "actual")))
        list.append(("heatmap-coolwarm", try Heatmap(matrix, colormap: .coolwarm, annotate: true, title: "coolwarm")))
        list.append(("heatmap-gray", try Heatmap(matrix, colormap: .gray, title: "gray")))
        list.append(("network", try NetworkDiagram(nodes: ["input", "conv", "pool", "dense", "dropout", "output", "aux"],
                                                   edges: [("input", "conv"), ("conv", "pool"), ("pool", "dense"),
                                                           ("dense", "dropout"), ("dropout", "output"), ("input", "aux"),
                                                           ("aux", "output"), ("output", "conv")],
                                                   title: "Layered graph with a cycle")))
        list.append(("grid", try Grid([try BarChart(labels: ["a", "b", "c"], values: [1, 3, 2], title: "bars"),
                                       try LinePlot(loss, title: "loss"),
                                       try PieChart(labels: ["x", "y"], values: [1, 2], title: "pie"),
                                       try Histogram(normal(400, seed: 9), bins: .count(20), title: "hist")],
                                      columns: 2, title: "Grid of four")))
        list.append(("bar-dark", try BarChart(labels: ["Alpha", "Beta", "Gamma"], values: [3, 5, 2], title: "Dark theme").theme(.dark)))
        list.append(("line-dark", try LinePlot(series: [NamedSeries("a", loss), NamedSeries("b", loss.map { $0 + 0.3 })],
                                               title: "Dark lines").theme(.dark)))
        list.append(("histogram-nonfinite", try Histogram(normal(300, seed: 11) + [.nan, .infinity, .nan], bins: .count(15),
                                                          title: "With non-finite values")))
        list.append(("bar-horizontal-stacked", try BarChart(labels: ["north", "south", "east"],
                                                            series: [NamedSeries("cats", [3, 5, 2]), NamedSeries("dogs", [4, 2, 5])],
                                                            horizontal: true, stacked: true, title: "Horizontal stacked")))
        list.append(("bar-horizontal-grouped", try BarChart(labels: ["north", "south", "east"],
                                                            series: [NamedSeries("cats", [3, 5, -2]), NamedSeries("dogs", [4, 2, 5])],
                                                            horizontal: true, title: "Horizontal grouped, a negative value")))
        list.append(("pie-dark", try PieChart(labels: ["Alpha", "Beta", "Gamma"], values: [3, 2, 1], title: "Dark pie").theme(.dark)))
        list.append(("heatmap-nan", try Heatmap([[1, .nan, 3], [4, 5, .infinity]], annotate: true, title: "Missing cells")))
        list.append(("line-gaps", try LinePlot(x: [1, 2, 3, 4, 5, 6, 7, 8], y: [3, 4, .nan, 6, 5, 7, 8, 7.5],
                                               title: "Few points, one gap", xLabel: "epoch", yLabel: "accuracy")))
        list.append(("scatter-dark", try ScatterPlot(x: xs, y: ys, labels: (0..<300).map { $0 % 2 == 0 ? "even" : "odd" },
                                                     title: "Dark scatter").theme(.dark)))
        list.append(("network-model", try NetworkDiagram(
            nodes: ["Input\n[?, 2]", "Dense\n[?, 16] · 48 params", "Dense\n[?, 16] · 272 params", "Dense\n[?, 3] · 51 params"],
            edges: [("Input\n[?, 2]", "Dense\n[?, 16] · 48 params"), ("Dense\n[?, 16] · 48 params", "Dense\n[?, 16] · 272 params"),
                    ("Dense\n[?, 16] · 272 params", "Dense\n[?, 3] · 51 params")],
            title: "Model as a layer graph")))
        list.append(("small", try LinePlot(loss, title: "Small").size(width: 320, height: 200)))
        list.append(("histogram-outlier", try Histogram(normal(999, seed: 12) + [60], title: "One value far from the rest")))
        list.append(("histogram-whole-numbers", try Histogram([3, 1, 4, 1, 5, 9, 2, 6, 5], title: "Nine whole numbers")))
        return list
    }
}
