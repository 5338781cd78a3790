import Testing
@testable import Charts

@Suite struct ChartErrorTests {
    @Test func emptyDataNamesTheArgument() {
        #expect(throws: ChartError.empty(chart: "Histogram", argument: "values")) { try Histogram([]) }
        #expect(throws: ChartError.empty(chart: "BarChart", argument: "labels")) { try BarChart(labels: [], values: []) }
        #expect(throws: ChartError.empty(chart: "Heatmap", argument: "matrix")) { try Heatmap([]) }
        #expect(throws: ChartError.empty(chart: "NetworkDiagram", argument: "nodes")) { try NetworkDiagram(nodes: [], edges: []) }
        #expect(throws: ChartError.empty(chart: "Grid", argument: "charts")) { try Grid([]) }
        #expect(ChartError.empty(chart: "Histogram", argument: "values").description == "Histogram: values must not be empty")
    }

    @Test func allNonFiniteIsAnError() {
        #expect(throws: ChartError.noFiniteValues(chart: "Histogram", argument: "values")) { try Histogram([.nan, .infinity]) }
        #expect(throws: ChartError.noFiniteValues(chart: "LinePlot", argument: "y")) { try LinePlot([.nan]) }
        #expect(ChartError.noFiniteValues(chart: "LinePlot", argument: "y").description
                == "LinePlot: y has no finite values (all are NaN or infinite)")
    }

    @Test func someNonFiniteValuesAreCountedNotFatal() throws {
        let chart = try Histogram([1, 2, .nan, 3, -.infinity])
        #expect(chart.droppedCount == 2)
        #expect(chart.text().contains("2 non-finite values not shown"))
        let line = try LinePlot([1, .nan, 3])
        #expect(line.droppedCount == 1)
        #expect(line.text().contains("1 non-finite value not shown"))
    }

    @Test func pieRejectsNegativeAndAllZeroValues() {
        let negative = ChartError.negative(chart: "PieChart", argument: "values", index: 2, value: -1)
        #expect(throws: negative) { try PieChart(labels: ["a", "b", "c"], values: [1, 2, -1]) }
        #expect(negative.description == "PieChart: values must not be negative (values[2] = -1)")
        #expect(throws: ChartError.allZero(chart: "PieChart", argument: "values")) { try PieChart(labels: ["a", "b"], values: [0, 0]) }
    }

    @Test func lengthsMustMatch() {
        let error = ChartError.lengthMismatch(chart: "BarChart", argument: "values", expected: 3, actual: 2, other: "labels")
        #expect(throws: error) { try BarChart(labels: ["a", "b", "c"], values: [1, 2]) }
        #expect(error.description == "BarChart: values has 2 elements but labels has 3; they must have the same length")
        #expect(throws: ChartError.lengthMismatch(chart: "ScatterPlot", argument: "y", expected: 2, actual: 1, other: "x")) {
            try ScatterPlot(x: [1, 2], y: [1])
        }
        #expect(throws: ChartError.lengthMismatch(chart: "LinePlot", argument: "y", expected: 3, actual: 2, other: "x")) {
            try LinePlot(x: [1, 2, 3], y: [1, 2])
        }
    }

    @Test func heatmapMustBeRectangular() {
        let error = ChartError.notRectangular(chart: "Heatmap", argument: "matrix", row: 1, expected: 3, actual: 2)
        #expect(throws: error) { try Heatmap([[1, 2, 3], [4, 5]]) }
        #expect(error.description == "Heatmap: matrix must be rectangular (row 1 has 2 values, row 0 has 3)")
        #expect(throws: ChartError.lengthMismatch(chart: "Heatmap", argument: "xLabels", expected: 2, actual: 1, other: "matrix columns")) {
            try Heatmap([[1, 2]], xLabels: ["a"])
        }
    }

    @Test func edgesMustNameKnownNodes() {
        let error = ChartError.unknownNode(chart: "NetworkDiagram", argument: "edges", index: 1, name: "c")
        #expect(throws: error) { try NetworkDiagram(nodes: ["a", "b"], edges: [("a", "b"), ("b", "c")]) }
        #expect(error.description == "NetworkDiagram: edges[1] names unknown node \"c\"")
        #expect(throws: ChartError.duplicate(chart: "NetworkDiagram", argument: "nodes", name: "a")) {
            try NetworkDiagram(nodes: ["a", "a"], edges: [])
        }
    }

    @Test func optionsOutOfRange() {
        #expect(throws: ChartError.outOfRange(chart: "LinePlot", argument: "smoothing", value: 1, allowed: "at least 0 and less than 1")) {
            try LinePlot([1, 2], smoothing: 1)
        }
        #expect(throws: ChartError.outOfRange(chart: "Histogram", argument: "bins", value: 0, allowed: "between 1 and 1000")) {
            try Histogram([1, 2], bins: .count(0))
        }
        #expect(throws: ChartError.notPositiveForLog(chart: "LinePlot", argument: "y", index: 1, value: 0)) {
            try LinePlot([1, 0, 2], yScale: .log)
        }
        #expect(throws: ChartError.outOfRange(chart: "Grid", argument: "columns", value: 0, allowed: "at least 1")) {
            try Grid([try BarChart(labels: ["a"], values: [1])], columns: 0)
        }
    }
}
