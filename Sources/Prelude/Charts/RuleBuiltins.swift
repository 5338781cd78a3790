import Charts
import Script

/// `Rule(y:)` and `Rule(x:)`: a dashed reference line, meant to be overlaid on another chart with
/// `+`; `label:` gives it a legend entry.
enum RuleBuiltins {
    static let label = ChartConstructor.parameter("label", type: "String?", default: "nil")

    static func install(into interpreter: Interpreter) {
        ChartConstructor.register("Rule", [Parameter("y", type: "Double"), label],
                                  doc: "A horizontal reference line at y, to overlay with +: LinePlot(loss) + Rule(y: 0.1).",
                                  into: interpreter) { arguments, options in
            try Rule(y: try arguments.double(0), label: try ChartArguments.optionalString(arguments, 1), title: options.title,
                     xLabel: options.xLabel, yLabel: options.yLabel, width: options.width, height: options.height)
        }
        ChartConstructor.register("Rule", [Parameter("x", type: "Double"), label],
                                  doc: "A vertical reference line at x, to overlay with +: ScatterPlot(x: a, y: b) + Rule(x: 0).",
                                  into: interpreter) { arguments, options in
            try Rule(x: try arguments.double(0), label: try ChartArguments.optionalString(arguments, 1), title: options.title,
                     xLabel: options.xLabel, yLabel: options.yLabel, width: options.width, height: options.height)
        }
    }
}
