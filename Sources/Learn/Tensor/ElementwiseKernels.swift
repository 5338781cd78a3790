/// Elementwise loops over flat storage, with broadcasting fast paths.
enum ElementwiseKernels {
    /// `op` applied to every element.
    @inline(__always)
    static func map(_ x: [Double], _ op: (Double) -> Double) -> [Double] {
        [Double](unsafeUninitializedCapacity: x.count) { out, count in
            x.withUnsafeBufferPointer { px in
                for i in 0..<px.count { out[i] = op(px[i]) }
            }
            count = x.count
        }
    }

    /// `op` applied pairwise to two equally long arrays.
    @inline(__always)
    static func zip(_ x: [Double], _ y: [Double], _ op: (Double, Double) -> Double) -> [Double] {
        [Double](unsafeUninitializedCapacity: x.count) { out, count in
            x.withUnsafeBufferPointer { px in
                y.withUnsafeBufferPointer { py in
                    for i in 0..<px.count { out[i] = op(px[i], py[i]) }
                }
            }
            count = x.count
        }
    }

    /// True when no value is NaN or infinite (`0 · x` is NaN exactly for those),
    /// checked four lanes at a time.
    static func allFinite(_ x: [Double]) -> Bool {
        x.withUnsafeBufferPointer { values in
            let base = MatrixKernels.base(values)
            var probe = SIMD4<Double>()
            var i = 0
            while i + 4 <= values.count {
                probe += MatrixKernels.load(base + i) * 0
                i += 4
            }
            var tail = 0.0
            while i < values.count {
                tail += base[i] * 0
                i += 1
            }
            return probe.sum() == 0 && tail == 0
        }
    }

    /// `op` applied to two tensors broadcast against each other.
    @inline(__always)
    static func broadcast(
        _ a: Tensor, _ b: Tensor, _ op: (Double, Double) -> Double
    ) throws -> Tensor {
        if a.shape == b.shape {
            return Tensor(uncheckedShape: a.shape, scalars: zip(a.scalars, b.scalars, op))
        }
        let shape = try Broadcasting.resultShape(a.shape, b.shape)
        _ = try TensorLimits.scalarCount(shape)
        if shape == a.shape, b.scalarCount == 1 {
            let s = b.scalars[0]
            return Tensor(uncheckedShape: shape, scalars: map(a.scalars) { op($0, s) })
        }
        if shape == b.shape, a.scalarCount == 1 {
            let s = a.scalars[0]
            return Tensor(uncheckedShape: shape, scalars: map(b.scalars) { op(s, $0) })
        }
        if shape == a.shape, isTrailingRow(b.shape, of: shape) {
            return Tensor(uncheckedShape: shape, scalars: rowWise(a.scalars, b.scalars, op))
        }
        let stridesA = Broadcasting.stretchedStrides(a.shape, to: shape)
        let stridesB = Broadcasting.stretchedStrides(b.shape, to: shape)
        let count = try TensorLimits.scalarCount(shape, reserving: false)
        let values = [Double](unsafeUninitializedCapacity: count) { out, written in
            a.scalars.withUnsafeBufferPointer { pa in
                b.scalars.withUnsafeBufferPointer { pb in
                    Broadcasting.forEachOffset(shape, stridesA, stridesB) { index, offsetA, offsetB in
                        out[index] = op(pa[offsetA], pb[offsetB])
                    }
                }
            }
            written = count
        }
        return Tensor(uncheckedShape: shape, scalars: values)
    }

    /// True when `small` (ignoring leading 1s) equals the last dimension of `shape`.
    private static func isTrailingRow(_ small: [Int], of shape: [Int]) -> Bool {
        guard let last = shape.last, small.last == last else { return false }
        return small.dropLast().allSatisfy { $0 == 1 }
    }

    /// `op(matrix[r, c], row[c])` for every row r.
    @inline(__always)
    private static func rowWise(_ matrix: [Double], _ row: [Double], _ op: (Double, Double) -> Double) -> [Double] {
        let width = row.count
        return [Double](unsafeUninitializedCapacity: matrix.count) { out, count in
            matrix.withUnsafeBufferPointer { pm in
                row.withUnsafeBufferPointer { pr in
                    var offset = 0
                    while offset < pm.count {
                        for c in 0..<width { out[offset + c] = op(pm[offset + c], pr[c]) }
                        offset += width
                    }
                }
            }
            count = matrix.count
        }
    }
}
