import Charts
import Script

/// `ScatterPlot(x:y:)` and `ScatterPlot(x:y:labels:)` (points coloured by class; labels may be
/// strings, integers or a Tensor of class indices), and `ScatterPlot(_ data:)` for any `ScatterPlottable`
/// value (the Learn side's Dataset).
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
        installDataForm(into: interpreter)
    }

    static func installDataForm(into interpreter: Interpreter) {
        ChartConstructor.register("ScatterPlot", [Parameter(nil, "data", type: "Dataset")],
                                  doc: "A dataset's first two features as points, coloured by class.",
                                  into: interpreter) { arguments, options in
            guard case .native(let object) = arguments[0], let source = object as? ScatterPlottable else {
                throw ChartArguments.mismatch(arguments, 0, expected: "Dataset")
            }
            let points = try source.scatterPoints()
            return try ScatterPlot(x: points.x, y: points.y, labels: points.labels, title: options.title,
                                   xLabel: options.xLabel ?? points.xLabel, yLabel: options.yLabel ?? points.yLabel,
                                   width: options.width, height: options.height)
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
