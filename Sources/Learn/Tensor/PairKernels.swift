import LearnKernels

/// Kernels over pairs of points that other modules run on the fastest build the CPU has (the
/// embeddings' t-SNE); see `CauchyKernel`.
package enum PairKernels {
    /// `CauchyKernel.sums` through the AVX2 build when the CPU has it (also on AVX-512 CPUs: the
    /// skylake-avx512 build of this loop shuffles lanes needlessly and runs slower), else the
    /// baseline one.
    package static func cauchySums(_ px: Float, _ py: Float, xs: UnsafePointer<Float>, ys: UnsafePointer<Float>,
                                   count: Int) -> (x: Double, y: Double, z: Double) {
        switch CPUFeatures.kernelBuild {
        case .avx512, .avx2: LearnKernels.CauchyKernel.sums(px, py, xs: xs, ys: ys, count: count)
        case .baseline: CauchyKernel.sums(px, py, xs: xs, ys: ys, count: count)
        }
    }

    /// How many coordinates the arrays given to `cauchySums` are padded to a multiple of.
    package static var cauchyPadding: Int { CauchyKernel.padding }
}
