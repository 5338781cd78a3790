import Charts
import Script

/// `ScatterPlot(x:y:)` and `ScatterPlot(x:y:labels:)` (points coloured by class; labels may be
/// strings, integers or a Tensor of class indices). `ScatterPlot(_ data: Dataset)` lives with Learn.
enum ScatterPlotBuiltins {
    static func install(into interpreter: Interpreter) {
        ChartConstructor.register("ScatterPlot", [Parameter("x", type: "[Double]"), Parameter("y", type: "[Double]")],
                                  doc: "Points at (x[i], y[i]).", into: interpreter) { arguments, options in
            try ScatterPlot(x: try ChartArguments.numbers(arguments, 0), y: try ChartArguments.numbers(arguments, 1),
                            title: options.title, xLabel: options.xLabel, yLabel: options.yLabel,
                            width: options.width, height: options.height)
        }
        ChartConstructor.register("ScatterPlot", [Parameter("x", type: "[Double]"), Parameter("y", type: "[Double]"),
                                                  Parameter("labels", type: "[String]")],
                                  doc: "Points at (x[i], y[i]) coloured by their class labels[i], with a legend.",
                                  into: interpreter) { arguments, options in
            try ScatterPlot(x: try ChartArguments.numbers(arguments, 0), y: try ChartArguments.numbers(arguments, 1),
                            labels: try classLabels(arguments, 2), title: options.title, xLabel: options.xLabel,
                            yLabel: options.yLabel, width: options.width, height: options.height)
        }
    }

    /// Class names from `[String]`, or from numbers (`[Int]`, Tensor) written as integers when whole.
    static func classLabels(_ arguments: Arguments, _ index: Int) throws(ScriptError) -> [String] {
        if let numbers = ChartArguments.numbers(in: arguments[index]) {
            return numbers.map { $0.rounded() == $0 && abs($0) < 1e15 ? String(Int($0)) : String($0) }
        }
        guard case .array = arguments[index] else {
            throw ChartArguments.mismatch(arguments, index, expected: "[String], [Int] or Tensor")
        }
        return try arguments.strings(index)
    }
}
