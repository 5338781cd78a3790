/// Order statistics of large series without copying or reordering them: one
/// pass counts the finite values into equal-width buckets over their extent,
/// the running counts name the bucket that holds each wanted rank, and a
/// second pass gathers only those buckets' values, where `Selection` finishes.
/// A value's bucket never decreases as the value grows, so a rank's value is
/// the matching rank within its bucket.
enum BucketSelection {
    static let bucketCount = 4096

    /// The values at `ranks` (0-based, ascending) among the finite values of all `series`, whose joint
    /// extent is `extent`; nil when the extent is too wide to bucket (its span overflows).
    /// - Complexity: O(n) for the two passes, plus a selection over the gathered buckets (about
    ///   n / 4096 values each, unless the values crowd into few buckets).
    static func values(atRanks ranks: [Int], in series: [[Double]], extent: FiniteExtent) -> [Double]? {
        guard let (lo, hi) = extent.bounds else { return ranks.map { _ in 0 } }
        guard hi > lo else { return ranks.map { _ in lo } }
        let scale = Double(bucketCount) / (hi - lo)
        guard scale.isFinite, scale > 0 else { return nil }
        let last = bucketCount - 1
        @inline(__always) func bucket(_ v: Double) -> Int {
            let position = (v - lo) * scale
            return position < Double(last) ? Int(position) : last
        }

        var counts = [Int](repeating: 0, count: bucketCount)
        counts.withUnsafeMutableBufferPointer { counts in
            for values in series {
                values.withUnsafeBufferPointer { buffer in
                    for v in buffer where v >= lo && v <= hi { counts[bucket(v)] &+= 1 }
                }
            }
        }
        // Each rank's bucket, and the rank within it.
        let places = ranks.map { rank -> (bucket: Int, rank: Int) in
            var below = 0, index = 0
            while index < last && below + counts[index] <= rank { below += counts[index]; index += 1 }
            return (index, rank - below)
        }

        var slot = [Int](repeating: -1, count: bucketCount)
        var gathered: [[Double]] = []
        for place in places where slot[place.bucket] < 0 {
            slot[place.bucket] = gathered.count
            gathered.append([])
            gathered[gathered.count - 1].reserveCapacity(counts[place.bucket])
        }
        slot.withUnsafeBufferPointer { slot in
            for values in series {
                values.withUnsafeBufferPointer { buffer in
                    for v in buffer where v >= lo && v <= hi {
                        let k = slot[bucket(v)]
                        if k >= 0 { gathered[k].append(v) }
                    }
                }
            }
        }
        return places.map { place in Selection.kth(&gathered[slot[place.bucket]], place.rank) }
    }
}
