import Foundation
import Graphics
import Testing
@testable import Charts

/// `chart + chart`: layers on shared axes covering both, one colour per series name, merged
/// legends, reference rules, clear refusals, and goldens for the three overlays of LANGUAGE.md.
@Suite struct OverlayTests {
    static func overlays() throws -> [(name: String, chart: any Chart)] {
        let xs = Gallery.normal(120, seed: 21), noise = Gallery.normal(120, seed: 22)
        let ys = zip(xs, noise).map { 0.8 * $0 + 0.3 * $1 + 1 }
        let fit = try LinePlot(x: [-3, 3], y: [-1.4, 3.4], title: "Least squares line over the points", xLabel: "x", yLabel: "y")
        let values = Gallery.normal(1000, seed: 23)
        let grid = stride(from: -4.0, through: 4.0, by: 0.1).map { $0 }
        let density = grid.map { Foundation.exp(-$0 * $0 / 2) / (2 * Double.pi).squareRoot() }
        let classes = (0..<120).map { $0 % 2 == 0 ? "a" : "b" }
        return [
            ("overlay-line-scatter", try Overlay([try ScatterPlot(x: xs, y: ys), fit])),
            ("overlay-histogram-density", try Overlay([
                try Histogram(values, bins: .count(30), density: true, title: "Histogram with the normal density"),
                try LinePlot(series: [NamedSeries("N(0, 1)", density)], x: grid)])),
            ("overlay-rules", try Overlay([
                try ScatterPlot(x: xs, y: ys, labels: classes, title: "Classes with reference lines"),
                try Rule(y: 1, label: "mean"), try Rule(x: 0)])),
            ("overlay-bars-rule", try Overlay([try BarChart(labels: ["a", "b", "c"], values: [3, 5, 4], title: "Target"),
                                               try Rule(y: 4.5, label: "target")])),
        ]
    }

    @Test func axesCoverEveryLayer() throws {
        let scatter = try ScatterPlot(x: [0, 1], y: [0, 1])
        let line = try LinePlot(x: [-5, 2], y: [10, 20])
        let (x, y) = try LayerStack.axes(try Overlay([scatter, line]).layers)
        guard case let .linear(xlo, xhi, _, xMargin, _, _) = x, case let .linear(ylo, yhi, _, yMargin, _, _) = y else {
            Issue.record("expected numeric axes"); return
        }
        #expect(xlo == -5 && xhi == 2 && xMargin == AxisDomain.pointMargin, "both layers' x data, room for the dots")
        #expect(ylo == 0 && yhi == 20 && yMargin == AxisDomain.pointMargin, "both layers' y data, room for the dots")
        let rule = try Rule(y: -30)
        guard case let .linear(lo, _, _, _, _, _) = try LayerStack.axes(try Overlay([scatter, rule]).layers).y else {
            Issue.record("expected a numeric y axis"); return
        }
        #expect(lo <= -30, "the rule's value is inside the axis: \(lo)")
    }

    @Test func sameNameSameColourAndOneLegendEntry() throws {
        let scatter = try ScatterPlot(x: [0, 1, 2], y: [0, 1, 2], labels: ["setosa", "virginica", "setosa"])
        let lines = try LinePlot(series: [NamedSeries("virginica", [1, 2, 3]), NamedSeries("fit", [0, 1, 2])])
        let stack = LayerStack(layers: try Overlay([scatter, lines]).layers)
        let colors = stack.colors(theme: .light)
        #expect(colors[0] == [Theme.light.color(0), Theme.light.color(1)])
        #expect(colors[1] == [Theme.light.color(1), Theme.light.color(2)])
        #expect(stack.legend(colors: colors).map(\.name) == ["setosa", "virginica", "fit"])
    }

    @Test func unnamedLayersTakeTheirOwnColourAndNoLegend() throws {
        let stack = LayerStack(layers: try Overlay([try ScatterPlot(x: [0, 1], y: [0, 1]), try LinePlot([1, 2])]).layers)
        let colors = stack.colors(theme: .light)
        #expect(colors == [[Theme.light.color(0)], [Theme.light.color(1)]])
        #expect(stack.legend(colors: colors).isEmpty)
    }

    @Test func aLoneChartKeepsItsOwnLegendRule() throws {
        let single = try LinePlot(series: [NamedSeries("only", [1, 2])])
        let stack = LayerStack(layers: single.layers)
        #expect(stack.legend(colors: stack.colors(theme: .light)).isEmpty)
        let overlaid = LayerStack(layers: try Overlay([single, try Rule(y: 1)]).layers)
        #expect(overlaid.legend(colors: overlaid.colors(theme: .light)).map(\.name) == ["only"])
    }

    @Test func rulesAreMutedAndTakeNoPaletteColour() throws {
        let stack = LayerStack(layers: try Overlay([try Rule(y: 0, label: "zero"), try LinePlot([1, 2])]).layers)
        let colors = stack.colors(theme: .dark)
        #expect(colors == [[Theme.dark.mutedText], [Theme.dark.color(0)]])
    }

    @Test func titleAndLabelsComeFromTheFirstChartThatHasThem() throws {
        let a = try ScatterPlot(x: [0], y: [0], xLabel: "a")
        let b = try LinePlot([1, 2], title: "from b", xLabel: "b", yLabel: "y of b", width: 300)
        let overlay = try Overlay([a, b])
        #expect(overlay.options.title == "from b" && overlay.options.xLabel == "a" && overlay.options.yLabel == "y of b")
        #expect(overlay.options.width == ChartOptions.defaultWidth)
    }

    @Test func overlaysFlatten() throws {
        let two = try Overlay([try LinePlot([1, 2]), try Rule(y: 1)])
        let three = try Overlay([two, try Rule(x: 0.5)])
        #expect(three.layers.map(\.kind) == ["LinePlot", "Rule", "Rule"])
    }

    @Test func chartsWithoutAxesAreRefused() throws {
        let pie = try PieChart(labels: ["a", "b"], values: [1, 2])
        #expect(throws: ChartError.notLayerable(chart: "PieChart")) { try Overlay([pie, try LinePlot([1, 2])]) }
        let message = ChartError.notLayerable(chart: "PieChart").description
        #expect(message.hasPrefix("cannot overlay PieChart with +: only charts on x and y axes"))
        #expect(throws: ChartError.notLayerable(chart: "Heatmap")) { try Overlay([try LinePlot([1, 2]), try Heatmap([[1]])]) }
    }

    @Test func axesThatCannotBeSharedAreRefused() throws {
        let bars = try BarChart(labels: ["a", "b"], values: [1, 2])
        #expect(throws: ChartError.incompatibleLayers(first: "BarChart", second: "LinePlot",
                                                      reason: "a category x axis cannot be shared with a numeric one")) {
            try Overlay([bars, try LinePlot([1, 2])])
        }
        #expect(throws: ChartError.incompatibleLayers(first: "BarChart", second: "BarChart",
                                                      reason: "their x axes have different categories")) {
            try Overlay([bars, try BarChart(labels: ["a", "c"], values: [1, 2])])
        }
        #expect(throws: ChartError.incompatibleLayers(first: "LinePlot", second: "LinePlot",
                                                      reason: "a logarithmic y axis cannot be shared with a numeric one")) {
            try Overlay([try LinePlot([1, 10], yScale: .log), try LinePlot([1, 2])])
        }
        #expect(throws: ChartError.noFiniteValues(chart: "Rule", argument: "y")) { try Rule(y: .nan) }
    }

    @Test func goldens() throws {
        let fonts = try FontBook.system()
        for (name, chart) in try Self.overlays() {
            GoldenFiles.checkText(SVGWriter.write(chart.scene(measurer: fonts)), "\(name).svg")
            GoldenFiles.checkPNG(PNGEncoder.encode(Rasterizer(fonts: fonts).render(chart.scene(measurer: fonts), scale: 1)),
                                 "\(name).png")
            GoldenFiles.checkText(chart.text() + "\n", "\(name).txt")
        }
    }

    @Test func textFitsTheConsoleAndNamesTheSeries() throws {
        for (name, chart) in try Self.overlays() {
            for columns in [80, 50] {
                for line in chart.text(columns: columns).split(separator: "\n") {
                    #expect(line.count <= columns, "\(name): \(line.count) columns at width \(columns)")
                }
            }
        }
        let text = try #require(try Self.overlays().first { $0.name == "overlay-rules" }?.chart.text())
        #expect(text.contains("a · b · mean"))
        #expect(text.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) })
    }

    @Test func everyLayerIsDrawn() throws {
        let overlay = try Overlay([try ScatterPlot(x: [0, 1], y: [0, 1]), try Rule(y: 0.5)])
        let svg = SVGWriter.write(overlay.scene(measurer: FixedMeasurer()))
        #expect(svg.contains("stroke-dasharray"))
    }
}
