/// Validation shared by the chart initializers: every problem becomes a
/// `ChartError` naming the chart and the argument.
struct DataCheck {
    let chart: String

    /// The extent of the finite values and how many are not finite, in one pass without a copy
    /// (none when the caller `known` it already); throws when `values` is empty or none is finite.
    func finiteExtent(_ values: [Double], _ argument: String, known: FiniteExtent? = nil) throws -> FiniteExtent {
        guard !values.isEmpty else { throw ChartError.empty(chart: chart, argument: argument) }
        let extent = known ?? FiniteExtent(values)
        guard extent.finiteCount > 0 else { throw ChartError.noFiniteValues(chart: chart, argument: argument) }
        return extent
    }

    /// The finite values and how many were dropped; throws when none is finite.
    func finite(_ values: [Double], _ argument: String) throws -> (values: [Double], dropped: Int) {
        guard !values.isEmpty else { throw ChartError.empty(chart: chart, argument: argument) }
        let kept = values.filter(\.isFinite)
        guard !kept.isEmpty else { throw ChartError.noFiniteValues(chart: chart, argument: argument) }
        return (kept, values.count - kept.count)
    }

    func nonEmpty<T>(_ values: [T], _ argument: String) throws {
        guard !values.isEmpty else { throw ChartError.empty(chart: chart, argument: argument) }
    }

    /// Throws unless `values` has as many elements as `reference`.
    func sameLength<A, B>(_ values: [A], _ argument: String, as reference: [B], _ referenceName: String) throws {
        guard values.count == reference.count else {
            throw ChartError.lengthMismatch(chart: chart, argument: argument, expected: reference.count,
                                            actual: values.count, other: referenceName)
        }
    }

    func unique(_ names: [String], _ argument: String) throws {
        var seen = Set<String>()
        for name in names where !seen.insert(name).inserted {
            throw ChartError.duplicate(chart: chart, argument: argument, name: name)
        }
    }

    func nonNegative(_ values: [Double], _ argument: String) throws {
        if let i = values.firstIndex(where: { $0 < 0 }) {
            throw ChartError.negative(chart: chart, argument: argument, index: i, value: values[i])
        }
    }

    /// Finite min and max of several arrays (nil when all are empty).
    static func extent(_ arrays: [[Double]]) -> (lo: Double, hi: Double)? {
        var lo = Double.infinity, hi = -Double.infinity
        for array in arrays { for v in array where v.isFinite { lo = Swift.min(lo, v); hi = Swift.max(hi, v) } }
        return lo <= hi ? (lo, hi) : nil
    }
}

/// A named array of values: one series of a multi-series chart.
public struct NamedSeries: Hashable, Sendable {
    public var name: String
    public var values: [Double]
    public init(_ name: String, _ values: [Double]) { self.name = name; self.values = values }
}
