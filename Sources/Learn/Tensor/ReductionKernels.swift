/// Reductions over chosen axes, keeping the reduced axes as size 1.
enum ReductionKernels {
    /// Normalises possibly negative axes, rejecting those out of range.
    /// A scalar (rank 0) accepts axis 0 or -1 and has nothing to reduce.
    static func normalizedAxes(_ axes: [Int], rank: Int) throws -> [Int] {
        try Array(Set(axes.map { axis in
            let normal = axis < 0 ? axis + rank : axis
            guard normal >= 0, normal < max(rank, 1) else { throw TensorError.invalidAxis(axis: axis, rank: rank) }
            return normal
        })).sorted().filter { $0 < rank }
    }

    /// The shape after reducing `axes` with the axes kept as 1.
    static func keptShape(_ shape: [Int], axes: [Int]) -> [Int] {
        shape.enumerated().map { axes.contains($0.offset) ? 1 : $0.element }
    }

    /// Folds the elements along `axes` with `combine`, starting from `initial`.
    @inline(__always)
    static func reduce(
        _ x: Tensor, axes: [Int], initial: Double, _ combine: (Double, Double) -> Double
    ) -> Tensor {
        let shape = keptShape(x.shape, axes: axes)
        let count = shape.reduce(1, *)
        var out = [Double](repeating: initial, count: count)
        if x.rank == 2, axes == [0] {
            let columns = x.shape[1]
            x.scalars.withUnsafeBufferPointer { px in
                out.withUnsafeMutableBufferPointer { po in
                    for row in 0..<x.shape[0] {
                        for c in 0..<columns { po[c] = combine(po[c], px[row * columns + c]) }
                    }
                }
            }
            return Tensor(uncheckedShape: shape, scalars: out)
        }
        let outStrides = Broadcasting.stretchedStrides(shape, to: x.shape)
        let ownStrides = Broadcasting.strides(x.shape)
        x.scalars.withUnsafeBufferPointer { px in
            out.withUnsafeMutableBufferPointer { po in
                Broadcasting.forEachOffset(x.shape, outStrides, ownStrides) { _, outOffset, inOffset in
                    po[outOffset] = combine(po[outOffset], px[inOffset])
                }
            }
        }
        return Tensor(uncheckedShape: shape, scalars: out)
    }

    /// Sums `gradient` down to `shape` (undoing a broadcast).
    static func sum(_ gradient: Tensor, toShape shape: [Int]) -> Tensor {
        if gradient.shape == shape { return gradient }
        let axes = Broadcasting.stretchedAxes(shape, to: gradient.shape)
        let reduced = reduce(gradient, axes: axes, initial: 0, +)
        return Tensor(uncheckedShape: shape, scalars: reduced.scalars)
    }

    /// Repeats `small` (kept-dims shape) along its size-1 axes to fill `shape`.
    static func expand(_ small: Tensor, to shape: [Int]) -> Tensor {
        if small.shape == shape { return small }
        let count = shape.reduce(1, *)
        let smallStrides = Broadcasting.stretchedStrides(small.shape, to: shape)
        let values = [Double](unsafeUninitializedCapacity: count) { out, written in
            small.scalars.withUnsafeBufferPointer { ps in
                Broadcasting.forEachOffset(shape, smallStrides, smallStrides) { index, offset, _ in
                    out[index] = ps[offset]
                }
            }
            written = count
        }
        return Tensor(uncheckedShape: shape, scalars: values)
    }
}
