/// Every user-facing chart message, in one place.
enum ChartMessages {
    static func describe(_ error: ChartError) -> String {
        switch error {
        case let .empty(chart, argument):
            return "\(chart): \(argument) must not be empty"
        case let .noFiniteValues(chart, argument):
            return "\(chart): \(argument) has no finite values (all are NaN or infinite)"
        case let .lengthMismatch(chart, argument, expected, actual, other):
            return "\(chart): \(argument) has \(actual) elements but \(other) has \(expected); they must have the same length"
        case let .negative(chart, argument, index, value):
            return "\(chart): \(argument) must not be negative (\(argument)[\(index)] = \(NumberFormat.plain(value)))"
        case let .allZero(chart, argument):
            return "\(chart): \(argument) must not all be zero"
        case let .notRectangular(chart, argument, row, expected, actual):
            return "\(chart): \(argument) must be rectangular (row \(row) has \(actual) values, row 0 has \(expected))"
        case let .unknownNode(chart, argument, index, name):
            return "\(chart): \(argument)[\(index)] names unknown node \"\(name)\""
        case let .duplicate(chart, argument, name):
            return "\(chart): \(argument) contains \"\(name)\" more than once"
        case let .outOfRange(chart, argument, value, allowed):
            return "\(chart): \(argument) must be \(allowed) (got \(NumberFormat.plain(value)))"
        case let .notPositiveForLog(chart, argument, index, value):
            return "\(chart): yScale: .log needs positive values (\(argument)[\(index)] = \(NumberFormat.plain(value)))"
        case let .notLayerable(chart):
            return "cannot overlay \(chart) with +: only charts on x and y axes (LinePlot, ScatterPlot, Histogram, "
                + "BarChart, Rule, ROCCurve, PrecisionRecallCurve) can share axes; use Grid([a, b]) to show charts side by side"
        case let .incompatibleLayers(first, second, reason):
            return "cannot overlay \(first) and \(second) with +: \(reason)"
        }
    }

    /// The note drawn on a chart when some values were left out.
    static func nonFiniteNote(_ count: Int) -> String {
        count == 1 ? "1 non-finite value not shown" : "\(count) non-finite values not shown"
    }
}
