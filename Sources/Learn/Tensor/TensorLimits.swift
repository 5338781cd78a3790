import Platform

/// The largest tensor Learn will allocate, and checked shape arithmetic, so
/// a huge or overflowing shape is an error instead of a crash.
public enum TensorLimits {
    /// 2²⁸ scalars (2 GiB of `Double`s).
    public static let maximumScalarCount = 1 << 28

    /// The number of scalars of `shape`, or an error when a dimension is
    /// negative or the count passes `maximumScalarCount`. With `reserving` (for a tensor about
    /// to be allocated) the bytes are also reserved from the session's memory budget, which
    /// throws `OutOfMemory` when they do not fit.
    static func scalarCount(_ shape: [Int], reserving: Bool = true) throws -> Int {
        guard shape.allSatisfy({ $0 >= 0 }) else { throw TensorError.invalidShape(shape) }
        // Zero dimensions are skipped in the limit check, so that no product
        // of any subset of the dimensions (say, all but the batch axis) can overflow.
        var nonzeroProduct = 1
        for dimension in shape where dimension > 0 {
            let (product, overflow) = nonzeroProduct.multipliedReportingOverflow(by: dimension)
            guard !overflow, product <= maximumScalarCount else { throw TensorError.tooLarge(shape) }
            nonzeroProduct = product
        }
        let count = shape.contains(0) ? 0 : nonzeroProduct
        if reserving {
            try MemoryBudget.reserve(count: count, stride: MemoryLayout<Double>.stride, for: "a tensor of shape \(shape)")
        }
        return count
    }

    /// The product of `dimensions`, saturating at `Int.max` (for display only).
    static func saturatingProduct<S: Sequence<Int>>(_ dimensions: S) -> Int {
        dimensions.reduce(1) { total, dimension in
            let (product, overflow) = total.multipliedReportingOverflow(by: dimension)
            return overflow ? Int.max : product
        }
    }
}
