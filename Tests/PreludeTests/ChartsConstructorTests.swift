import Charts
import Testing

@Suite struct ChartsConstructorTests {
    let cells = ChartCells()

    @Test func histogramFromArrayTensorAndSeries() throws {
        let plain = try cells.chart("Histogram([1, 2, 2, 3, 3, 3], bins: 3)", as: Histogram.self)
        #expect(plain.edges.count == 4)
        #expect(plain.heights == [[1, 2, 3]])
        let tensor = try cells.chart("Histogram(fixtureTensor([1, 2, 3, 4], shape: [2, 2]), bins: 2, density: true)",
                                     as: Histogram.self)
        #expect(tensor.density)
        // Edges 1, 2.5, 4: two values per bin, density 2 / (4 · 1.5).
        #expect(tensor.heights == [[2.0 / 6, 2.0 / 6]])
        let overlay = try cells.chart("Histogram([\"train\": [1.0, 2, 3], \"test\": [2.0, 3]])", as: Histogram.self)
        #expect(overlay.seriesNames == ["train", "test"])
        // Without `bins:`, whole numbers 1…3 get one bin each (0.5…3.5), not 30 hair-thin ones.
        #expect(overlay.edges == [0.5, 1.5, 2.5, 3.5])
        let many = try cells.chart("Histogram(Array(0..<1000).map { Double($0) * 0.37 })", as: Histogram.self)
        #expect(many.edges.count == 31)
        let explicit = try cells.chart("Histogram([1.0, 2, 3], bins: 30)", as: Histogram.self)
        #expect(explicit.edges.count == 31)
    }

    @Test(arguments: ["[1, 2.5, Double.nan, 4, -1]", "[1, 2.5, Double.nan, 4, -1, Double.infinity]"])
    func histogramReadsIntsDoublesAndNonFiniteAtEveryPosition(values: String) throws {
        let chart = try cells.chart("Histogram(\(values), bins: 5)", as: Histogram.self)
        #expect(chart.edges.first == -1 && chart.edges.last == 4)
        #expect(chart.heights == [[1, 0, 1, 1, 1]])
        #expect(chart.droppedCount == (values.contains("infinity") ? 2 : 1))
    }

    @Test func histogramAutoBinsFollowFreedmanDiaconis() throws {
        let auto = try cells.chart("Histogram(Array(0..<1000), bins: .auto)", as: Histogram.self)
        // IQR 499.5, width 2·499.5·1000^(-1/3) = 99.9 → ⌈999 / 99.9⌉ = 10 bins.
        #expect(auto.edges.count == 11)
    }

    @Test func barChartForms() throws {
        let dict = try cells.chart("BarChart([\"a\": 1, \"b\": 2.5])", as: BarChart.self)
        #expect(dict.labels == ["a", "b"])
        #expect(dict.series.first?.values == [1, 2.5])
        let horizontal = try cells.chart("BarChart(labels: [\"x\", \"y\"], values: [3, 4], horizontal: true)", as: BarChart.self)
        #expect(horizontal.horizontal && !horizontal.stacked)
        let grouped = try cells.chart("BarChart(labels: [\"q1\", \"q2\"], series: [\"a\": [1, 2], \"b\": [3, 4]], stacked: true)",
                                      as: BarChart.self)
        #expect(grouped.stacked)
        #expect(grouped.series.map(\.name) == ["a", "b"])
    }

    @Test func pieChartForms() throws {
        let dict = try cells.chart("PieChart([\"cats\": 3, \"dogs\": 1], donut: true)", as: PieChart.self)
        #expect(dict.donut)
        #expect(dict.labels == ["cats", "dogs"])
        let labelled = try cells.chart("PieChart(labels: [\"a\", \"b\", \"c\"], values: [1, 1, 2])", as: PieChart.self)
        #expect(labelled.values == [1, 1, 2])
        #expect(!labelled.donut)
    }

    @Test func linePlotForms() throws {
        let y = try cells.chart("LinePlot([1, 4, 9])", as: LinePlot.self)
        #expect(y.x == [0, 1, 2])
        let xy = try cells.chart("LinePlot(x: [1, 10, 100], y: [1, 2, 3], yScale: .log)", as: LinePlot.self)
        #expect(xy.x == [1, 10, 100])
        #expect(xy.yScale == .log)
        let series = try cells.chart("LinePlot([\"loss\": [3.0, 2, 1], \"val\": [3.5, 2.5, 2]], smoothing: 0.6)",
                                     as: LinePlot.self)
        #expect(series.series.map(\.name) == ["loss", "val"])
        #expect(series.smoothing == 0.6)
    }

    @Test func scatterPlotLabelsMayBeStringsOrClassIndices() throws {
        let plain = try cells.chart("ScatterPlot(x: [1, 2, 3], y: [3, 1, 2])", as: ScatterPlot.self)
        #expect(plain.labels == nil)
        let named = try cells.chart("ScatterPlot(x: [1, 2], y: [3, 1], labels: [\"a\", \"b\"])", as: ScatterPlot.self)
        #expect(named.classes == ["a", "b"])
        let indices = try cells.chart("ScatterPlot(x: [1, 2, 3], y: [3, 1, 2], labels: fixtureTensor([0, 1, 0], shape: [3]))",
                                      as: ScatterPlot.self)
        #expect(indices.classes == ["0", "1"])
    }

    @Test func scatterPlotOfADatasetUsesItsPointsAndFeatureNames() throws {
        let data = try cells.chart("ScatterPlot(fixtureDataset())", as: ScatterPlot.self)
        #expect(data.x == [0, 1, 2])
        #expect(data.classes == ["a", "b"])
        #expect(data.options.xLabel == "petal" && data.options.yLabel == "sepal")
        let relabelled = try cells.chart("ScatterPlot(fixtureDataset(), xLabel: \"x\")", as: ScatterPlot.self)
        #expect(relabelled.options.xLabel == "x" && relabelled.options.yLabel == "sepal")
        #expect(cells.error("ScatterPlot([1, 2])")?.message.contains("expected argument type 'Dataset'") == true)
    }

    @Test func heatmapFromRowsOrRankTwoTensor() throws {
        let rows = try cells.chart("Heatmap([[1, 2], [3, 4]], colormap: .magma, xLabels: [\"a\", \"b\"], annotate: true)",
                                   as: Heatmap.self)
        #expect(rows.colormap == .magma)
        #expect(rows.xLabels == ["a", "b"])
        #expect(rows.yLabels == ["0", "1"])
        #expect(rows.annotate)
        let tensor = try cells.chart("Heatmap(fixtureTensor([1, 2, 3, 4, 5, 6], shape: [2, 3]), colormap: .gray)",
                                     as: Heatmap.self)
        #expect(tensor.matrix == [[1, 2, 3], [4, 5, 6]])
    }

    @Test func networkDiagramTakesTuplesAsEdges() throws {
        let graph = try cells.chart("NetworkDiagram(nodes: [\"a\", \"b\", \"c\"], edges: [(\"a\", \"b\"), (\"b\", \"c\")])",
                                    as: NetworkDiagram.self)
        #expect(graph.edges.map(\.from) == ["a", "b"])
        #expect(graph.edges.map(\.to) == ["b", "c"])
    }

    @Test func gridComposesChartValues() throws {
        let grid = try cells.chart("let a = LinePlot([1, 2])\nlet b = PieChart([\"x\": 1])\nGrid([a, b, a], columns: 2, title: \"all\")",
                                   as: Grid.self)
        #expect(grid.charts.count == 3)
        #expect(grid.columns == 2)
        #expect(grid.options.title == "all")
        #expect(grid.options.height == 2 * Grid.panelSize.height + 40)
    }

    @Test func commonLabelsFollowTheDataInSwiftOrder() throws {
        let chart = try cells.chart("Histogram([1, 2], bins: 2, title: \"T\", xLabel: \"x\", yLabel: \"y\", width: 300, height: 200)")
        #expect(chart.chart.options == ChartOptions(title: "T", xLabel: "x", yLabel: "y", width: 300, height: 200))
        #expect(chart.name == "Histogram")
        let subset = try cells.chart("BarChart([\"a\": 1], height: 250)")
        #expect(subset.chart.options.height == 250)
        #expect(subset.chart.options.width == ChartOptions.defaultWidth)
        #expect(cells.error("Histogram([1, 2], width: 300, title: \"T\")") != nil)
    }
}
