/// Equal-width bins shared by several value sets, so their counts compare.
struct Bins: Sendable, Equatable {
    let lo: Double
    let hi: Double
    let count: Int

    /// Bins over the finite extent of `values` (widened when all are equal).
    init(covering values: [Double], count: Int) {
        var lo = Double.infinity, hi = -Double.infinity
        for v in values where v.isFinite { lo = Swift.min(lo, v); hi = Swift.max(hi, v) }
        if lo > hi { lo = 0; hi = 1 }
        if lo == hi { let half = Swift.max(abs(lo) * 0.05, 0.5); lo -= half; hi += half }
        self.lo = lo; self.hi = hi; self.count = Swift.max(1, count)
    }

    /// At most `requested` bins, fewer for few values (about 2√n, at least 8), so sparse data is not all gaps.
    static func suggested(_ requested: Int, values: Int) -> Int {
        Swift.max(1, Swift.min(requested, Swift.max(8, Int((2 * Double(values).squareRoot()).rounded()))))
    }

    var width: Double { (hi - lo) / Double(count) }

    func edge(_ i: Int) -> Double { lo + width * Double(i) }

    /// Counts per bin (the top edge belongs to the last bin); non-finite and out-of-range values are skipped.
    func counts(_ values: [Double]) -> [Double] {
        var out = [Double](repeating: 0, count: count)
        let scale = Double(count) / (hi - lo)
        for v in values where v.isFinite && v >= lo && v <= hi {
            out[Swift.min(count - 1, Int((v - lo) * scale))] += 1
        }
        return out
    }
}
