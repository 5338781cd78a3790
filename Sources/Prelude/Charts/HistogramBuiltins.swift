import Charts
import Script

/// `Histogram(_ values, bins: 30, density: false)`: values as `[Double]` or a Tensor, or a
/// `[String: [Double]]` of series overlaid with a legend; `bins: .auto` for Freedman–Diaconis.
/// Without `bins:` the chart gets `HistogramBins.standard` (30, fewer for few or whole-number values).
enum HistogramBuiltins {
    static func install(into interpreter: Interpreter) {
        let parameters = [
            Parameter(nil, "values", type: "[Double]"),
            ChartConstructor.parameter("bins", type: "Int", default: "30") { .null },
            ChartConstructor.parameter("density", type: "Bool", default: "false") { .bool(false) },
        ]
        ChartConstructor.register("Histogram", parameters,
                                  doc: "Counts of values in equal-width bins (values: [Double], Tensor, or [String: [Double]] "
                                      + "to overlay series); bins: .auto picks them by the Freedman–Diaconis rule; "
                                      + "density: true scales the area to 1.",
                                  into: interpreter) { arguments, options in
            let bins = try self.bins(arguments, 1)
            let density = try arguments.bool(2)
            switch try SeriesArgument.read(arguments, 0) {
            case .series(let series):
                return try Histogram(series: series, bins: bins, density: density, title: options.title,
                                     xLabel: options.xLabel, yLabel: options.yLabel, width: options.width, height: options.height)
            case .values(let values, let extent):
                return try Histogram(values, extent: extent, bins: bins, density: density, title: options.title, xLabel: options.xLabel,
                                     yLabel: options.yLabel, width: options.width, height: options.height)
            }
        }
    }

    /// `bins:` is a count or `.auto`; left out, `.standard`.
    static func bins(_ arguments: Arguments, _ index: Int) throws(ScriptError) -> HistogramBins {
        if case .null = arguments[index] { return .standard }
        if case .symbol = arguments[index] {
            _ = try ChartArguments.choice(arguments, index, among: ["auto"])
            return .auto
        }
        guard case .int(let count) = arguments[index] else {
            throw ChartArguments.mismatch(arguments, index, expected: "Int or .auto")
        }
        return .count(count)
    }
}
