import Script
import Testing

/// Bad data is refused before anything is drawn, with the chart's message naming the argument,
/// pointing at the call.
@Suite struct ChartsErrorTests {
    let cells = ChartCells()

    func runtimeMessage(_ source: String) -> String? {
        guard let error = cells.error(source) else { return nil }
        return error.kind == .runtime ? error.message : "\(error.kind): \(error.message)"
    }

    @Test func emptyData() {
        #expect(runtimeMessage("Histogram([Double]())") == "Histogram: values must not be empty")
        #expect(runtimeMessage("LinePlot(x: [Double](), y: [Double]())")?.hasPrefix("LinePlot:") == true)
        #expect(runtimeMessage("BarChart(labels: [String](), values: [Double]())") == "BarChart: labels must not be empty")
        #expect(runtimeMessage("Heatmap([[Double]]())") == "Heatmap: matrix must not be empty")
        #expect(runtimeMessage("NetworkDiagram(nodes: [String](), edges: [(String, String)]())")
                == "NetworkDiagram: nodes must not be empty")
    }

    @Test func onlyNonFiniteValues() {
        #expect(runtimeMessage("Histogram([Double.nan, Double.infinity])")
                == "Histogram: values has no finite values (all are NaN or infinite)")
        #expect(runtimeMessage("Heatmap([[Double.nan]])") == "Heatmap: matrix has no finite values (all are NaN or infinite)")
    }

    @Test func someNonFiniteValuesAreLeftOutWithANote() throws {
        let chart = try cells.chart("Histogram([1, 2, Double.nan, 3])")
        #expect(try chart.svg().contains("1 non-finite value not shown"))
    }

    @Test func pieValuesMustBePositiveSomewhere() {
        #expect(runtimeMessage("PieChart([\"a\": 2, \"b\": -1])") == "PieChart: values must not be negative (values[1] = -1)")
        #expect(runtimeMessage("PieChart(labels: [\"a\", \"b\"], values: [0, 0])") == "PieChart: values must not all be zero")
    }

    @Test func mismatchedLengths() {
        #expect(runtimeMessage("ScatterPlot(x: [1, 2, 3], y: [1, 2])")
                == "ScatterPlot: y has 2 elements but x has 3; they must have the same length")
        #expect(runtimeMessage("PieChart(labels: [\"a\"], values: [1, 2])")
                == "PieChart: values has 2 elements but labels has 1; they must have the same length")
        #expect(runtimeMessage("Heatmap([[1, 2]], xLabels: [\"a\"])")?.contains("xLabels has 1 elements") == true)
    }

    @Test func raggedHeatmap() {
        #expect(runtimeMessage("Heatmap([[1, 2], [3]])")
                == "Heatmap: matrix must be rectangular (row 1 has 1 values, row 0 has 2)")
        #expect(cells.error("Heatmap(fixtureTensor([1, 2, 3], shape: [3]))")?.message
                == "Heatmap: matrix must be a rank-2 Tensor (got shape [3])")
    }

    @Test func unknownEdgeNode() {
        #expect(runtimeMessage("NetworkDiagram(nodes: [\"a\", \"b\"], edges: [(\"a\", \"c\")])")
                == "NetworkDiagram: edges[0] names unknown node \"c\"")
        #expect(cells.error("NetworkDiagram(nodes: [\"a\"], edges: [(\"a\", 1)])")?.message
                == "NetworkDiagram: edges[0] must be a (String, String) pair (got '(String, Int)')")
    }

    @Test func wrongTypesAreTypeErrorsNamingTheArgument() throws {
        let text = try #require(cells.error("Histogram(\"abc\")"))
        #expect(text.kind == .type)
        #expect(text.message.contains("(argument 'values')"))
        #expect(cells.error("Histogram([1, 2], bins: .many)")?.message == "unknown bins '.many'; expected one of .auto")
        #expect(cells.error("Heatmap([[1]], colormap: .jet)")?.message
                == "unknown colormap '.jet'; expected one of .viridis, .magma, .coolwarm, .gray")
        #expect(cells.error("LinePlot([1, 2], yScale: .cubic)")?.kind == .type)
        #expect(cells.error("Grid([1, 2])")?.message == "Grid: charts[0] is a 'Int', not a chart")
        #expect(runtimeMessage("Histogram([1, 2], bins: 0)") == "Histogram: bins must be between 1 and 1000 (got 0)")
    }

    @Test func errorPointsAtTheCall() throws {
        let error = try #require(cells.error("let data = [1.0]\nlet chart = Histogram([Double]())"))
        let location = try #require(error.location)
        #expect(location.line == 2)
        #expect(location.column == 13)
    }
}
