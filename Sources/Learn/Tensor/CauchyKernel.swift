/// The sums t-SNE's gradient needs, for 2-D points p against many points yⱼ (single precision,
/// summed lane-wise in a fixed order), where qⱼ = 1 / (1 + |p − yⱼ|²) is the Cauchy (Student-t, one
/// degree of freedom) kernel: the repulsion Σⱼ qⱼ²·(p − yⱼ) with Σⱼ qⱼ, over each pair once, and
/// the attraction Σₖ pₖ·qₖ·(p − yₖ) over a sparse row of affinities. The points come as two arrays
/// of coordinates whose length is a multiple of `CauchyKernel.padding`.
///
/// Like `GemmKernel`, this file is compiled in `Learn` for the baseline CPU and, through symbolic
/// links, in `LearnKernels` (AVX2 + FMA, `-D LEARN_FMA`: 1 + dx² + dy² and the attraction's
/// products fused, as `GemmKernel` does) and `LearnKernelsAVX512` (also `-D LEARN_AVX512`);
/// `PairKernels` picks the build at run time. Each build gives the same bits from run to run, and
/// the AVX2 and AVX-512 builds give the same bits as each other: both sum the repulsion on 16
/// lanes in the same order (the baseline build on 8).
/// The divider is no faster per lane on 512-bit vectors, but there the repulsion takes two points
/// per pass over the others, which issues fewer instructions a pair and runs ~15 % faster (Zen 4);
/// the attraction's gathers stay on 8 lanes.
package enum CauchyKernel {
    typealias Lanes = SIMD8<Float>
    #if LEARN_FMA
    typealias Wide = SIMD16<Float>
    #else
    typealias Wide = SIMD8<Float>
    #endif

    /// Callers pad their coordinate arrays to a multiple of this (with far-away points): the
    /// repulsion's widest lanes.
    package static let padding = 16
    /// Callers pad sparse rows to a multiple of this (with entries of value 0).
    package static let rowPadding = Lanes.scalarCount

    /// A point's repulsion: (Σ q²·(xᵢ − xⱼ), Σ q²·(yᵢ − yⱼ), Σ q).
    package typealias Sums = (x: Double, y: Double, z: Double)

    /// Points `i` and `k` (`i < k`; nil: point `i` alone) against the points after each, `j` in
    /// `i + 1 ..< count` and `k + 1 ..< count`: returns each one's (Σ q²·(xᵢ − xⱼ), Σ q²·(yᵢ − yⱼ), Σ q)
    /// and adds each pair's term, q²·(xᵢ − xⱼ), to `forceX[j]` (y to `forceY[j]`), first i's then
    /// k's: the negative of the force on j, which callers subtract (one negation fewer a pair).
    /// Whole blocks of `Wide` lanes from the one holding the point, its own and earlier lanes
    /// masked. The products are added, not fused, which balances the multiplier and adder ports.
    package static func triangle(_ i: Int, _ k: Int?, xs: UnsafePointer<Float>, ys: UnsafePointer<Float>, count: Int,
                                 forceX: UnsafeMutablePointer<Float>, forceY: UnsafeMutablePointer<Float>)
        -> (first: Sums, second: Sums) {
        let step = Wide.scalarCount
        let rawX = UnsafeRawPointer(xs), rawY = UnsafeRawPointer(ys)
        let outX = UnsafeMutableRawPointer(forceX), outY = UnsafeMutableRawPointer(forceY)
        var lane = Wide()
        for index in 0..<step { lane[index] = Float(index) }

        /// One point's lane-wise sums.
        struct Row {
            let x: Wide, y: Wide, index: Int
            var fx = Wide(), fy = Wide(), z = Wide()
            var sums: Sums { (Double(fx.sum()), Double(fy.sum()), Double(z.sum())) }

            init(_ index: Int, _ xs: UnsafePointer<Float>, _ ys: UnsafePointer<Float>) {
                x = Wide(repeating: xs[index]); y = Wide(repeating: ys[index]); self.index = index
            }

            /// Adds the pairs with a block of points (their coordinates) and returns their terms;
            /// `hidden` lanes give 0.
            @inline(__always)
            mutating func add(_ px: Wide, _ py: Wide, hidden: SIMDMask<Wide.MaskStorage>? = nil) -> (x: Wide, y: Wide) {
                let dx = x - px, dy = y - py
                var q = 1 / CauchyKernel.squaredPlusOne(dx, dy)
                if let hidden { q.replace(with: 0, where: hidden) }
                z += q
                let q2 = q * q
                let tx = q2 * dx, ty = q2 * dy
                fx += tx; fy += ty
                return (tx, ty)
            }

            /// The lanes of the block at `j` that hold this point or earlier ones.
            @inline(__always)
            func upTo(_ j: Int, lane: Wide) -> SIMDMask<Wide.MaskStorage> { lane .<= Wide(repeating: Float(index - j)) }
        }

        @inline(__always)
        func load(_ raw: UnsafeRawPointer, _ j: Int) -> Wide { raw.loadUnaligned(fromByteOffset: j &* 4, as: Wide.self) }
        /// out[j...] += terms, then += more (added one after the other, as two passes would).
        @inline(__always)
        func add(_ out: UnsafeMutableRawPointer, _ j: Int, _ terms: Wide, _ more: Wide? = nil) {
            var sum = out.loadUnaligned(fromByteOffset: j &* 4, as: Wide.self) + terms
            if let more { sum += more }
            out.storeBytes(of: sum, toByteOffset: j &* 4, as: Wide.self)
        }
        /// `row` against the blocks from the one holding it up to `end`.
        @inline(__always)
        func alone(_ row: inout Row, to end: Int) {
            var j = row.index / step * step
            guard j < end else { return }
            let t = row.add(load(rawX, j), load(rawY, j), hidden: row.upTo(j, lane: lane))
            add(outX, j, t.x); add(outY, j, t.y)
            j &+= step
            while j < end {
                let t = row.add(load(rawX, j), load(rawY, j))
                add(outX, j, t.x); add(outY, j, t.y)
                j &+= step
            }
        }

        var first = Row(i, xs, ys)
        guard let k else {
            alone(&first, to: count)
            return (first.sums, (0, 0, 0))
        }
        var second = Row(k, xs, ys)
        #if LEARN_AVX512
        // i alone up to k's block, then both against each block: the same sums in the same order
        // as one after the other, each block's loads and stores shared (32 registers hold both).
        var j = k / step * step
        alone(&first, to: j)
        let px = load(rawX, j), py = load(rawY, j)
        let t = first.add(px, py, hidden: first.upTo(j, lane: lane)), u = second.add(px, py, hidden: second.upTo(j, lane: lane))
        add(outX, j, t.x, u.x); add(outY, j, t.y, u.y)
        j &+= step
        while j < count {
            let px = load(rawX, j), py = load(rawY, j)
            let t = first.add(px, py), u = second.add(px, py)
            add(outX, j, t.x, u.x); add(outY, j, t.y, u.y)
            j &+= step
        }
        #else
        alone(&first, to: count)
        alone(&second, to: count)
        #endif
        return (first.sums, second.sums)
    }

    /// (Σₖ pₖ·qₖ·(px − x_cₖ), Σₖ pₖ·qₖ·(py − y_cₖ)) over the `count` entries (a multiple of
    /// `rowPadding`) of a sparse row with columns `columns` and values `values`; `points` holds the
    /// coordinates interleaved (x₀, y₀, x₁, y₁, …), so that each entry's point is one 8-byte load.
    package static func attraction(_ px: Float, _ py: Float, points: UnsafePointer<Float>,
                                   columns: UnsafePointer<Int32>, values: UnsafePointer<Float>, count: Int) -> (x: Double, y: Double) {
        let step = Lanes.scalarCount
        let x0 = Lanes(repeating: px), y0 = Lanes(repeating: py)
        var ax = Lanes(), ay = Lanes()
        let rawValues = UnsafeRawPointer(values), rawPoints = UnsafeRawPointer(points)
        var k = 0
        while k + step <= count {
            @inline(__always)
            func point(_ lane: Int) -> UInt64 {
                rawPoints.loadUnaligned(fromByteOffset: Int(columns[k + lane]) * 8, as: UInt64.self)
            }
            // Points 0, 1, 4, 5 and 2, 3, 6, 7 as (x, y) pairs; each 128-bit half of `x` then takes
            // the even lanes of both halves in order (one shuffle), `y` the odd ones.
            let a = unsafeBitCast(SIMD4<UInt64>(point(0), point(1), point(4), point(5)), to: Lanes.self)
            let b = unsafeBitCast(SIMD4<UInt64>(point(2), point(3), point(6), point(7)), to: Lanes.self)
            let dx = x0 - Lanes(a[0], a[2], b[0], b[2], a[4], a[6], b[4], b[6])
            let dy = y0 - Lanes(a[1], a[3], b[1], b[3], a[5], a[7], b[5], b[7])
            let w = rawValues.loadUnaligned(fromByteOffset: k * 4, as: Lanes.self) / squaredPlusOne(dx, dy)
            madd(&ax, w, dx)
            madd(&ay, w, dy)
            k += step
        }
        return (Double(ax.sum()), Double(ay.sum()))
    }

    /// 1 + dx² + dy², with fused multiply-adds in the `LEARN_FMA` build.
    @inline(__always)
    private static func squaredPlusOne<V: SIMD>(_ dx: V, _ dy: V) -> V where V.Scalar == Float {
        #if LEARN_FMA
        V(repeating: 1).addingProduct(dx, dx).addingProduct(dy, dy)
        #else
        V(repeating: 1) + dx * dx + dy * dy
        #endif
    }

    /// accumulator += a·b, fused in the `LEARN_FMA` build (only for CPUs with FMA; elsewhere a
    /// fused multiply-add would be a slow library call).
    @inline(__always)
    private static func madd(_ accumulator: inout Lanes, _ a: Lanes, _ b: Lanes) {
        #if LEARN_FMA
        accumulator.addProduct(a, b)
        #else
        accumulator += a * b
        #endif
    }
}
