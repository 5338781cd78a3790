/// Data movement that changes the layout of a tensor.
enum ShapeKernels {
    /// The tensor with its axes in reverse order (a matrix transpose for rank 2).
    static func reversingAxes(_ x: Tensor) -> Tensor {
        guard x.rank >= 2 else { return x.detached }
        let shape = Array(x.shape.reversed())
        if x.rank == 2 {
            let (rows, columns) = (x.shape[0], x.shape[1])
            let values = [Double](unsafeUninitializedCapacity: x.scalarCount) { out, count in
                x.scalars.withUnsafeBufferPointer { px in
                    MatrixKernels.transpose(MatrixKernels.base(px), rows: rows, columns: columns,
                                            into: MatrixKernels.mutableBase(out))
                }
                count = x.scalarCount
            }
            return Tensor(uncheckedShape: shape, scalars: values)
        }
        let sourceStrides = Array(Broadcasting.strides(x.shape).reversed())
        let values = [Double](unsafeUninitializedCapacity: x.scalarCount) { out, count in
            x.scalars.withUnsafeBufferPointer { px in
                Broadcasting.forEachOffset(shape, sourceStrides, sourceStrides) { index, offset, _ in
                    out[index] = px[offset]
                }
            }
            count = x.scalarCount
        }
        return Tensor(uncheckedShape: shape, scalars: values)
    }
}

extension ShapeKernels {
    /// Calls `body(bigOffset, boxOffset, length)` for each contiguous run of the box of `box`
    /// elements at `lower` inside a row-major tensor of shape `big`, in row-major order of the
    /// box (whose own storage is dense, so `boxOffset` grows by each run's length).
    static func forEachRun(big: [Int], lower: [Int], box: [Int], _ body: (Int, Int, Int) -> Void) {
        guard !box.contains(0) else { return }
        guard !big.isEmpty else { body(0, 0, 1); return }
        var axis = big.count - 1
        while axis > 0, box[axis] == big[axis] { axis -= 1 }
        let strides = Broadcasting.strides(big)
        let run = box[axis...].reduce(1, *)
        let base = zip(lower, strides).reduce(0) { $0 + $1.0 * $1.1 }
        let outerStrides = Array(strides[..<axis])
        var boxOffset = 0
        Broadcasting.forEachOffset(Array(box[..<axis]), outerStrides, outerStrides) { _, offset, _ in
            body(base + offset, boxOffset, run)
            boxOffset += run
        }
    }

    /// The box of `size` elements at `lower` cut out of `x`.
    static func crop(_ x: [Double], shape: [Int], lower: [Int], size: [Int]) -> [Double] {
        let count = size.reduce(1, *)
        return [Double](unsafeUninitializedCapacity: count) { out, written in
            x.withUnsafeBufferPointer { source in
                forEachRun(big: shape, lower: lower, box: size) { from, to, length in
                    (out.baseAddress! + to).update(from: source.baseAddress! + from, count: length)
                }
            }
            written = count
        }
    }

    /// `x` (of shape `size`) placed at `lower` in a tensor of `shape` filled with `value`.
    static func pad(_ x: [Double], size: [Int], lower: [Int], shape: [Int], value: Double) -> [Double] {
        var out = [Double](repeating: value, count: shape.reduce(1, *))
        out.withUnsafeMutableBufferPointer { target in
            x.withUnsafeBufferPointer { source in
                forEachRun(big: shape, lower: lower, box: size) { to, from, length in
                    (target.baseAddress! + to).update(from: source.baseAddress! + from, count: length)
                }
            }
        }
        return out
    }

    /// The axes of `x` (shape `shape`) in the order `permutation` lists them.
    static func permute(_ x: [Double], shape: [Int], _ permutation: [Int]) -> [Double] {
        let strides = Broadcasting.strides(shape)
        let sourceStrides = permutation.map { strides[$0] }
        let outShape = permutation.map { shape[$0] }
        return [Double](unsafeUninitializedCapacity: x.count) { out, written in
            x.withUnsafeBufferPointer { source in
                Broadcasting.forEachOffset(outShape, sourceStrides, sourceStrides) { index, offset, _ in
                    out[index] = source[offset]
                }
            }
            written = x.count
        }
    }

    /// The tensors (equal shapes but along `axis`) joined along `axis`; `outer` is the product
    /// of the axes before it and `chunks[i]` the scalars of tensor `i` per outer index.
    static func concatenate(_ parts: [[Double]], chunks: [Int], outer: Int) -> [Double] {
        let row = chunks.reduce(0, +)
        return [Double](unsafeUninitializedCapacity: outer * row) { out, written in
            var start = 0
            for (part, chunk) in zip(parts, chunks) {
                part.withUnsafeBufferPointer { source in
                    for o in 0..<outer where chunk > 0 {
                        (out.baseAddress! + o * row + start).update(from: source.baseAddress! + o * chunk, count: chunk)
                    }
                }
                start += chunk
            }
            written = outer * row
        }
    }

    /// Part `index` of what `concatenate` joined: `chunks[index]` scalars per outer index.
    static func split(_ joined: [Double], chunks: [Int], index: Int, outer: Int) -> [Double] {
        let row = chunks.reduce(0, +), chunk = chunks[index]
        let start = chunks[..<index].reduce(0, +)
        return [Double](unsafeUninitializedCapacity: outer * chunk) { out, written in
            joined.withUnsafeBufferPointer { source in
                for o in 0..<outer where chunk > 0 {
                    (out.baseAddress! + o * chunk).update(from: source.baseAddress! + o * row + start, count: chunk)
                }
            }
            written = outer * chunk
        }
    }
}
