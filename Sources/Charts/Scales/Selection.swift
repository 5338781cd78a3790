/// Order statistics without sorting: Hoare's quickselect with a
/// median-of-three pivot (deterministic, O(n) expected).
enum Selection {
    /// The `k`-th smallest value (0-based) of `values[range]` counted from `range.lowerBound`.
    /// Afterwards `values[k]` holds it, everything in the range before it is ≤ it and
    /// everything after it is ≥ it. The values must not be NaN.
    /// - Complexity: O(`range.count`) expected.
    static func kth(_ values: inout [Double], _ k: Int, in range: Range<Int>? = nil) -> Double {
        let range = (range ?? values.indices).clamped(to: values.indices)
        guard let first = range.first, let last = range.last else { return 0 }
        let k = Swift.min(last, Swift.max(first, k))
        return values.withUnsafeMutableBufferPointer { buffer in
            var lo = range.lowerBound, hi = range.upperBound - 1
            while lo < hi {
                let mid = lo + (hi - lo) / 2
                if buffer[mid] < buffer[lo] { buffer.swapAt(mid, lo) }
                if buffer[hi] < buffer[lo] { buffer.swapAt(hi, lo) }
                if buffer[hi] < buffer[mid] { buffer.swapAt(hi, mid) }
                let pivot = buffer[mid]
                var i = lo, j = hi
                while i <= j {
                    while buffer[i] < pivot { i += 1 }
                    while buffer[j] > pivot { j -= 1 }
                    if i <= j { buffer.swapAt(i, j); i += 1; j -= 1 }
                }
                if k <= j { hi = j } else if k >= i { lo = i } else { break }
            }
            return buffer[k]
        }
    }

    /// The smallest of `values[range]` (`fallback` when the range is empty).
    static func minimum(_ values: [Double], in range: Range<Int>, fallback: Double) -> Double {
        let range = range.clamped(to: values.indices)
        guard let first = range.first else { return fallback }
        return values.withUnsafeBufferPointer { buffer in
            var least = buffer[first]
            for i in range.dropFirst() where buffer[i] < least { least = buffer[i] }
            return least
        }
    }
}
