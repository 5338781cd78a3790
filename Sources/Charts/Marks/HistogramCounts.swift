/// Counts values into equal-width bins in one tight pass, as numpy's `histogram` does: a
/// multiplied guess of the bin, corrected against the edges themselves when the guess lies
/// within rounding distance of an edge, so a value on an edge always lands in the bin that edge
/// opens (the last bin also holds its right edge).
enum HistogramCounts {
    /// Per bin, how many of `values` fall in it; NaN, infinities and values outside the edges are
    /// skipped. `counts` must have `edges.count − 1` elements. `allInside` promises that every
    /// value is finite and within the edges, which saves the range test.
    /// - Complexity: O(n), no allocation.
    static func add(_ values: [Double], edges: [Double], into counts: inout [Int], allInside: Bool = false) {
        let n = edges.count - 1
        guard n > 0, counts.count == n, let lo = edges.first, let hi = edges.last, hi > lo else { return }
        let norm = Double(n) / (hi - lo)
        guard norm.isFinite, norm > 0 else { return addBySearch(values, edges: edges, into: &counts) }
        edges.withUnsafeBufferPointer { edge in
            counts.withUnsafeMutableBufferPointer { count in
                values.withUnsafeBufferPointer { buffer in
                    if allInside {
                        for v in buffer { count[bin(v, lo: lo, norm: norm, edges: edge)] &+= 1 }
                    } else {
                        for v in buffer where v >= lo && v <= hi { count[bin(v, lo: lo, norm: norm, edges: edge)] &+= 1 }
                    }
                }
            }
        }
    }

    /// When `hi − lo` overflows: each value's bin found from the edges alone.
    private static func addBySearch(_ values: [Double], edges: [Double], into counts: inout [Int]) {
        let n = edges.count - 1
        for v in values where v >= edges[0] && v <= edges[n] {
            let i = edges.lastIndex { $0 <= v } ?? 0
            counts[Swift.min(n - 1, i)] += 1
        }
    }

    /// The bin of `v` (within the edges, `norm` finite and positive): `⌊(v − lo) · norm⌋`,
    /// checked against the edges only when that product is within 1e-9 of an integer.
    @inline(__always)
    private static func bin(_ v: Double, lo: Double, norm: Double, edges: UnsafeBufferPointer<Double>) -> Int {
        let last = edges.count - 2
        let scaled = (v - lo) * norm
        var i = Int(scaled)
        let fraction = scaled - Double(i)
        i = i < last ? i : last
        if fraction < 1e-9 || fraction > 1 - 1e-9 {
            while i > 0 && v < edges[i] { i -= 1 }
            while i < last && v >= edges[i + 1] { i += 1 }
        }
        return i
    }

    /// Heights of one series: counts, or densities (area 1) when `density` is set.
    static func heights(_ values: [Double], edges: [Double], density: Bool, allInside: Bool = false) -> [Double] {
        var counts = [Int](repeating: 0, count: Swift.max(0, edges.count - 1))
        add(values, edges: edges, into: &counts, allInside: allInside)
        let total = counts.reduce(0, +)
        guard density, total > 0, let lo = edges.first, let hi = edges.last else { return counts.map(Double.init) }
        let width = (hi - lo) / Double(counts.count)
        return counts.map { Double($0) / (Double(total) * width) }
    }
}
