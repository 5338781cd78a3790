#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Values far from the rest of a histogram, found from its bins alone (no pass over the data):
/// the quartiles interpolated within the bins' running counts, and Tukey's far-out fences
/// (3 × IQR past the quartiles). Every value in a non-empty bin lying wholly past a fence is
/// counted, so the caption says exactly how many values lie beyond a bin edge, and the bar
/// that holds them, however short, is never lost without a word.
public struct HistogramOutliers: Hashable, Sendable {
    /// How many values lie past a bin edge.
    public struct Side: Hashable, Sendable {
        public var count: Int
        public var edge: Double
    }

    /// Values in bins wholly below the lower fence, all below `edge` (the right edge of the highest such bin).
    public var below: Side?
    /// Values in bins wholly above the upper fence, all at least `edge` (the left edge of the lowest such bin).
    public var above: Side?

    /// Far-out fences: 3 × IQR past the quartiles, as Tukey's boxplot marks "far out" values.
    static let fenceFactor = 3.0

    /// The outliers of `counts` (summed over series) in bins between `edges`.
    public init(edges: [Double], counts: [Int]) {
        let total = counts.reduce(0, +)
        guard counts.count >= 3, edges.count == counts.count + 1, total >= 8 else { return }
        let q1 = Self.quantile(0.25, edges: edges, counts: counts, total: total)
        let q3 = Self.quantile(0.75, edges: edges, counts: counts, total: total)
        let iqr = q3 - q1
        guard iqr > 0, iqr.isFinite else { return }
        let low = q1 - Self.fenceFactor * iqr, high = q3 + Self.fenceFactor * iqr
        var lowCount = 0, lowEdge = edges[0], highCount = 0, highEdge: Double?
        for (i, c) in counts.enumerated() where c > 0 {
            if edges[i + 1] < low { lowCount += c; lowEdge = edges[i + 1] }
            if edges[i] > high { highCount += c; highEdge = highEdge ?? edges[i] }
        }
        if lowCount > 0 { below = Side(count: lowCount, edge: lowEdge) }
        if highCount > 0, let highEdge { above = Side(count: highCount, edge: highEdge) }
    }

    public var isEmpty: Bool { below == nil && above == nil }

    /// The caption: `1 outlier ≥ 58 (max 60)`, `3 outliers < −20 (min −31.2)`, joined by ` · `.
    func note(extent: (lo: Double, hi: Double)) -> String? {
        var parts: [String] = []
        if let below {
            parts.append(Self.noun(below.count) + " < " + Self.bound(below.edge, down: false) + " (min " + Self.number(extent.lo) + ")")
        }
        if let above {
            parts.append(Self.noun(above.count) + " ≥ " + Self.bound(above.edge, down: true) + " (max " + Self.number(extent.hi) + ")")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    private static func noun(_ count: Int) -> String { count == 1 ? "1 outlier" : "\(count) outliers" }

    private static func number(_ value: Double) -> String { NumberFormat.typographicMinus(NumberFormat.short(value)) }

    /// `value` to three significant digits, rounded down (or up) so the caption's `≥` (or `<`) stays true.
    static func bound(_ value: Double, down: Bool) -> String {
        guard value != 0, value.isFinite else { return number(value) }
        let decimals = 2 - Int(safe: log10(abs(value)).rounded(.down))
        guard decimals <= 12 else { return number(value) }
        let scale = pow(10, Double(Swift.max(0, decimals)))
        let rounded = down ? (value * scale).rounded(.down) / scale : (value * scale).rounded(.up) / scale
        return NumberFormat.typographicMinus(NumberFormat.fixed(rounded, decimals: Swift.max(0, decimals)))
    }

    /// The `q` quantile, interpolated linearly within the bin that holds its rank.
    private static func quantile(_ q: Double, edges: [Double], counts: [Int], total: Int) -> Double {
        let rank = q * Double(total)
        var below = 0.0
        for (i, c) in counts.enumerated() where c > 0 {
            let next = below + Double(c)
            if next >= rank { return edges[i] + (rank - below) / Double(c) * (edges[i + 1] - edges[i]) }
            below = next
        }
        return edges[edges.count - 1]
    }
}
