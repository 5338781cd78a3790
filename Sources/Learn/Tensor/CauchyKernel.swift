/// The sums t-SNE's gradient needs, for one 2-D point p against many points yⱼ (single precision,
/// summed lane-wise in a fixed order), where qⱼ = 1 / (1 + |p − yⱼ|²) is the Cauchy (Student-t, one
/// degree of freedom) kernel: the repulsion Σⱼ qⱼ²·(p − yⱼ) with Σⱼ qⱼ, over each pair once, and
/// the attraction Σₖ pₖ·qₖ·(p − yₖ) over a sparse row of affinities. The points come as two arrays
/// of coordinates whose length is a multiple of `CauchyKernel.padding`.
///
/// Like `GemmKernel`, this file is compiled in `Learn` for the baseline CPU and, through a symbolic
/// link, in `LearnKernels` (AVX2 + FMA, `-D LEARN_FMA`: products fused with their sums, as
/// `GemmKernel` does); `PairKernels` picks the build at run time. Each build gives the same bits
/// from run to run. Eight lanes: the divider is no faster per lane on 512-bit vectors.
package enum CauchyKernel {
    typealias Lanes = SIMD8<Float>

    /// Callers pad their coordinate arrays to a multiple of this (with far-away points), and
    /// sparse rows to a multiple of it (with entries of value 0).
    package static let padding = 8

    /// Point `i` against the points after it, `j` in `i + 1 ..< count`: returns
    /// (Σ q²·(xᵢ − xⱼ), Σ q²·(yᵢ − yⱼ), Σ q) and adds each pair's term, q²·(xᵢ − xⱼ), to
    /// `forceX[j]` (y to `forceY[j]`): the negative of the force on j, which callers subtract (one
    /// negation fewer a pair).
    package static func triangle(_ i: Int, xs: UnsafePointer<Float>, ys: UnsafePointer<Float>, count: Int,
                                 forceX: UnsafeMutablePointer<Float>, forceY: UnsafeMutablePointer<Float>)
        -> (x: Double, y: Double, z: Double) {
        let step = Lanes.scalarCount
        let x0 = Lanes(repeating: xs[i]), y0 = Lanes(repeating: ys[i]), one = Lanes(repeating: 1)
        var fx = Lanes(), fy = Lanes(), z = Lanes()
        let rawX = UnsafeRawPointer(xs), rawY = UnsafeRawPointer(ys)
        let outX = UnsafeMutableRawPointer(forceX), outY = UnsafeMutableRawPointer(forceY)
        // The points up to the next multiple of `step` one at a time, then whole vectors of them.
        let head = Swift.min(count, (i + step) / step * step)
        var headX: Float = 0, headY: Float = 0, headZ: Float = 0
        for j in (i + 1)..<Swift.max(i + 1, head) {
            let dx = xs[i] - xs[j], dy = ys[i] - ys[j]
            let q = 1 / (1 + dx * dx + dy * dy)
            let q2 = q * q
            headX += q2 * dx; headY += q2 * dy; headZ += q
            forceX[j] += q2 * dx; forceY[j] += q2 * dy
        }
        var j = head
        while j + step <= count {
            let offset = j * 4
            let dx = x0 - rawX.loadUnaligned(fromByteOffset: offset, as: Lanes.self)
            let dy = y0 - rawY.loadUnaligned(fromByteOffset: offset, as: Lanes.self)
            let q = one / squaredPlusOne(dx, dy)
            z += q
            let q2 = q * q
            madd(&fx, q2, dx)
            madd(&fy, q2, dy)
            var otherX = outX.loadUnaligned(fromByteOffset: offset, as: Lanes.self)
            var otherY = outY.loadUnaligned(fromByteOffset: offset, as: Lanes.self)
            madd(&otherX, q2, dx)
            madd(&otherY, q2, dy)
            outX.storeBytes(of: otherX, toByteOffset: offset, as: Lanes.self)
            outY.storeBytes(of: otherY, toByteOffset: offset, as: Lanes.self)
            j += step
        }
        return (Double(fx.sum()) + Double(headX), Double(fy.sum()) + Double(headY), Double(z.sum()) + Double(headZ))
    }

    /// (Σₖ pₖ·qₖ·(px − x_cₖ), Σₖ pₖ·qₖ·(py − y_cₖ)) over the `count` entries (a multiple of
    /// `padding`) of a sparse row with columns `columns` and values `values`; `points` holds the
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
    private static func squaredPlusOne(_ dx: Lanes, _ dy: Lanes) -> Lanes {
        #if LEARN_FMA
        Lanes(repeating: 1).addingProduct(dx, dx).addingProduct(dy, dy)
        #else
        Lanes(repeating: 1) + dx * dx + dy * dy
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
