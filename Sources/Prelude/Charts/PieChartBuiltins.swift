import Charts
import Script

/// `PieChart(_ dict)` and `PieChart(labels:values:)`, with `donut:`.
enum PieChartBuiltins {
    static let donut = ChartConstructor.parameter("donut", type: "Bool", default: "false") { .bool(false) }

    static func install(into interpreter: Interpreter) {
        ChartConstructor.register("PieChart", [Parameter(nil, "values", type: "[String: Double]"), donut],
                                  doc: "Shares of a whole, one slice per dictionary entry, labelled with name and percentage.",
                                  into: interpreter) { arguments, options in
            try PieChart(try ChartArguments.pairs(arguments, 0), donut: try arguments.bool(1), title: options.title,
                         xLabel: options.xLabel, yLabel: options.yLabel, width: options.width, height: options.height)
        }
        ChartConstructor.register("PieChart", [Parameter("labels", type: "[String]"), Parameter("values", type: "[Double]"),
                                               donut],
                                  doc: "Shares of a whole, one slice per label, labelled with name and percentage.",
                                  into: interpreter) { arguments, options in
            try PieChart(labels: try arguments.strings(0), values: try ChartArguments.numbers(arguments, 1),
                         donut: try arguments.bool(2), title: options.title, xLabel: options.xLabel,
                         yLabel: options.yLabel, width: options.width, height: options.height)
        }
    }
}
