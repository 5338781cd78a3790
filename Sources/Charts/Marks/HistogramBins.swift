#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a histogram chooses its bins: a fixed count, or `.auto` by the
/// Freedman–Diaconis rule (width 2·IQR·n^(−1/3); Sturges' ⌈log2 n⌉ + 1 when IQR is 0).
public enum HistogramBins: Hashable, Sendable {
    case count(Int)
    case auto

    public static let maxCount = 1000

    /// Equal-width bin edges over `values` (finite, non-empty).
    func edges(for values: [Double]) -> [Double] {
        guard let (lo0, hi0) = DataCheck.extent([values]) else { return [0, 1] }
        var (lo, hi) = (lo0, hi0)
        if lo == hi { lo -= 0.5; hi += 0.5 }
        let n = binCount(values, lo: lo, hi: hi)
        return (0...n).map { i in i == n ? hi : lo + (hi - lo) * Double(i) / Double(n) }
    }

    func binCount(_ values: [Double], lo: Double, hi: Double) -> Int {
        switch self {
        case .count(let n): return Swift.max(1, Swift.min(Self.maxCount, n))
        case .auto:
            let n = Double(values.count)
            var scratch = values
            let iqr = Self.quantile(&scratch, 0.75) - Self.quantile(&scratch, 0.25)
            if iqr > 0 {
                let width = 2 * iqr * pow(n, -1.0 / 3.0)
                return Swift.max(1, Swift.min(Self.maxCount, Int(((hi - lo) / width).rounded(.up))))
            }
            return Swift.max(1, Int(log2(n).rounded(.up)) + 1)
        }
    }

    /// Linear-interpolated quantile (numpy's default "linear" method), by
    /// selection in O(n); reorders `values`.
    static func quantile(_ values: inout [Double], _ q: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let position = q * Double(values.count - 1)
        let i = Int(position.rounded(.down))
        let f = position - Double(i)
        let low = Selection.kth(&values, i)
        guard f > 0, i + 1 < values.count else { return low }
        let high = values[(i + 1)...].min() ?? low
        return low + (high - low) * f
    }

    /// Counts per bin (the last bin includes its right edge), or densities.
    static func counts(_ values: [Double], edges: [Double], density: Bool) -> [Double] {
        let n = edges.count - 1
        guard n > 0, let lo = edges.first, let hi = edges.last, hi > lo else { return [] }
        var counts = [Double](repeating: 0, count: n)
        for v in values where v >= lo && v <= hi {
            let i = Swift.min(n - 1, Swift.max(0, Int((v - lo) / (hi - lo) * Double(n))))
            counts[i] += 1
        }
        guard density, !values.isEmpty else { return counts }
        let width = (hi - lo) / Double(n)
        return counts.map { $0 / (Double(values.count) * width) }
    }
}
