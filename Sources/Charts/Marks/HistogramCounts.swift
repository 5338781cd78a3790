import Platform

/// Counts values into equal-width bins in one tight pass, as numpy's `histogram` does: a
/// multiplied guess of the bin, corrected against the edges themselves when the guess lies
/// within rounding distance of an edge, so a value on an edge always lands in the bin that edge
/// opens (the last bin also holds its right edge).
enum HistogramCounts {
    /// Per bin, how many of `values` fall in it; NaN, infinities and values outside the edges are
    /// skipped. `counts` must have `edges.count − 1` elements. `allInside` promises that every
    /// value is finite and within the edges, which saves the range test. A large array is
    /// counted in one piece per core, the pieces' counts summed (exact whatever the split).
    /// - Complexity: O(n); one count array per extra piece.
    static func add(_ values: [Double], edges: [Double], into counts: inout [Int], allInside: Bool = false) {
        let n = edges.count - 1
        guard n > 0, counts.count == n, let lo = edges.first, let hi = edges.last, hi > lo else { return }
        let norm = Double(n) / (hi - lo)
        guard norm.isFinite, norm > 0 else { return addBySearch(values, edges: edges, into: &counts) }
        let pieces = values.count >= Self.parallelThreshold ? Parallel.width : 1
        let partial = UnsafeMutableBufferPointer<Int>.allocate(capacity: pieces * n)
        defer { partial.deallocate() }
        partial.initialize(repeating: 0)
        edges.withUnsafeBufferPointer { edge in
            values.withUnsafeBufferPointer { buffer in
                Parallel.forEach(pieces) { piece in
                    let part = buffer.count * piece / pieces..<buffer.count * (piece + 1) / pieces
                    let count = UnsafeMutableBufferPointer(rebasing: partial[(piece * n)..<(piece * n + n)])
                    if allInside {
                        for v in buffer[part] { count[bin(v, lo: lo, norm: norm, edges: edge)] &+= 1 }
                    } else {
                        for v in buffer[part] where v >= lo && v <= hi { count[bin(v, lo: lo, norm: norm, edges: edge)] &+= 1 }
                    }
                }
            }
        }
        for piece in 0..<pieces {
            for i in 0..<n { counts[i] &+= partial[piece * n + i] }
        }
    }

    /// Values below which counting stays on one thread (a job's hand-off costs ~0.1 ms).
    static let parallelThreshold = 1 << 17

    /// When `hi − lo` overflows: each value's bin found from the edges alone.
    private static func addBySearch(_ values: [Double], edges: [Double], into counts: inout [Int]) {
        let n = edges.count - 1
        for v in values where v >= edges[0] && v <= edges[n] {
            let i = edges.lastIndex { $0 <= v } ?? 0
            counts[Swift.min(n - 1, i)] += 1
        }
    }

    /// The bin of `v` (within the edges, `norm` finite and positive): `⌊(v − lo) · norm⌋`,
    /// checked against the edges only when that product is within 1e-9 of an integer. The floor
    /// is taken by rounding `scaled − 0.5` with the 1.5 · 2^52 trick (the integer lands in the
    /// low mantissa bits): no conversion instruction and no range check in the loop; where the
    /// rounding and the floor could differ, the fraction is near an integer and the edges decide.
    @inline(__always)
    private static func bin(_ v: Double, lo: Double, norm: Double, edges: UnsafeBufferPointer<Double>) -> Int {
        let last = edges.count - 2
        let scaled = (v - lo) * norm
        let shifted = (scaled - 0.5) + roundingShift
        let fraction = scaled - (shifted - roundingShift)
        var i = Int(truncatingIfNeeded: Int32(truncatingIfNeeded: shifted.bitPattern))
        i = i < last ? i : last
        i = i > 0 ? i : 0
        if fraction < 1e-9 || fraction > 1 - 1e-9 {
            i = Swift.max(0, Swift.min(last, Int(scaled.rounded(.down))))
            while i > 0 && v < edges[i] { i -= 1 }
            while i < last && v >= edges[i + 1] { i += 1 }
        }
        return i
    }

    /// 2^52 + 2^51: adding it to a Double below 2^51 in magnitude rounds it to an integer.
    private static let roundingShift = 6_755_399_441_055_744.0

    /// Per bin, how many of `values` fall in it.
    static func counts(_ values: [Double], edges: [Double], allInside: Bool = false) -> [Int] {
        var counts = [Int](repeating: 0, count: Swift.max(0, edges.count - 1))
        add(values, edges: edges, into: &counts, allInside: allInside)
        return counts
    }

    /// Heights of one series: counts, or densities (area 1) when `density` is set.
    static func heights(_ values: [Double], edges: [Double], density: Bool, allInside: Bool = false) -> [Double] {
        heights(counts: counts(values, edges: edges, allInside: allInside), edges: edges, density: density)
    }

    /// Heights from a series' bin counts.
    static func heights(counts: [Int], edges: [Double], density: Bool) -> [Double] {
        let total = counts.reduce(0, +)
        guard density, total > 0, let lo = edges.first, let hi = edges.last else { return counts.map(Double.init) }
        let width = (hi - lo) / Double(counts.count)
        return counts.map { Double($0) / (Double(total) * width) }
    }
}
