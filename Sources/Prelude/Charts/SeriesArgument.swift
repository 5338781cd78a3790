import Charts
import Script

/// The first argument of `Histogram` and `LinePlot`: one array of numbers (`[Double]` or a Tensor)
/// with the extent found while reading it, or a `[String: [Double]]` of named series, read in one
/// place for both.
enum SeriesArgument {
    case values([Double], FiniteExtent)
    case series([NamedSeries])

    /// Reads argument `index`; anything else is a TypeError naming the argument.
    static func read(_ arguments: Arguments, _ index: Int) throws(ScriptError) -> SeriesArgument {
        if case .dictionary = arguments[index] { return .series(try ChartArguments.series(arguments, index)) }
        guard let (values, extent) = ChartArguments.measuredNumbers(in: arguments[index]) else {
            throw ChartArguments.mismatch(arguments, index, expected: "[Double], Tensor or [String: [Double]]")
        }
        return .values(values, extent)
    }
}
