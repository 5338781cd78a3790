/// The matrix-multiply micro-kernel: `C[m, n] (+)= A[m, k] · B[k, n]`, A read
/// through strides (a transposed A costs nothing), B contiguous.
///
/// A register-blocked kernel over SIMD vectors of `lanes` doubles: blocks of
/// 4 rows × 4 vectors with AVX-512, 4 rows × 2 vectors with AVX2 (4 rows × 1
/// vector on baseline x86-64, whose sixteen 128-bit registers would spill the
/// wider block). Per step of k it loads one strip of B, broadcasts four values
/// of A and multiply-adds, keeping the partial sums in registers for the k
/// loop. A long k is cut into chunks whose rows of B stay in the L1 cache
/// while every block of rows reads them (C keeps the partial sums in between).
///
/// This file is compiled three times: in `Learn` for the baseline CPU, and
/// (through symbolic links) in `LearnKernels` with `-target-cpu haswell
/// -D LEARN_FMA` (fused multiply-adds on 4-lane vectors) and in
/// `LearnKernelsAVX512` with `-D LEARN_AVX512` too (8-lane vectors).
/// `MatrixKernels` picks one at run time.
package enum GemmKernel {
    #if LEARN_AVX512
    typealias Vector = SIMD8<Double>
    #else
    typealias Vector = SIMD4<Double>
    #endif
    private static let lanes = Vector.scalarCount

    /// `C = base + A · B`, then `max(·, 0)` with `rectify`, where the base is
    /// C itself with `accumulate`, else the row `rowBias` (`[n]`) repeated, else 0;
    /// with `positiveMask` (`[m, n]` like C), each element of C is kept only
    /// where the mask's is positive, else 0 (the gradient through a ReLU).
    /// Each element's products are summed in order of p from zero in a
    /// register and added to the base once, however the loops are blocked
    /// (between chunks of k the running sum waits in C, exactly).
    /// `shouldStop` is asked every few register blocks; when it says yes the
    /// product stops there, C incomplete (the caller must not use it).
    ///
    /// - Complexity: O(m · n · k).
    package static func gemm(
        m: Int, n: Int, k: Int,
        a: UnsafePointer<Double>, aRowStride: Int, aColumnStride: Int,
        b: UnsafePointer<Double>,
        c: UnsafeMutablePointer<Double>, accumulate: Bool,
        rowBias: UnsafePointer<Double>? = nil, rectify: Bool = false, positiveMask: UnsafePointer<Double>? = nil,
        shouldStop: (() -> Bool)? = nil
    ) {
        guard m > 0, n > 0 else { return }
        let epilogue = Epilogue(accumulate: accumulate, bias: rowBias, rectify: rectify, mask: positiveMask)
        if k <= 0 {
            for i in 0..<m {
                for j in 0..<n {
                    let o = i * n + j
                    c[o] = epilogue.finished(accumulate ? c[o] : rowBias?[j] ?? 0, offset: o)
                }
            }
            return
        }
        if n % lanes != 0 {
            paddedGemm(m: m, n: n, k: k, a: a, aRowStride: aRowStride, aColumnStride: aColumnStride, b: b, c: c,
                       epilogue: epilogue, shouldStop: shouldStop)
            return
        }
        var operands = Operands(a: a, rs: aRowStride, cs: aColumnStride, b: b, c: c, n: n, k: k, epilogue: epilogue)
        // Products onto a base of their own are cut along k into chunks whose rows of B stay in the
        // L1 cache while every block of rows uses them; C holds the partial sums between chunks.
        let chunk = accumulate || m <= 4 ? k : kChunk(n: n, k: k)
        var blocks = 0
        while operands.start < k {
            operands.count = Swift.min(chunk, k - operands.start)
            var i = 0
            while i < m {
                let rows = m - i >= 4 ? 4 : 1
                var j = 0
                while j < n {
                    // Asked every 16 blocks: a block's k loop is short, a whole row of blocks is not
                    // (it streams all of B, ~100 ms for a 2500-wide product on a busy machine).
                    if blocks & 15 == 0, let shouldStop, shouldStop() { return }
                    blocks &+= 1
                    if n - j >= 4 * lanes && widestBlocks {
                        if rows == 4 { operands.block4x4(i, j) } else { operands.block1x2(i, j); operands.block1x2(i, j + 2 * lanes) }
                        j += 4 * lanes
                    } else if n - j >= 2 * lanes && wideBlocks {
                        if rows == 4 { operands.block4x2(i, j) } else { operands.block1x2(i, j) }
                        j += 2 * lanes
                    } else {
                        if rows == 4 { operands.block4x1(i, j) } else { operands.block1x1(i, j) }
                        j += lanes
                    }
                }
                i += rows
            }
            operands.start += operands.count
        }
    }

    /// The length along k of the chunks of B (`chunk × n` doubles): about 24 KB each, half of a
    /// typical L1 data cache, leaving room for the rows of A and the block of C; all of k when B
    /// is at most twice that, else k cut evenly.
    private static func kChunk(n: Int, k: Int) -> Int {
        let most = Swift.max(16, 3072 / Swift.max(n, 1))
        guard k > 2 * most else { return k }
        let chunks = (k + most - 1) / most
        return (k + chunks - 1) / chunks
    }

    /// What is done with a finished block of sums before it is stored.
    private struct Epilogue {
        let accumulate: Bool
        let bias: UnsafePointer<Double>?
        let rectify: Bool
        let mask: UnsafePointer<Double>?

        /// Stores `base + sums` (rectified and masked if asked) at element
        /// `offset` of C, in column `j`.
        @inline(__always)
        func store(_ sums: Vector, into c: UnsafeMutablePointer<Double>, offset: Int, column j: Int) {
            let p = c + offset
            var value = sums
            if accumulate {
                value = load(p) + value
            } else if let bias {
                value = load(bias + j) + value
            }
            if rectify { value = value.replacing(with: Vector(), where: .!(value .> Vector())) }
            if let mask { value = value.replacing(with: Vector(), where: .!(load(mask + offset) .> Vector())) }
            UnsafeMutableRawPointer(p).storeBytes(of: value, as: Vector.self)
        }

        /// One finished element, rectified and masked if asked.
        @inline(__always)
        func finished(_ x: Double, offset: Int) -> Double {
            let kept = rectify ? (x > 0 ? x : 0) : x
            guard let mask else { return kept }
            return mask[offset] > 0 ? kept : 0
        }
    }

    /// Whether blocks of 4 rows × 2 vectors fit in the registers: with AVX
    /// (16 256-bit registers) or AVX-512 (32) they do; with baseline SSE2 each
    /// `SIMD4` takes two of the sixteen 128-bit registers, so 4 rows × 1 vector.
    #if LEARN_FMA
    private static let wideBlocks = true
    #else
    private static let wideBlocks = false
    #endif
    /// Whether blocks of 4 rows × 4 vectors (16 accumulators) fit: only in AVX-512's 32 registers.
    #if LEARN_AVX512
    private static let widestBlocks = true
    #else
    private static let widestBlocks = false
    #endif

    /// For widths that are not a multiple of `lanes`: B and C are copied into
    /// scratch matrices padded with zero columns (C's rows starting from the
    /// base), so every block is full width.
    private static func paddedGemm(
        m: Int, n: Int, k: Int, a: UnsafePointer<Double>, aRowStride: Int, aColumnStride: Int,
        b: UnsafePointer<Double>, c: UnsafeMutablePointer<Double>, epilogue: Epilogue, shouldStop: (() -> Bool)?
    ) {
        let wide = (n + lanes - 1) / lanes * lanes
        withUnsafeTemporaryAllocation(of: Double.self, capacity: k * wide + m * wide) { scratch in
            guard let paddedB = scratch.baseAddress else { return }
            let paddedC = paddedB + k * wide
            paddedB.initialize(repeating: 0, count: k * wide + m * wide)
            for p in 0..<k { (paddedB + p * wide).update(from: b + p * n, count: n) }
            if epilogue.accumulate {
                for row in 0..<m { (paddedC + row * wide).update(from: c + row * n, count: n) }
            } else if let bias = epilogue.bias {
                for row in 0..<m { (paddedC + row * wide).update(from: bias, count: n) }
            }
            gemm(m: m, n: wide, k: k, a: a, aRowStride: aRowStride, aColumnStride: aColumnStride,
                 b: paddedB, c: paddedC, accumulate: true, rectify: epilogue.rectify, shouldStop: shouldStop)
            if let shouldStop, shouldStop() { return }  // stopped: C is not used, so not copied back
            guard epilogue.mask != nil else {
                for row in 0..<m { (c + row * n).update(from: paddedC + row * wide, count: n) }
                return
            }
            for row in 0..<m {
                for j in 0..<n { c[row * n + j] = epilogue.finished(paddedC[row * wide + j], offset: row * n + j) }
            }
        }
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
        let epilogue: Epilogue
        /// The chunk of k the blocks sum over now: `start ..< start + count`.
        var start = 0
        var count = 0

        /// The sums row `i`, columns `j ..< j + lanes` start from: zero in the first chunk of k,
        /// else the partial sums the previous chunk left in C.
        @inline(__always)
        func initial(_ i: Int, _ j: Int) -> Vector {
            start == 0 ? Vector() : load(c + i * n + j)
        }

        /// Hands the sums of row `i`, columns `j ..< j + lanes` to the epilogue after the last
        /// chunk of k; before it, stores them as they are.
        @inline(__always)
        func finish(_ sums: Vector, _ i: Int, _ j: Int) {
            if start + count == k {
                epilogue.store(sums, into: c, offset: i * n + j, column: j)
            } else {
                UnsafeMutableRawPointer(c + i * n + j).storeBytes(of: sums, as: Vector.self)
            }
        }

        /// A's element in the block's first row, at the chunk's first column.
        @inline(__always)
        func firstA(_ i: Int) -> UnsafePointer<Double> { a + i * rs + start * cs }

        /// B's element at the chunk's first row, in column `j`.
        @inline(__always)
        func firstB(_ j: Int) -> UnsafePointer<Double> { b + j + start * n }

        @inline(__always)
        func block4x2(_ i: Int, _ j: Int) {
            let j1 = j + GemmKernel.lanes
            var c00 = initial(i, j), c01 = initial(i, j1), c10 = initial(i + 1, j), c11 = initial(i + 1, j1)
            var c20 = initial(i + 2, j), c21 = initial(i + 2, j1), c30 = initial(i + 3, j), c31 = initial(i + 3, j1)
            var pa = firstA(i)
            var pb = firstB(j)
            for _ in 0..<count {
                let b0 = load(pb), b1 = load(pb + GemmKernel.lanes)
                let a0 = Vector(repeating: pa[0]), a1 = Vector(repeating: pa[rs])
                let a2 = Vector(repeating: pa[2 * rs]), a3 = Vector(repeating: pa[3 * rs])
                madd(&c00, a0, b0); madd(&c01, a0, b1)
                madd(&c10, a1, b0); madd(&c11, a1, b1)
                madd(&c20, a2, b0); madd(&c21, a2, b1)
                madd(&c30, a3, b0); madd(&c31, a3, b1)
                pa += cs
                pb += n
            }
            finish(c00, i, j); finish(c01, i, j1)
            finish(c10, i + 1, j); finish(c11, i + 1, j1)
            finish(c20, i + 2, j); finish(c21, i + 2, j1)
            finish(c30, i + 3, j); finish(c31, i + 3, j1)
        }

        /// Four rows × four vectors: sixteen accumulators, for AVX-512's 32 registers. A step of k
        /// reads four whole vectors of B (a full row when n is 4 · lanes, as in a 64-wide layer),
        /// so each row of B is taken from the cache once per block.
        @inline(__always)
        func block4x4(_ i: Int, _ j: Int) {
            let lanes = GemmKernel.lanes
            let (j1, j2, j3) = (j + lanes, j + 2 * lanes, j + 3 * lanes)
            var c00 = initial(i, j), c01 = initial(i, j1), c02 = initial(i, j2), c03 = initial(i, j3)
            var c10 = initial(i + 1, j), c11 = initial(i + 1, j1), c12 = initial(i + 1, j2), c13 = initial(i + 1, j3)
            var c20 = initial(i + 2, j), c21 = initial(i + 2, j1), c22 = initial(i + 2, j2), c23 = initial(i + 2, j3)
            var c30 = initial(i + 3, j), c31 = initial(i + 3, j1), c32 = initial(i + 3, j2), c33 = initial(i + 3, j3)
            var pa = firstA(i)
            var pb = firstB(j)
            for _ in 0..<count {
                let b0 = load(pb), b1 = load(pb + lanes), b2 = load(pb + 2 * lanes), b3 = load(pb + 3 * lanes)
                let a0 = Vector(repeating: pa[0])
                madd(&c00, a0, b0); madd(&c01, a0, b1); madd(&c02, a0, b2); madd(&c03, a0, b3)
                let a1 = Vector(repeating: pa[rs])
                madd(&c10, a1, b0); madd(&c11, a1, b1); madd(&c12, a1, b2); madd(&c13, a1, b3)
                let a2 = Vector(repeating: pa[2 * rs])
                madd(&c20, a2, b0); madd(&c21, a2, b1); madd(&c22, a2, b2); madd(&c23, a2, b3)
                let a3 = Vector(repeating: pa[3 * rs])
                madd(&c30, a3, b0); madd(&c31, a3, b1); madd(&c32, a3, b2); madd(&c33, a3, b3)
                pa += cs
                pb += n
            }
            finish(c00, i, j); finish(c01, i, j1); finish(c02, i, j2); finish(c03, i, j3)
            finish(c10, i + 1, j); finish(c11, i + 1, j1); finish(c12, i + 1, j2); finish(c13, i + 1, j3)
            finish(c20, i + 2, j); finish(c21, i + 2, j1); finish(c22, i + 2, j2); finish(c23, i + 2, j3)
            finish(c30, i + 3, j); finish(c31, i + 3, j1); finish(c32, i + 3, j2); finish(c33, i + 3, j3)
        }

        @inline(__always)
        func block4x1(_ i: Int, _ j: Int) {
            var c0 = initial(i, j), c1 = initial(i + 1, j), c2 = initial(i + 2, j), c3 = initial(i + 3, j)
            var pa = firstA(i)
            var pb = firstB(j)
            for _ in 0..<count {
                let b0 = load(pb)
                madd(&c0, Vector(repeating: pa[0]), b0)
                madd(&c1, Vector(repeating: pa[rs]), b0)
                madd(&c2, Vector(repeating: pa[2 * rs]), b0)
                madd(&c3, Vector(repeating: pa[3 * rs]), b0)
                pa += cs
                pb += n
            }
            finish(c0, i, j); finish(c1, i + 1, j); finish(c2, i + 2, j); finish(c3, i + 3, j)
        }

        @inline(__always)
        func block1x2(_ i: Int, _ j: Int) {
            var c0 = initial(i, j), c1 = initial(i, j + GemmKernel.lanes)
            var pa = firstA(i)
            var pb = firstB(j)
            for _ in 0..<count {
                let a0 = Vector(repeating: pa[0])
                madd(&c0, a0, load(pb))
                madd(&c1, a0, load(pb + GemmKernel.lanes))
                pa += cs
                pb += n
            }
            finish(c0, i, j); finish(c1, i, j + GemmKernel.lanes)
        }

        @inline(__always)
        func block1x1(_ i: Int, _ j: Int) {
            var c0 = initial(i, j)
            var pa = firstA(i)
            var pb = firstB(j)
            for _ in 0..<count {
                madd(&c0, Vector(repeating: pa[0]), load(pb))
                pa += cs
                pb += n
            }
            finish(c0, i, j)
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
}
