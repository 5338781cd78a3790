/// The largest tensor Learn will allocate, and checked shape arithmetic, so
/// a huge or overflowing shape is an error instead of a crash.
public enum TensorLimits {
    /// 2²⁸ scalars (2 GiB of `Double`s).
    public static let maximumScalarCount = 1 << 28

    /// The number of scalars of `shape`, or an error when a dimension is
    /// negative or the count passes `maximumScalarCount`.
    static func scalarCount(_ shape: [Int]) throws -> Int {
        guard shape.allSatisfy({ $0 >= 0 }) else { throw TensorError.invalidShape(shape) }
        // Zero dimensions are skipped in the limit check, so that no product
        // of any subset of the dimensions (say, all but the batch axis) can overflow.
        var nonzeroProduct = 1
        for dimension in shape where dimension > 0 {
            let (product, overflow) = nonzeroProduct.multipliedReportingOverflow(by: dimension)
            guard !overflow, product <= maximumScalarCount else { throw TensorError.tooLarge(shape) }
            nonzeroProduct = product
        }
        return shape.contains(0) ? 0 : nonzeroProduct
    }

    /// The product of `dimensions`, saturating at `Int.max` (for display only).
    static func saturatingProduct<S: Sequence<Int>>(_ dimensions: S) -> Int {
        dimensions.reduce(1) { total, dimension in
            let (product, overflow) = total.multipliedReportingOverflow(by: dimension)
            return overflow ? Int.max : product
        }
    }
}
