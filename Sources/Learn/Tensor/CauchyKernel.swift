/// The sums t-SNE's repulsion needs, for one 2-D point p against many points yⱼ (single precision,
/// summed lane-wise in a fixed order): Σⱼ qⱼ and Σⱼ qⱼ²·(p − yⱼ), where qⱼ = 1 / (1 + |p − yⱼ|²)
/// is the Cauchy (Student-t, one degree of freedom) kernel. The points come as two arrays of
/// coordinates whose length is a multiple of `CauchyKernel.padding`.
///
/// Like `GemmKernel`, this file is compiled in `Learn` for the baseline CPU and, through a symbolic
/// link, in `LearnKernels` (AVX2 + FMA); `PairKernels.cauchySums` picks the build at run time.
/// Eight lanes: the loop is bound by the divider, which is no faster per lane on 512-bit vectors.
package enum CauchyKernel {
    typealias Lanes = SIMD8<Float>

    /// Callers pad their coordinate arrays to a multiple of this (with far-away points).
    package static let padding = 16

    /// (Σ q²·(px − xⱼ), Σ q²·(py − yⱼ), Σ q) over j in `0..<count`.
    package static func sums(_ px: Float, _ py: Float, xs: UnsafePointer<Float>, ys: UnsafePointer<Float>,
                             count: Int) -> (x: Double, y: Double, z: Double) {
        let x0 = Lanes(repeating: px), y0 = Lanes(repeating: py), one = Lanes(repeating: 1)
        var fx = Lanes(), fy = Lanes(), z = Lanes()
        let rawX = UnsafeRawPointer(xs), rawY = UnsafeRawPointer(ys)
        let step = Lanes.scalarCount
        var j = 0
        while j + step <= count {
            let dx = x0 - rawX.loadUnaligned(fromByteOffset: j * 4, as: Lanes.self)
            let dy = y0 - rawY.loadUnaligned(fromByteOffset: j * 4, as: Lanes.self)
            let q = one / (one + dx * dx + dy * dy)
            z += q
            let q2 = q * q
            fx += q2 * dx
            fy += q2 * dy
            j += step
        }
        return (Double(fx.sum()), Double(fy.sum()), Double(z.sum()))
    }
}
