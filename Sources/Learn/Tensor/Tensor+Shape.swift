/// Reshaping, transposing, indexing and slicing (all differentiable).
extension Tensor {
    /// One entry of an index along a leading axis: a position (the axis is dropped) or a
    /// range of positions (the axis is kept).
    public enum Index: Sendable, Equatable {
        case at(Int)
        case range(Range<Int>)
    }

    /// The same scalars viewed with another shape; one dimension may be -1 (inferred).
    public func reshaped(to newShape: [Int]) throws -> Tensor {
        var resolved = newShape
        let unknown = newShape.indices.filter { newShape[$0] == -1 }
        guard unknown.count <= 1, newShape.allSatisfy({ $0 >= -1 }) else {
            throw TensorError.invalidShape(newShape)
        }
        if let slot = unknown.first {
            let known = try TensorLimits.scalarCount(newShape.filter { $0 != -1 }, reserving: false)
            guard known > 0, scalarCount % known == 0 else {
                throw TensorError.reshapeMismatch(from: shape, to: newShape)
            }
            resolved[slot] = scalarCount / known
        }
        guard try TensorLimits.scalarCount(resolved, reserving: false) == scalarCount else {
            throw TensorError.reshapeMismatch(from: shape, to: newShape)
        }
        return Primitives.reshape(self, to: resolved)
    }

    /// A rank-1 tensor of all scalars.
    public func flattened() -> Tensor { Primitives.reshape(self, to: [scalarCount]) }

    /// The axes in reverse order (the matrix transpose for rank 2).
    public func transposed() -> Tensor { Primitives.transpose(self) }

    /// The axes in the order `permutation` lists them (`[0, 2, 1]` swaps the last two of three).
    public func transposed(permutation: [Int]) throws -> Tensor {
        let normal = try permutation.map { try Self.normalizedAxis($0, rank: rank) }
        guard normal.count == rank, Set(normal).count == rank else {
            throw TensorError.invalidArgument(name: "permutation", reason: "must list each of the \(rank) axes once, got \(permutation)")
        }
        return Primitives.permute(self, normal)
    }

    /// The tensor with axes of size 1 inserted at `axes` (positions in the result; negative
    /// counts from the end).
    public func expandingShape(at axes: [Int]) throws -> Tensor {
        let resultRank = rank + axes.count
        let normal = Set(try axes.map { try Self.normalizedAxis($0, rank: resultRank) })
        guard normal.count == axes.count else {
            throw TensorError.invalidArgument(name: "at", reason: "axes \(axes) repeat an axis")
        }
        var remaining = shape[...]
        let newShape = (0..<resultRank).map { normal.contains($0) ? 1 : remaining.removeFirst() }
        return Primitives.reshape(self, to: newShape)
    }

    public func expandingShape(at axes: Int...) throws -> Tensor { try expandingShape(at: axes) }

    /// The tensor without the axes `axes` (each of size 1); without axes, every axis of size 1.
    public func squeezingShape(at axes: [Int]) throws -> Tensor {
        let normal = axes.isEmpty ? Set(shape.indices.filter { shape[$0] == 1 })
                                  : Set(try axes.map { try Self.normalizedAxis($0, rank: rank) })
        if let wide = normal.sorted().first(where: { shape[$0] != 1 }) {
            throw TensorError.invalidArgument(name: "at", reason: "axis \(wide) of shape \(shape) has size \(shape[wide]), not 1")
        }
        return Primitives.reshape(self, to: shape.indices.filter { !normal.contains($0) }.map { shape[$0] })
    }

    public func squeezingShape(at axes: Int...) throws -> Tensor { try squeezingShape(at: axes) }

    /// Indexes and slices the leading axes, one entry per axis from the first.
    public func indexed(_ indices: [Index]) throws -> Tensor {
        let region = try self.region(indices)
        let box = indices.count == 1
            ? Primitives.slice(self, rows: region.lower[0]..<(region.lower[0] + region.size[0]))
            : Primitives.crop(self, lower: region.lower, size: region.size)
        return box.shape == region.shape ? box : Primitives.reshape(box, to: region.shape)
    }

    /// The box `indices` select (its corner and size, one entry per axis) and the shape of what
    /// they select (the box without the indexed axes).
    func region(_ indices: [Index]) throws -> (lower: [Int], size: [Int], shape: [Int]) {
        guard indices.count <= rank else { throw TensorError.tooManyIndices(count: indices.count, rank: rank) }
        var lower = [Int](repeating: 0, count: rank)
        var size = shape
        var kept: [Int] = []
        for (axis, index) in indices.enumerated() {
            switch index {
            case .at(let position):
                guard position >= 0, position < shape[axis] else {
                    throw TensorError.indexOutOfRange(index: position, axis: axis, size: shape[axis])
                }
                (lower[axis], size[axis]) = (position, 1)
            case .range(let range):
                guard range.lowerBound >= 0, range.upperBound <= shape[axis] else {
                    let bad = range.lowerBound < 0 ? range.lowerBound : range.upperBound
                    throw TensorError.indexOutOfRange(index: bad, axis: axis, size: shape[axis])
                }
                (lower[axis], size[axis]) = (range.lowerBound, range.count)
                kept.append(range.count)
            }
        }
        return (lower, size, kept + Array(shape.dropFirst(indices.count)))
    }

    /// Indexes the leading axes: `t[i]` drops one axis, `t[i, j]` two.
    public subscript(_ indices: Int...) -> Tensor {
        get throws { try indexed(indices.map(Index.at)) }
    }

    /// The rows `range` of the first axis.
    public subscript(_ range: Range<Int>) -> Tensor {
        get throws {
            guard rank > 0 else { throw TensorError.tooManyIndices(count: 1, rank: 0) }
            return try indexed([.range(range)])
        }
    }

    /// The rows `range` of the first axis.
    public subscript(_ range: ClosedRange<Int>) -> Tensor {
        get throws {
            guard range.upperBound < Int.max else { throw TensorError.indexOutOfRange(index: range.upperBound, axis: 0, size: shape.first ?? 0) }
            return try self[range.lowerBound..<(range.upperBound + 1)]
        }
    }

    /// The rows at `indices` of the first axis, in that order.
    public func gathering(rows indices: [Int]) throws -> Tensor {
        guard rank > 0 else { throw TensorError.tooManyIndices(count: 1, rank: 0) }
        if let bad = indices.first(where: { $0 < 0 || $0 >= shape[0] }) {
            throw TensorError.indexOutOfRange(index: bad, axis: 0, size: shape[0])
        }
        return Primitives.gather(self, rows: indices)
    }

    /// `axis` in `0..<rank`, counting from the end when negative.
    static func normalizedAxis(_ axis: Int, rank: Int) throws -> Int {
        let normal = axis < 0 ? axis + rank : axis
        guard normal >= 0, normal < rank else { throw TensorError.invalidAxis(axis: axis, rank: rank) }
        return normal
    }
}
