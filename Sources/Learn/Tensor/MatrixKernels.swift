import LearnKernels

/// Matrix products, transposes and column sums on flat row-major storage
/// (no per-element allocation, no bounds checks in the loops).
enum MatrixKernels {
    typealias Vector = SIMD4<Double>

    /// `C[m, n] (+)= A[m, k] · B[k, n]` through the fastest kernel this CPU runs.
    static func gemm(
        m: Int, n: Int, k: Int,
        a: UnsafePointer<Double>, aRowStride: Int, aColumnStride: Int,
        b: UnsafePointer<Double>,
        c: UnsafeMutablePointer<Double>, accumulate: Bool
    ) {
        if CPUFeatures.usesFusedKernels {
            LearnKernels.GemmKernel.gemm(m: m, n: n, k: k, a: a, aRowStride: aRowStride, aColumnStride: aColumnStride,
                                         b: b, c: c, accumulate: accumulate)
        } else {
            GemmKernel.gemm(m: m, n: n, k: k, a: a, aRowStride: aRowStride, aColumnStride: aColumnStride,
                            b: b, c: c, accumulate: accumulate)
        }
    }

    @inline(__always)
    static func load(_ p: UnsafePointer<Double>) -> Vector {
        UnsafeRawPointer(p).loadUnaligned(as: Vector.self)
    }

    /// Writes the transpose of the row-major `rows × columns` matrix `source`
    /// into `target`, in 8 × 8 tiles so reads and writes both stay in cache.
    static func transpose(
        _ source: UnsafePointer<Double>, rows: Int, columns: Int, into target: UnsafeMutablePointer<Double>
    ) {
        let tile = 8
        for rowStart in stride(from: 0, to: rows, by: tile) {
            let rowEnd = min(rowStart + tile, rows)
            for columnStart in stride(from: 0, to: columns, by: tile) {
                let columnEnd = min(columnStart + tile, columns)
                for r in rowStart..<rowEnd {
                    for col in columnStart..<columnEnd { target[col * rows + r] = source[r * columns + col] }
                }
            }
        }
    }

    /// The sums of the columns of a row-major `rows × columns` matrix.
    static func columnSums(_ source: [Double], rows: Int, columns: Int) -> [Double] {
        var sums = [Double](repeating: 0, count: columns)
        source.withUnsafeBufferPointer { px in
            sums.withUnsafeMutableBufferPointer { ps in
                let input = base(px), output = mutableBase(ps)
                var c = 0
                while c + 4 <= columns {
                    var total = Vector()
                    for row in 0..<rows { total += load(input + row * columns + c) }
                    UnsafeMutableRawPointer(output + c).storeBytes(of: total, as: Vector.self)
                    c += 4
                }
                while c < columns {
                    var total = 0.0
                    for row in 0..<rows { total += input[row * columns + c] }
                    output[c] = total
                    c += 1
                }
            }
        }
        return sums
    }

    /// `A · B` for row-major flat matrices.
    static func multiply(_ a: [Double], _ b: [Double], m: Int, k: Int, n: Int) -> [Double] {
        [Double](unsafeUninitializedCapacity: m * n) { out, count in
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    gemm(m: m, n: n, k: k, a: base(pa), aRowStride: k, aColumnStride: 1,
                         b: base(pb), c: mutableBase(out), accumulate: false)
                }
            }
            count = m * n
        }
    }

    /// `Aᵀ · B` where A is `k × m` and B is `k × n` (no transpose is materialised).
    static func multiplyTransposingLeft(_ a: [Double], _ b: [Double], k: Int, m: Int, n: Int) -> [Double] {
        [Double](unsafeUninitializedCapacity: m * n) { out, count in
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    gemm(m: m, n: n, k: k, a: base(pa), aRowStride: 1, aColumnStride: m,
                         b: base(pb), c: mutableBase(out), accumulate: false)
                }
            }
            count = m * n
        }
    }

    /// `A · Bᵀ` where A is `m × k` and B is `n × k` (B is transposed into scratch space once).
    static func multiplyTransposingRight(_ a: [Double], _ b: [Double], m: Int, k: Int, n: Int) -> [Double] {
        let bT = [Double](unsafeUninitializedCapacity: n * k) { out, count in
            b.withUnsafeBufferPointer { pb in transpose(base(pb), rows: n, columns: k, into: mutableBase(out)) }
            count = n * k
        }
        return multiply(a, bT, m: m, k: k, n: n)
    }

    /// A usable pointer even for empty buffers (loops never read it then).
    @inline(__always)
    static func base(_ buffer: UnsafeBufferPointer<Double>) -> UnsafePointer<Double> {
        buffer.baseAddress ?? emptyPointer
    }

    @inline(__always)
    static func mutableBase(_ buffer: UnsafeMutableBufferPointer<Double>) -> UnsafeMutablePointer<Double> {
        buffer.baseAddress ?? scratchPointer
    }

    nonisolated(unsafe) private static let scratchPointer = UnsafeMutablePointer<Double>.allocate(capacity: 1)
    private static var emptyPointer: UnsafePointer<Double> { UnsafePointer(scratchPointer) }
}
