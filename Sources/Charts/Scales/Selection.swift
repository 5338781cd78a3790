/// Order statistics without sorting: Hoare's quickselect with a
/// median-of-three pivot (deterministic, O(n) expected).
enum Selection {
    /// The `k`-th smallest value (0-based). Afterwards `values[k]` holds it,
    /// everything before is ≤ it and everything after is ≥ it.
    static func kth(_ values: inout [Double], _ k: Int) -> Double {
        var lo = 0, hi = values.count - 1
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if values[mid] < values[lo] { values.swapAt(mid, lo) }
            if values[hi] < values[lo] { values.swapAt(hi, lo) }
            if values[hi] < values[mid] { values.swapAt(hi, mid) }
            let pivot = values[mid]
            var i = lo, j = hi
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j { values.swapAt(i, j); i += 1; j -= 1 }
            }
            if k <= j { hi = j } else if k >= i { lo = i } else { break }
        }
        return values[k]
    }
}
