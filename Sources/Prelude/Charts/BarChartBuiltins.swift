import Charts
import Script

/// `BarChart(_ dict)`, `BarChart(labels:values:)` and grouped `BarChart(labels:series:)`,
/// each with `horizontal:`; the grouped form also takes `stacked:`.
enum BarChartBuiltins {
    static let horizontal = ChartConstructor.parameter("horizontal", type: "Bool", default: "false") { .bool(false) }
    static let stacked = ChartConstructor.parameter("stacked", type: "Bool", default: "false") { .bool(false) }

    static func install(into interpreter: Interpreter) {
        ChartConstructor.register("BarChart", [Parameter(nil, "values", type: "[String: Double]"), horizontal],
                                  doc: "One bar per dictionary entry, in insertion order.",
                                  into: interpreter) { arguments, options in
            try BarChart(try ChartArguments.pairs(arguments, 0), horizontal: try arguments.bool(1),
                         title: options.title, xLabel: options.xLabel, yLabel: options.yLabel,
                         width: options.width, height: options.height)
        }
        ChartConstructor.register("BarChart", [Parameter("labels", type: "[String]"), Parameter("values", type: "[Double]"),
                                               horizontal],
                                  doc: "One bar per label.", into: interpreter) { arguments, options in
            try BarChart(labels: try arguments.strings(0), values: try ChartArguments.numbers(arguments, 1),
                         horizontal: try arguments.bool(2), title: options.title, xLabel: options.xLabel,
                         yLabel: options.yLabel, width: options.width, height: options.height)
        }
        ChartConstructor.register("BarChart", [Parameter("labels", type: "[String]"),
                                               Parameter("series", type: "[String: [Double]]"), horizontal, stacked],
                                  doc: "Grouped bars, one per series for each label; stacked: true piles them up.",
                                  into: interpreter) { arguments, options in
            try BarChart(labels: try arguments.strings(0), series: try ChartArguments.series(arguments, 1),
                         horizontal: try arguments.bool(2), stacked: try arguments.bool(3), title: options.title,
                         xLabel: options.xLabel, yLabel: options.yLabel, width: options.width, height: options.height)
        }
    }
}
