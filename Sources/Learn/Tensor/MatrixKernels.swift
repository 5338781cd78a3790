/// Matrix multiplication loops on raw buffers (no allocation, no bounds checks).
///
/// `C[m, n] (+)= A[m, k] · B[k, n]` where A is read through strides (so a
/// transposed A costs nothing) and B is contiguous. The core is a 4 × 8
/// register-blocked micro-kernel over `SIMD4<Double>`: per step of k it loads
/// one 8-wide strip of B, broadcasts four values of A and does eight
/// multiply-adds, keeping the 32 partial sums in registers for the whole k loop.
enum MatrixKernels {
    typealias Vector = SIMD4<Double>

    /// - Complexity: O(m · n · k).
    static func gemm(
        m: Int, n: Int, k: Int,
        a: UnsafePointer<Double>, aRowStride: Int, aColumnStride: Int,
        b: UnsafePointer<Double>,
        c: UnsafeMutablePointer<Double>, accumulate: Bool
    ) {
        if !accumulate { c.update(repeating: 0, count: m * n) }
        guard k > 0, m > 0, n > 0 else { return }
        if n % 4 != 0 {
            paddedGemm(m: m, n: n, k: k, a: a, aRowStride: aRowStride, aColumnStride: aColumnStride, b: b, c: c)
            return
        }
        let operands = Operands(a: a, rs: aRowStride, cs: aColumnStride, b: b, c: c, n: n, k: k)
        var i = 0
        while i < m {
            let rows = m - i >= 4 ? 4 : 1
            var j = 0
            while j < n {
                if n - j >= 8 {
                    if rows == 4 { operands.block4x8(i, j) } else { operands.block1x8(i, j) }
                    j += 8
                } else {
                    if rows == 4 { operands.block4x4(i, j) } else { operands.block1x4(i, j) }
                    j += 4
                }
            }
            i += rows
        }
    }

    /// For widths that are not a multiple of 4: B and C are copied into
    /// scratch matrices padded with zero columns, so every block is full width.
    private static func paddedGemm(
        m: Int, n: Int, k: Int, a: UnsafePointer<Double>, aRowStride: Int, aColumnStride: Int,
        b: UnsafePointer<Double>, c: UnsafeMutablePointer<Double>
    ) {
        let wide = (n + 3) / 4 * 4
        let paddedB = UnsafeMutablePointer<Double>.allocate(capacity: k * wide)
        let paddedC = UnsafeMutablePointer<Double>.allocate(capacity: m * wide)
        defer {
            paddedB.deallocate()
            paddedC.deallocate()
        }
        paddedB.initialize(repeating: 0, count: k * wide)
        paddedC.initialize(repeating: 0, count: m * wide)
        for p in 0..<k { (paddedB + p * wide).update(from: b + p * n, count: n) }
        for row in 0..<m { (paddedC + row * wide).update(from: c + row * n, count: n) }
        gemm(m: m, n: wide, k: k, a: a, aRowStride: aRowStride, aColumnStride: aColumnStride,
             b: paddedB, c: paddedC, accumulate: true)
        for row in 0..<m { (c + row * n).update(from: paddedC + row * wide, count: n) }
    }

    /// The pointers and strides one product works on, and its micro-kernels:
    /// each keeps a block of C in registers for the whole k loop.
    private struct Operands {
        let a: UnsafePointer<Double>
        let rs: Int
        let cs: Int
        let b: UnsafePointer<Double>
        let c: UnsafeMutablePointer<Double>
        let n: Int
        let k: Int

        @inline(__always)
        func block4x8(_ i: Int, _ j: Int) {
            var c00 = Vector(), c01 = Vector(), c10 = Vector(), c11 = Vector()
            var c20 = Vector(), c21 = Vector(), c30 = Vector(), c31 = Vector()
            var pa = a + i * rs
            var pb = b + j
            for _ in 0..<k {
                let b0 = load(pb), b1 = load(pb + 4)
                let a0 = Vector(repeating: pa[0]), a1 = Vector(repeating: pa[rs])
                let a2 = Vector(repeating: pa[2 * rs]), a3 = Vector(repeating: pa[3 * rs])
                madd(&c00, a0, b0); madd(&c01, a0, b1)
                madd(&c10, a1, b0); madd(&c11, a1, b1)
                madd(&c20, a2, b0); madd(&c21, a2, b1)
                madd(&c30, a3, b0); madd(&c31, a3, b1)
                pa += cs
                pb += n
            }
            let pc = c + i * n + j
            add(c00, to: pc); add(c01, to: pc + 4)
            add(c10, to: pc + n); add(c11, to: pc + n + 4)
            add(c20, to: pc + 2 * n); add(c21, to: pc + 2 * n + 4)
            add(c30, to: pc + 3 * n); add(c31, to: pc + 3 * n + 4)
        }

        @inline(__always)
        func block4x4(_ i: Int, _ j: Int) {
            var c0 = Vector(), c1 = Vector(), c2 = Vector(), c3 = Vector()
            var pa = a + i * rs
            var pb = b + j
            for _ in 0..<k {
                let b0 = load(pb)
                madd(&c0, Vector(repeating: pa[0]), b0)
                madd(&c1, Vector(repeating: pa[rs]), b0)
                madd(&c2, Vector(repeating: pa[2 * rs]), b0)
                madd(&c3, Vector(repeating: pa[3 * rs]), b0)
                pa += cs
                pb += n
            }
            let pc = c + i * n + j
            add(c0, to: pc); add(c1, to: pc + n); add(c2, to: pc + 2 * n); add(c3, to: pc + 3 * n)
        }

        @inline(__always)
        func block1x8(_ i: Int, _ j: Int) {
            var c0 = Vector(), c1 = Vector()
            var pa = a + i * rs
            var pb = b + j
            for _ in 0..<k {
                let a0 = Vector(repeating: pa[0])
                madd(&c0, a0, load(pb))
                madd(&c1, a0, load(pb + 4))
                pa += cs
                pb += n
            }
            let pc = c + i * n + j
            add(c0, to: pc); add(c1, to: pc + 4)
        }

        @inline(__always)
        func block1x4(_ i: Int, _ j: Int) {
            var c0 = Vector()
            var pa = a + i * rs
            var pb = b + j
            for _ in 0..<k {
                madd(&c0, Vector(repeating: pa[0]), load(pb))
                pa += cs
                pb += n
            }
            add(c0, to: c + i * n + j)
        }
    }

    /// `accumulator += a · b`, fused into one instruction when built with
    /// `-D LEARN_FMA` (only for CPUs with FMA, e.g. `-target-cpu haswell`;
    /// elsewhere a fused multiply-add would be a slow library call).
    @inline(__always)
    fileprivate static func madd(_ accumulator: inout Vector, _ a: Vector, _ b: Vector) {
        #if LEARN_FMA
        accumulator.addProduct(a, b)
        #else
        accumulator += a * b
        #endif
    }

    @inline(__always)
    fileprivate static func load(_ p: UnsafePointer<Double>) -> Vector {
        UnsafeRawPointer(p).loadUnaligned(as: Vector.self)
    }

    @inline(__always)
    fileprivate static func add(_ v: Vector, to p: UnsafeMutablePointer<Double>) {
        let sum = UnsafeRawPointer(p).loadUnaligned(as: Vector.self) + v
        UnsafeMutableRawPointer(p).storeBytes(of: sum, as: Vector.self)
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
