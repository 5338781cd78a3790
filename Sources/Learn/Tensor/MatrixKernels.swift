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
        guard k > 0 else { return }
        var i = 0
        while i + 4 <= m {
            var j = 0
            while j + 8 <= n {
                block4x8(i: i, j: j, n: n, k: k, a: a, rs: aRowStride, cs: aColumnStride, b: b, c: c)
                j += 8
            }
            if j < n {
                for row in i..<(i + 4) {
                    edgeRow(row: row, from: j, n: n, k: k, a: a, rs: aRowStride, cs: aColumnStride, b: b, c: c)
                }
            }
            i += 4
        }
        while i < m {
            edgeRow(row: i, from: 0, n: n, k: k, a: a, rs: aRowStride, cs: aColumnStride, b: b, c: c)
            i += 1
        }
    }

    @inline(__always)
    private static func block4x8(
        i: Int, j: Int, n: Int, k: Int,
        a: UnsafePointer<Double>, rs: Int, cs: Int,
        b: UnsafePointer<Double>, c: UnsafeMutablePointer<Double>
    ) {
        var c00 = Vector(), c01 = Vector(), c10 = Vector(), c11 = Vector()
        var c20 = Vector(), c21 = Vector(), c30 = Vector(), c31 = Vector()
        var pa = a + i * rs
        var pb = b + j
        for _ in 0..<k {
            let b0 = load(pb), b1 = load(pb + 4)
            let a0 = Vector(repeating: pa[0]), a1 = Vector(repeating: pa[rs])
            let a2 = Vector(repeating: pa[2 * rs]), a3 = Vector(repeating: pa[3 * rs])
            c00 += a0 * b0; c01 += a0 * b1
            c10 += a1 * b0; c11 += a1 * b1
            c20 += a2 * b0; c21 += a2 * b1
            c30 += a3 * b0; c31 += a3 * b1
            pa += cs
            pb += n
        }
        let pc = c + i * n + j
        add(c00, to: pc); add(c01, to: pc + 4)
        add(c10, to: pc + n); add(c11, to: pc + n + 4)
        add(c20, to: pc + 2 * n); add(c21, to: pc + 2 * n + 4)
        add(c30, to: pc + 3 * n); add(c31, to: pc + 3 * n + 4)
    }

    /// One row of C from column `from` on, in i-k-j order.
    private static func edgeRow(
        row: Int, from: Int, n: Int, k: Int,
        a: UnsafePointer<Double>, rs: Int, cs: Int,
        b: UnsafePointer<Double>, c: UnsafeMutablePointer<Double>
    ) {
        let pc = c + row * n
        for p in 0..<k {
            let av = a[row * rs + p * cs]
            let pb = b + p * n
            for j in from..<n { pc[j] += av * pb[j] }
        }
    }

    @inline(__always)
    private static func load(_ p: UnsafePointer<Double>) -> Vector {
        UnsafeRawPointer(p).loadUnaligned(as: Vector.self)
    }

    @inline(__always)
    private static func add(_ v: Vector, to p: UnsafeMutablePointer<Double>) {
        let sum = UnsafeRawPointer(p).loadUnaligned(as: Vector.self) + v
        UnsafeMutableRawPointer(p).storeBytes(of: sum, as: Vector.self)
    }

    /// Writes the transpose of the row-major `rows × columns` matrix `source` into `target`.
    static func transpose(
        _ source: UnsafePointer<Double>, rows: Int, columns: Int, into target: UnsafeMutablePointer<Double>
    ) {
        for r in 0..<rows {
            for col in 0..<columns { target[col * rows + r] = source[r * columns + col] }
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
