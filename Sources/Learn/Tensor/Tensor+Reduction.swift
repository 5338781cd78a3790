/// Whole-tensor and per-axis reductions. `alongAxes` keeps reduced axes as
/// size 1 (like Swift for TensorFlow); `squeezingAxes` removes them.
extension Tensor {
    /// The sum of all elements, as a rank-0 tensor.
    public func sum() -> Tensor {
        Primitives.reshape(Primitives.sum(self, axes: Array(0..<rank)), to: [])
    }

    public func sum(alongAxes axes: [Int]) throws -> Tensor {
        Primitives.sum(self, axes: try ReductionKernels.normalizedAxes(axes, rank: rank))
    }

    public func sum(alongAxes axes: Int...) throws -> Tensor { try sum(alongAxes: axes) }

    public func sum(squeezingAxes axes: Int...) throws -> Tensor {
        try squeezing(sum(alongAxes: axes), axes)
    }

    /// The mean of all elements (throws for an empty tensor).
    public func mean() throws -> Tensor {
        guard scalarCount > 0 else { throw TensorError.emptyReduction("the mean") }
        return sum() / Double(scalarCount)
    }

    public func mean(alongAxes axes: [Int]) throws -> Tensor {
        let normal = try ReductionKernels.normalizedAxes(axes, rank: rank)
        let count = normal.reduce(1) { $0 * shape[$1] }
        guard count > 0 else { throw TensorError.emptyReduction("the mean") }
        return Primitives.sum(self, axes: normal) / Double(count)
    }

    public func mean(alongAxes axes: Int...) throws -> Tensor { try mean(alongAxes: axes) }

    public func mean(squeezingAxes axes: Int...) throws -> Tensor {
        try squeezing(mean(alongAxes: axes), axes)
    }

    /// The population standard deviation (divides by n, as numpy's default).
    public func std() throws -> Tensor {
        let centered = try self - mean()
        return sqrt(try (centered * centered).mean())
    }

    public func std(alongAxes axes: [Int]) throws -> Tensor {
        let centered = try self - mean(alongAxes: axes)
        return sqrt(try (centered * centered).mean(alongAxes: axes))
    }

    public func std(alongAxes axes: Int...) throws -> Tensor { try std(alongAxes: axes) }

    public func max() throws -> Tensor { try extremum(largest: true, axes: Array(0..<rank), keep: false) }
    public func min() throws -> Tensor { try extremum(largest: false, axes: Array(0..<rank), keep: false) }
    public func max(alongAxes axes: Int...) throws -> Tensor { try extremum(largest: true, axes: axes, keep: true) }
    public func min(alongAxes axes: Int...) throws -> Tensor { try extremum(largest: false, axes: axes, keep: true) }
    public func max(squeezingAxes axes: Int...) throws -> Tensor { try extremum(largest: true, axes: axes, keep: false) }
    public func min(squeezingAxes axes: Int...) throws -> Tensor { try extremum(largest: false, axes: axes, keep: false) }

    /// The indices of the largest elements along `axis`, with that axis removed.
    /// Indices have no gradient (see `noteNonDifferentiableUse`).
    public func argmax(squeezingAxis axis: Int) throws -> Tensor {
        noteNonDifferentiableUse("argmax")
        guard rank > 0 else { throw TensorError.invalidAxis(axis: axis, rank: rank) }
        let normal = try ReductionKernels.normalizedAxes([axis], rank: rank)[0]
        guard shape[normal] > 0 else { throw TensorError.emptyReduction("argmax") }
        let outer = shape[..<normal].reduce(1, *)
        let length = shape[normal]
        let inner = shape[(normal + 1)...].reduce(1, *)
        var result = [Double](repeating: 0, count: outer * inner)
        for o in 0..<outer {
            for i in 0..<inner {
                var best = 0
                for position in 1..<length where scalars[(o * length + position) * inner + i] > scalars[(o * length + best) * inner + i] {
                    best = position
                }
                result[o * inner + i] = Double(best)
            }
        }
        var newShape = shape
        newShape.remove(at: normal)
        return Tensor(uncheckedShape: newShape, scalars: result)
    }

    /// The flat index of the largest element (throws for an empty tensor).
    public func argmax() throws -> Int {
        noteNonDifferentiableUse("argmax")
        guard let best = scalars.indices.max(by: { scalars[$0] < scalars[$1] }) else {
            throw TensorError.emptyReduction("argmax")
        }
        return best
    }

    private func extremum(largest: Bool, axes: [Int], keep: Bool) throws -> Tensor {
        let normal = try ReductionKernels.normalizedAxes(axes, rank: rank)
        guard normal.allSatisfy({ shape[$0] > 0 }), scalarCount > 0 else {
            throw TensorError.emptyReduction(largest ? "the maximum" : "the minimum")
        }
        let kept = Primitives.extremum(self, axes: normal, largest: largest)
        return keep ? kept : Primitives.reshape(kept, to: shape.enumerated().filter { !normal.contains($0.offset) }.map(\.element))
    }

    private func squeezing(_ kept: Tensor, _ axes: [Int]) throws -> Tensor {
        let normal = try ReductionKernels.normalizedAxes(axes, rank: rank)
        return Primitives.reshape(kept, to: shape.enumerated().filter { !normal.contains($0.offset) }.map(\.element))
    }
}
