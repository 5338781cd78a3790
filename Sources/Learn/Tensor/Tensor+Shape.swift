/// Reshaping, transposing, indexing and slicing (all differentiable).
extension Tensor {
    /// The same scalars viewed with another shape; one dimension may be -1 (inferred).
    public func reshaped(to newShape: [Int]) throws -> Tensor {
        var resolved = newShape
        let unknown = newShape.indices.filter { newShape[$0] == -1 }
        guard unknown.count <= 1, newShape.allSatisfy({ $0 >= -1 }) else {
            throw TensorError.invalidShape(newShape)
        }
        if let slot = unknown.first {
            let known = try TensorLimits.scalarCount(newShape.filter { $0 != -1 })
            guard known > 0, scalarCount % known == 0 else {
                throw TensorError.reshapeMismatch(from: shape, to: newShape)
            }
            resolved[slot] = scalarCount / known
        }
        guard try TensorLimits.scalarCount(resolved) == scalarCount else {
            throw TensorError.reshapeMismatch(from: shape, to: newShape)
        }
        return Primitives.reshape(self, to: resolved)
    }

    /// A rank-1 tensor of all scalars.
    public func flattened() -> Tensor { Primitives.reshape(self, to: [scalarCount]) }

    /// The axes in reverse order (the matrix transpose for rank 2).
    public func transposed() -> Tensor { Primitives.transpose(self) }

    /// Indexes the leading axes: `t[i]` drops one axis, `t[i, j]` two.
    public subscript(_ indices: Int...) -> Tensor {
        get throws {
            guard indices.count <= rank else { throw TensorError.tooManyIndices(count: indices.count, rank: rank) }
            var result = self
            for (axis, index) in indices.enumerated() {
                let size = result.shape[0]
                guard index >= 0, index < size else {
                    throw TensorError.indexOutOfRange(index: index, axis: axis, size: size)
                }
                result = Primitives.reshape(Primitives.slice(result, rows: index..<(index + 1)),
                                            to: Array(result.shape.dropFirst()))
            }
            return result
        }
    }

    /// The rows `range` of the first axis.
    public subscript(_ range: Range<Int>) -> Tensor {
        get throws {
            guard rank > 0 else { throw TensorError.tooManyIndices(count: 1, rank: 0) }
            guard range.lowerBound >= 0, range.upperBound <= shape[0] else {
                let bad = range.lowerBound < 0 ? range.lowerBound : range.upperBound
                throw TensorError.indexOutOfRange(index: bad, axis: 0, size: shape[0])
            }
            return Primitives.slice(self, rows: range)
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
}
