import Platform
import LearnKernels
import LearnKernelsAVX512

/// Matrix products, transposes and column sums on flat row-major storage
/// (no per-element allocation, no bounds checks in the loops).
enum MatrixKernels {
    typealias Vector = SIMD4<Double>

    /// `C[m, n] = base + A[m, k] · B[k, n]` through the fastest kernel this CPU
    /// runs; the base is C with `accumulate`, else `rowBias` on every row, else 0;
    /// `rectify` applies ReLU to the result, `positiveMask` zeroes it where the
    /// mask is not positive (see `GemmKernel.gemm`). Products of more than
    /// `interruptibleWork` multiply-adds stop early when the running cell is
    /// interrupted, leaving C incomplete: whoever owns the result then calls
    /// `Interrupt.check()` (see `Platform.Interrupt`).
    static func gemm(
        m: Int, n: Int, k: Int,
        a: UnsafePointer<Double>, aRowStride: Int, aColumnStride: Int,
        b: UnsafePointer<Double>,
        c: UnsafeMutablePointer<Double>, accumulate: Bool,
        rowBias: UnsafePointer<Double>? = nil, rectify: Bool = false, positiveMask: UnsafePointer<Double>? = nil
    ) {
        let large = Double(m) * Double(n) * Double(Swift.max(k, 1)) >= Double(interruptibleWork)
        let stop: (() -> Bool)? = large ? { Interrupt.isRequested } : nil
        switch CPUFeatures.kernelBuild {
        case .avx512:
            LearnKernelsAVX512.GemmKernel.gemm(m: m, n: n, k: k, a: a, aRowStride: aRowStride, aColumnStride: aColumnStride,
                                               b: b, c: c, accumulate: accumulate, rowBias: rowBias, rectify: rectify, positiveMask: positiveMask,
                                               shouldStop: stop)
        case .avx2:
            LearnKernels.GemmKernel.gemm(m: m, n: n, k: k, a: a, aRowStride: aRowStride, aColumnStride: aColumnStride,
                                         b: b, c: c, accumulate: accumulate, rowBias: rowBias, rectify: rectify, positiveMask: positiveMask,
                                         shouldStop: stop)
        case .baseline:
            GemmKernel.gemm(m: m, n: n, k: k, a: a, aRowStride: aRowStride, aColumnStride: aColumnStride,
                            b: b, c: c, accumulate: accumulate, rowBias: rowBias, rectify: rectify, positiveMask: positiveMask,
                            shouldStop: stop)
        }
    }

    /// Multiply-adds above which a product polls for interrupts (about a millisecond of work).
    static let interruptibleWork = 1 << 22

    @inline(__always)
    static func load(_ p: UnsafePointer<Double>) -> Vector {
        UnsafeRawPointer(p).loadUnaligned(as: Vector.self)
    }

    /// Writes the transpose of the row-major `rows × columns` matrix `source`
    /// into `target`, in 4 × 4 blocks: four vector loads along source rows,
    /// four vector stores along target rows.
    static func transpose(
        _ source: UnsafePointer<Double>, rows: Int, columns: Int, into target: UnsafeMutablePointer<Double>
    ) {
        var r = 0
        while r + 4 <= rows {
            var col = 0
            while col + 4 <= columns {
                let s = source + (r &* columns &+ col)
                let v0 = load(s), v1 = load(s + columns), v2 = load(s + 2 &* columns), v3 = load(s + 3 &* columns)
                let t = target + (col &* rows &+ r)
                store(Vector(v0[0], v1[0], v2[0], v3[0]), at: t)
                store(Vector(v0[1], v1[1], v2[1], v3[1]), at: t + rows)
                store(Vector(v0[2], v1[2], v2[2], v3[2]), at: t + 2 &* rows)
                store(Vector(v0[3], v1[3], v2[3], v3[3]), at: t + 3 &* rows)
                col &+= 4
            }
            while col < columns {
                for i in 0..<4 { target[col &* rows &+ r &+ i] = source[(r &+ i) &* columns &+ col] }
                col &+= 1
            }
            r &+= 4
        }
        while r < rows {
            for col in 0..<columns { target[col &* rows &+ r] = source[r &* columns &+ col] }
            r &+= 1
        }
    }

    @inline(__always)
    static func store(_ v: Vector, at p: UnsafeMutablePointer<Double>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: Vector.self)
    }

    /// The sums of the columns of a row-major `rows × columns` matrix.
    static func columnSums(_ source: [Double], rows: Int, columns: Int) -> [Double] {
        var sums = [Double](repeating: 0, count: columns)
        source.withUnsafeBufferPointer { px in
            sums.withUnsafeMutableBufferPointer { ps in
                columnSums(base(px), rows: rows, columns: columns, into: mutableBase(ps))
            }
        }
        return sums
    }

    /// Writes the sums of the columns of `input` (row-major `rows × columns`)
    /// into `output` (each column summed row by row, top to bottom).
    static func columnSums(_ input: UnsafePointer<Double>, rows: Int, columns: Int, into output: UnsafeMutablePointer<Double>) {
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
