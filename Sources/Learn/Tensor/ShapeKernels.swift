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
