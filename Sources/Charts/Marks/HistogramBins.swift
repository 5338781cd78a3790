#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a histogram chooses its bins: a fixed count; `.auto` by the Freedman–Diaconis rule
/// (width 2·IQR·n^(−1/3); Sturges' ⌈log2 n⌉ + 1 when IQR is 0); or `.standard`, what a
/// histogram gets when `bins:` is not given: 30 bins, fewer for few values (the larger of
/// Sturges' count and √n, so 9 values get 5 bins rather than 30 hair-thin ones), and one bin per
/// whole number when every value is whole and they span at most 30 of them (dice, counts).
public enum HistogramBins: Hashable, Sendable {
    case count(Int)
    case auto
    case standard

    public static let maxCount = 1000
    /// The bin count of `.standard` for many values.
    public static let standardCount = 30

    /// Equal-width bin edges over `values` (finite, non-empty).
    func edges(for values: [Double]) -> [Double] {
        layout(for: [values], extent: FiniteExtent(values)).edges
    }

    /// Equal-width bin edges over the finite values of all `series`, whose joint extent is `extent`,
    /// and whether each bin is one whole number wide and centred on it.
    func layout(for series: [[Double]], extent: FiniteExtent) -> (edges: [Double], wholeNumbers: Bool) {
        guard var (lo, hi) = extent.bounds else { return ([0, 1], false) }
        if self == .standard, hi - lo < Double(Self.standardCount), Self.allWhole(series) {
            return (Self.edges(lo: lo - 0.5, hi: hi + 0.5, count: Int(hi - lo) + 1), true)
        }
        if lo == hi { lo -= 0.5; hi += 0.5 }
        return (Self.edges(lo: lo, hi: hi, count: binCount(series, extent: extent, lo: lo, hi: hi)), false)
    }

    /// Whether every finite value is a whole number (stops at the first that is not).
    static func allWhole(_ series: [[Double]]) -> Bool {
        for values in series {
            for v in values where v.isFinite && v != v.rounded() { return false }
        }
        return true
    }

    /// `count + 1` edges from `lo` to `hi`; finite even when `hi − lo` overflows.
    static func edges(lo: Double, hi: Double, count n: Int) -> [Double] {
        let span = hi - lo
        return (0...n).map { i in
            if i == n { return hi }
            let t = Double(i) / Double(n)
            let edge = span.isFinite ? lo + span * Double(i) / Double(n) : lo * (1 - t) + hi * t
            return Swift.min(hi, Swift.max(lo, edge))
        }
    }

    func binCount(_ series: [[Double]], extent: FiniteExtent, lo: Double, hi: Double) -> Int {
        switch self {
        case .count(let n): return Swift.max(1, Swift.min(Self.maxCount, n))
        case .standard:
            let n = Double(Swift.max(1, extent.finiteCount))
            let few = Swift.max(Int(safe: log2(n).rounded(.up)) + 1, Int(safe: n.squareRoot().rounded(.up)))
            return Swift.max(1, Swift.min(Self.standardCount, few))
        case .auto:
            let n = Double(extent.finiteCount)
            let (q1, q3) = Self.quartiles(of: series, extent: extent)
            let iqr = q3 - q1
            if iqr > 0 {
                let width = 2 * iqr * pow(n, -1.0 / 3.0)
                return Swift.max(1, Swift.min(Self.maxCount, Int(safe: ((hi - lo) / width).rounded(.up))))
            }
            return Swift.max(1, Int(safe: log2(n).rounded(.up)) + 1)
        }
    }

    /// One scratch array holding every finite value of the series.
    static func finiteValues(_ series: [[Double]], extent: FiniteExtent) -> [Double] {
        if series.count == 1, extent.nonFinite == 0 { return series[0] }
        var all: [Double] = []
        all.reserveCapacity(extent.finiteCount)
        for values in series { for v in values where v.isFinite { all.append(v) } }
        return all
    }

    /// The first and third quartiles of the finite values of all `series` (joint extent `extent`),
    /// linear-interpolated as numpy does, by `BucketSelection` (no copy of the values), or by selection
    /// on a copy when the extent is too wide to bucket.
    static func quartiles(of series: [[Double]], extent: FiniteExtent) -> (q1: Double, q3: Double) {
        let count = extent.finiteCount
        guard count > 0 else { return (0, 0) }
        let (i1, f1) = position(0.25, count: count), (i3, f3) = position(0.75, count: count)
        let ranks = [i1, Swift.min(i1 + 1, count - 1), i3, Swift.min(i3 + 1, count - 1)]
        guard let v = BucketSelection.values(atRanks: ranks, in: series, extent: extent) else {
            var scratch = finiteValues(series, extent: extent)
            return quartiles(&scratch)
        }
        return (interpolate(v[0], v[1], f1), interpolate(v[2], v[3], f3))
    }

    /// The first and third quartiles, linear-interpolated (numpy's default "linear" method), by two
    /// selections: the second one searches only the part the first left below the third quartile.
    /// Reorders `values`, which must not hold NaN.
    /// - Complexity: O(n) expected.
    static func quartiles(_ values: inout [Double]) -> (q1: Double, q3: Double) {
        guard !values.isEmpty else { return (0, 0) }
        let (i3, f3) = position(0.75, count: values.count)
        let (i1, f1) = position(0.25, count: values.count)
        let low3 = Selection.kth(&values, i3)
        let high3 = Selection.minimum(values, in: (i3 + 1)..<values.count, fallback: low3)
        guard i1 < i3 else { return (interpolate(low3, high3, f1), interpolate(low3, high3, f3)) }
        let low1 = Selection.kth(&values, i1, in: 0..<i3)
        let high1 = Selection.minimum(values, in: (i1 + 1)..<(i3 + 1), fallback: low3)
        return (interpolate(low1, high1, f1), interpolate(low3, high3, f3))
    }

    /// Linear-interpolated quantile (numpy's default "linear" method), by
    /// selection in O(n); reorders `values`.
    static func quantile(_ values: inout [Double], _ q: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let (i, f) = position(q, count: values.count)
        let low = Selection.kth(&values, i)
        return interpolate(low, Selection.minimum(values, in: (i + 1)..<values.count, fallback: low), f)
    }

    /// The order statistic below quantile `q` of `count` values and the fraction towards the next.
    private static func position(_ q: Double, count: Int) -> (index: Int, fraction: Double) {
        let position = q * Double(count - 1)
        let index = Swift.min(count - 1, Swift.max(0, Int(safe: position.rounded(.down))))
        return (index, position - Double(index))
    }

    private static func interpolate(_ low: Double, _ high: Double, _ fraction: Double) -> Double {
        fraction > 0 ? low + (high - low) * fraction : low
    }
}
