/// Where the dots of one beeswarm row go: sorted along x, dots that would overlap (closer than a
/// diameter) are stacked alternately above and below the row's centre line, as shap's summary
/// plot spreads them; the stack is squeezed to fit the row. Linear after the sort.
enum Beeswarm {
    /// Vertical offsets in pixels for dots at pixel positions `xs`.
    static func offsets(_ xs: [Double], radius: Double, maxOffset: Double) -> [Double] {
        let order = xs.indices.sorted { xs[$0] < xs[$1] }
        var offsets = [Double](repeating: 0, count: xs.count)
        let diameter = 2 * radius
        var bucketStart = -Double.infinity, inBucket = 0, largest = 0.0
        for i in order {
            if xs[i] - bucketStart >= diameter { bucketStart = xs[i]; inBucket = 0 }
            let level = Double((inBucket + 1) / 2) * (inBucket % 2 == 1 ? 1 : -1)
            offsets[i] = level * diameter * 0.8
            largest = Swift.max(largest, abs(offsets[i]))
            inBucket += 1
        }
        if largest > maxOffset, largest > 0 {
            let squeeze = maxOffset / largest
            for i in offsets.indices { offsets[i] *= squeeze }
        }
        return offsets
    }

    /// Each value placed between the 5th and 95th percentiles of the finite values (0…1, clamped;
    /// NaN for a non-finite value), so one outlier does not wash out the colours.
    static func normalized(_ values: [Double]) -> [Double] {
        let sorted = values.filter(\.isFinite).sorted()
        guard let first = sorted.first, let last = sorted.last else { return values.map { _ in .nan } }
        var lo = sorted[Int(Double(sorted.count - 1) * 0.05)], hi = sorted[Int(Double(sorted.count - 1) * 0.95)]
        if hi <= lo { lo = first; hi = last }
        return values.map { v in
            guard v.isFinite else { return .nan }
            return hi > lo ? Swift.max(0, Swift.min(1, (v - lo) / (hi - lo))) : 0.5
        }
    }
}
