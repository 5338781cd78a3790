import LearnKernels

/// Kernels over pairs of points that other modules run on the fastest build the CPU has (the
/// embeddings' t-SNE); see `CauchyKernel`. The AVX2 build is used also on AVX-512 CPUs: the
/// skylake-avx512 build of these loops shuffles lanes needlessly and runs slower.
package enum PairKernels {
    /// `CauchyKernel.triangle`: point i's repulsion from the points after it, theirs from it (negated) added
    /// to `forceX`, `forceY`.
    package static func cauchyTriangle(_ i: Int, xs: UnsafePointer<Float>, ys: UnsafePointer<Float>, count: Int,
                                       forceX: UnsafeMutablePointer<Float>, forceY: UnsafeMutablePointer<Float>)
        -> (x: Double, y: Double, z: Double) {
        switch CPUFeatures.kernelBuild {
        case .avx512, .avx2: LearnKernels.CauchyKernel.triangle(i, xs: xs, ys: ys, count: count, forceX: forceX, forceY: forceY)
        case .baseline: CauchyKernel.triangle(i, xs: xs, ys: ys, count: count, forceX: forceX, forceY: forceY)
        }
    }

    /// `CauchyKernel.attraction`: a point's attraction over a sparse row of affinities.
    package static func cauchyAttraction(_ px: Float, _ py: Float, points: UnsafePointer<Float>,
                                         columns: UnsafePointer<Int32>, values: UnsafePointer<Float>, count: Int) -> (x: Double, y: Double) {
        switch CPUFeatures.kernelBuild {
        case .avx512, .avx2:
            LearnKernels.CauchyKernel.attraction(px, py, points: points, columns: columns, values: values, count: count)
        case .baseline: CauchyKernel.attraction(px, py, points: points, columns: columns, values: values, count: count)
        }
    }

    /// How many coordinates and sparse entries the arrays given to these kernels are padded to a multiple of.
    package static var cauchyPadding: Int { CauchyKernel.padding }
}
