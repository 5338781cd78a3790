/// Joining tensors and padding one (all differentiable), as Swift for TensorFlow spells them.
extension Tensor {
    /// The tensors, all of one shape, stacked along a new axis `axis` (`0...rank`; negative
    /// counts from the end of the result).
    public init(stacking tensors: [Tensor], alongAxis axis: Int = 0) throws {
        guard let first = tensors.first else {
            throw TensorError.invalidArgument(name: "stacking", reason: "needs at least one tensor")
        }
        if let other = tensors.first(where: { $0.shape != first.shape }) {
            throw TensorError.incompatibleShapes(operation: "stack", first.shape, other.shape)
        }
        let normal = try Self.normalizedAxis(axis, rank: first.rank + 1)
        self = try Tensor(concatenating: tensors.map { try $0.expandingShape(at: normal) }, alongAxis: normal)
    }

    /// The tensors joined along `axis`; their other dimensions must agree.
    public init(concatenating tensors: [Tensor], alongAxis axis: Int = 0) throws {
        guard let first = tensors.first else {
            throw TensorError.invalidArgument(name: "concatenating", reason: "needs at least one tensor")
        }
        guard first.rank > 0 else { throw TensorError.invalidArgument(name: "concatenating", reason: "cannot join scalars; stack them") }
        let normal = try Self.normalizedAxis(axis, rank: first.rank)
        var total = 0
        for tensor in tensors {
            guard tensor.rank == first.rank,
                  tensor.shape.indices.allSatisfy({ $0 == normal || tensor.shape[$0] == first.shape[$0] }) else {
                throw TensorError.incompatibleShapes(operation: "concatenate along axis \(axis)", first.shape, tensor.shape)
            }
            total += tensor.shape[normal]
        }
        var shape = first.shape
        shape[normal] = total
        _ = try TensorLimits.scalarCount(shape)
        self = tensors.count == 1 ? first : Primitives.concatenate(tensors, axis: normal)
    }

    /// This tensor and `other` joined along `axis`.
    public func concatenated(with other: Tensor, alongAxis axis: Int = 0) throws -> Tensor {
        try Tensor(concatenating: [self, other], alongAxis: axis)
    }

    /// The tensor with `sizes[axis].before` elements of `value` before it and
    /// `sizes[axis].after` after it along every axis.
    public func padded(forSizes sizes: [(before: Int, after: Int)], with value: Double = 0) throws -> Tensor {
        guard sizes.count == rank else {
            throw TensorError.invalidArgument(name: "forSizes", reason: "needs one (before, after) pair per axis: \(rank), got \(sizes.count)")
        }
        if let bad = sizes.first(where: { $0.before < 0 || $0.after < 0 }) {
            throw TensorError.invalidArgument(name: "forSizes", reason: "padding must not be negative, got (\(bad.before), \(bad.after))")
        }
        var newShape: [Int] = []
        for (dimension, size) in zip(shape, sizes) {
            let (grown, overflow) = dimension.addingReportingOverflow(size.before)
            let (total, overflow2) = grown.addingReportingOverflow(size.after)
            guard !overflow, !overflow2 else { throw TensorError.tooLarge(shape) }
            newShape.append(total)
        }
        _ = try TensorLimits.scalarCount(newShape)
        return Primitives.pad(self, lower: sizes.map(\.before), shape: newShape, value: value)
    }
}
