import Charts
import Script

/// `LinePlot(_ y)` (`[Double]`, Tensor, or `[String: [Double]]` for several series) and
/// `LinePlot(x:y:)`, with `smoothing:` (TensorBoard-style EMA) and `yScale: .linear | .log`.
enum LinePlotBuiltins {
    static let smoothing = ChartConstructor.parameter("smoothing", type: "Double", default: "0") { .double(0) }
    static let yScale = ChartConstructor.parameter("yScale", type: "Scale", default: ".linear") { .symbol("linear") }

    static func install(into interpreter: Interpreter) {
        ChartConstructor.register("LinePlot", [Parameter(nil, "y", type: "[Double]"), smoothing, yScale],
                                  doc: "A line through y against 0, 1, 2, …; a [String: [Double]] draws one line per "
                                      + "series with a legend. smoothing: 0.6 adds an EMA over the faded raw line.",
                                  into: interpreter) { arguments, options in
            let smoothing = try arguments.double(1)
            let scale = try self.scale(arguments, 2)
            switch try SeriesArgument.read(arguments, 0) {
            case .series(let series):
                return try LinePlot(series: series, smoothing: smoothing, yScale: scale, title: options.title,
                                    xLabel: options.xLabel, yLabel: options.yLabel, width: options.width, height: options.height)
            case .values(let y, _):
                return try LinePlot(y, smoothing: smoothing, yScale: scale, title: options.title, xLabel: options.xLabel,
                                    yLabel: options.yLabel, width: options.width, height: options.height)
            }
        }
        ChartConstructor.register("LinePlot", [Parameter("x", type: "[Double]"), Parameter("y", type: "[Double]"),
                                               smoothing, yScale],
                                  doc: "A line through the points (x[i], y[i]).", into: interpreter) { arguments, options in
            try LinePlot(x: try ChartArguments.numbers(arguments, 0), y: try ChartArguments.numbers(arguments, 1),
                         smoothing: try arguments.double(2), yScale: try scale(arguments, 3), title: options.title,
                         xLabel: options.xLabel, yLabel: options.yLabel, width: options.width, height: options.height)
        }
    }

    static func scale(_ arguments: Arguments, _ index: Int) throws(ScriptError) -> LinePlot.ScaleType {
        try ChartArguments.choice(arguments, index, among: ["linear", "log"]) == "log" ? .log : .linear
    }
}
