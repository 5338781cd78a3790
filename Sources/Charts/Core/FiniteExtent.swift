/// What one pass over a series learns: the smallest and largest finite value and how many
/// values are NaN or infinite. Charts validate, drop and scale from this without copying data.
public struct FiniteExtent: Hashable, Sendable {
    /// The smallest finite value (`+infinity` when there is none).
    public private(set) var lo = Double.infinity
    /// The largest finite value (`-infinity` when there is none).
    public private(set) var hi = -Double.infinity
    /// How many values were read.
    public private(set) var count = 0
    /// How many of them are NaN or infinite.
    public private(set) var nonFinite = 0

    public init() {}

    /// Reads `values` once.
    /// - Complexity: O(n), no allocation.
    public init(_ values: [Double]) {
        var lo = Double.infinity, hi = -Double.infinity, nonFinite = 0
        values.withUnsafeBufferPointer { buffer in
            for v in buffer {
                if v.isFinite {
                    lo = v < lo ? v : lo
                    hi = v > hi ? v : hi
                } else {
                    nonFinite += 1
                }
            }
        }
        self.lo = lo; self.hi = hi; self.count = values.count; self.nonFinite = nonFinite
    }

    /// The extent of a pass the caller made itself while reading the values anyway (the Prelude,
    /// converting a cell's array); it must be what `init(_:)` would find.
    package init(lo: Double, hi: Double, count: Int, nonFinite: Int) {
        self.lo = lo; self.hi = hi; self.count = count; self.nonFinite = nonFinite
    }

    /// The number of finite values.
    public var finiteCount: Int { count - nonFinite }

    /// The extent of both series together.
    public func merged(with other: FiniteExtent) -> FiniteExtent {
        var result = self
        result.lo = Swift.min(lo, other.lo); result.hi = Swift.max(hi, other.hi)
        result.count += other.count; result.nonFinite += other.nonFinite
        return result
    }

    /// `(lo, hi)` when at least one value is finite.
    public var bounds: (lo: Double, hi: Double)? { lo <= hi ? (lo, hi) : nil }
}
