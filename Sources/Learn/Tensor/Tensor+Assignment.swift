/// Setting elements: `t[i, j] = v`, `t[0..<2] = other` (LANGUAGE.md section 7).
extension Tensor {
    /// Replaces the elements `indices` select (as `indexed(_:)` reads them) with `value`,
    /// broadcast to their shape. Untracked tensors are written in place (copying the storage
    /// only if it is shared); while differentiating, the result records that the replaced
    /// elements' gradient goes to `value` and the others' to the tensor before the assignment.
    public mutating func assign(_ value: Tensor, at indices: [Index]) throws {
        let region = try self.region(indices)
        guard (try? Broadcasting.resultShape(value.shape, region.shape)) == region.shape else {
            throw TensorError.assignmentMismatch(value: value.shape, target: region.shape)
        }
        let filler = ReductionKernels.expand(value.detached, to: region.shape)
        if node == nil, value.node == nil {
            probabilityOrigin = nil
            scalars.withUnsafeMutableBufferPointer { target in
                filler.scalars.withUnsafeBufferPointer { source in
                    ShapeKernels.forEachRun(big: shape, lower: region.lower, box: region.size) { to, from, length in
                        (target.baseAddress! + to).update(from: source.baseAddress! + from, count: length)
                    }
                }
            }
            return
        }
        self = Primitives.replace(self, lower: region.lower, size: region.size, with: value, filler: filler)
    }

    /// Replaces one element (all indices given) with a number: an untracked tensor is written at
    /// the element's offset, in O(1) when its storage is not shared.
    public mutating func assign(_ value: Double, at indices: [Int]) throws {
        guard node == nil, indices.count == rank else {
            try assign(Tensor(value), at: indices.map(Index.at))
            return
        }
        var offset = 0
        for (axis, position) in indices.enumerated() {
            guard position >= 0, position < shape[axis] else {
                throw TensorError.indexOutOfRange(index: position, axis: axis, size: shape[axis])
            }
            offset = offset * shape[axis] + position
        }
        probabilityOrigin = nil
        scalars[offset] = value
    }
}

extension Primitives {
    /// `x` with its box at `lower` of `size` replaced by `filler` (`value` broadcast to the box's
    /// selected shape): the gradient of the box goes to `value` (summed over the broadcast),
    /// the rest to `x`.
    static func replace(_ x: Tensor, lower: [Int], size: [Int], with value: Tensor, filler: Tensor) -> Tensor {
        var scalars = x.scalars
        scalars.withUnsafeMutableBufferPointer { target in
            filler.scalars.withUnsafeBufferPointer { source in
                ShapeKernels.forEachRun(big: x.shape, lower: lower, box: size) { to, from, length in
                    (target.baseAddress! + to).update(from: source.baseAddress! + from, count: length)
                }
            }
        }
        let result = Tensor(uncheckedShape: x.shape, scalars: scalars)
        return Tensor.record(result, inputs: [x, value]) { g in
            let kept = x.node == nil ? nil : Tensor(uncheckedShape: x.shape, scalars: Self.zeroing(g.scalars, shape: x.shape, lower: lower, size: size))
            let inside = value.node == nil ? nil : ReductionKernels.sum(
                Tensor(uncheckedShape: filler.shape, scalars: ShapeKernels.crop(g.scalars, shape: x.shape, lower: lower, size: size)),
                toShape: value.shape)
            return [kept, inside]
        }
    }

    /// `g` with the box at `lower` of `size` set to zero.
    private static func zeroing(_ g: [Double], shape: [Int], lower: [Int], size: [Int]) -> [Double] {
        var out = g
        out.withUnsafeMutableBufferPointer { target in
            ShapeKernels.forEachRun(big: shape, lower: lower, box: size) { to, _, length in
                (target.baseAddress! + to).update(repeating: 0, count: length)
            }
        }
        return out
    }
}
