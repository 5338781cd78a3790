/// The layout primitives of tensors of any rank — a box cut out, a box padded, axes permuted,
/// tensors joined along an axis — each recording its gradient rule (cropping and padding are
/// each other's adjoint; a permutation's is its inverse; joining's is splitting).
extension Primitives {
    /// The box of `size` elements starting at `lower` (one entry per axis, already checked).
    static func crop(_ x: Tensor, lower: [Int], size: [Int]) -> Tensor {
        let value = Tensor(uncheckedShape: size, scalars: ShapeKernels.crop(x.scalars, shape: x.shape, lower: lower, size: size))
        return Tensor.record(value, inputs: [x]) { g in
            [Tensor(uncheckedShape: x.shape, scalars: ShapeKernels.pad(g.scalars, size: size, lower: lower, shape: x.shape, value: 0))]
        }
    }

    /// `x` placed at `lower` inside a tensor of `shape` (already checked to hold it) filled with `value`.
    static func pad(_ x: Tensor, lower: [Int], shape: [Int], value fill: Double) -> Tensor {
        let value = Tensor(uncheckedShape: shape, scalars: ShapeKernels.pad(x.scalars, size: x.shape, lower: lower, shape: shape, value: fill))
        return Tensor.record(value, inputs: [x]) { g in
            [Tensor(uncheckedShape: x.shape, scalars: ShapeKernels.crop(g.scalars, shape: shape, lower: lower, size: x.shape))]
        }
    }

    /// The axes in the order `permutation` (a checked permutation of `0..<rank`) lists them.
    static func permute(_ x: Tensor, _ permutation: [Int]) -> Tensor {
        let shape = permutation.map { x.shape[$0] }
        let value = Tensor(uncheckedShape: shape, scalars: ShapeKernels.permute(x.scalars, shape: x.shape, permutation))
        var inverse = permutation
        for (position, axis) in permutation.enumerated() { inverse[axis] = position }
        return Tensor.record(value, inputs: [x]) { g in
            [Tensor(uncheckedShape: x.shape, scalars: ShapeKernels.permute(g.scalars, shape: shape, inverse))]
        }
    }

    /// The tensors joined along `axis` (shapes already checked to agree elsewhere).
    static func concatenate(_ parts: [Tensor], axis: Int) -> Tensor {
        var shape = parts[0].shape
        shape[axis] = parts.reduce(0) { $0 + $1.shape[axis] }
        let outer = shape[..<axis].reduce(1, *)
        let chunks = parts.map { $0.shape[axis...].reduce(1, *) }
        let value = Tensor(uncheckedShape: shape, scalars: ShapeKernels.concatenate(parts.map(\.scalars), chunks: chunks, outer: outer))
        return Tensor.record(value, inputs: parts) { g in
            parts.indices.map { index in
                parts[index].node == nil ? nil : Tensor(uncheckedShape: parts[index].shape,
                    scalars: ShapeKernels.split(g.scalars, chunks: chunks, index: index, outer: outer))
            }
        }
    }
}
