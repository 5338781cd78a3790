/// The matrix-multiply micro-kernel: `C[m, n] (+)= A[m, k] · B[k, n]`, A read
/// through strides (a transposed A costs nothing), B contiguous.
///
/// A 4 × 8 register-blocked kernel over `SIMD4<Double>` (4 × 4 on baseline
/// x86-64, whose sixteen 128-bit registers would spill the wider block): per
/// step of k it loads one strip of B, broadcasts four values of A and
/// multiply-adds, keeping the partial sums in registers for the whole k loop.
///
/// This file is compiled twice: in `Learn` for the baseline CPU, and (through
/// a symbolic link) in `LearnKernels` with `-target-cpu haswell -D LEARN_FMA`,
/// where the multiply-adds are fused. `MatrixKernels` picks one at run time.
package enum GemmKernel {
    typealias Vector = SIMD4<Double>

    /// - Complexity: O(m · n · k).
    package static func gemm(
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
                if n - j >= 8 && wideBlocks {
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

    /// Whether 4 × 8 blocks fit in the registers: with AVX (16 256-bit
    /// registers) they do; with baseline SSE2 each `SIMD4` takes two of the
    /// sixteen 128-bit registers, so 4 × 4 blocks avoid spilling.
    #if LEARN_FMA
    private static let wideBlocks = true
    #else
    private static let wideBlocks = false
    #endif

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
    private static func madd(_ accumulator: inout Vector, _ a: Vector, _ b: Vector) {
        #if LEARN_FMA
        accumulator.addProduct(a, b)
        #else
        accumulator += a * b
        #endif
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
}
