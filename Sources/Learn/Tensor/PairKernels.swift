import LearnKernels
import LearnKernelsAVX512

/// Kernels over pairs of points that other modules run on the fastest build the CPU has (the
/// embeddings' t-SNE); see `CauchyKernel`.
package enum PairKernels {
    /// `CauchyKernel.triangle`: points i and k's repulsion (k nil: i alone) from the points after
    /// each, theirs from them (negated) added to `forceX`, `forceY`.
    package static func cauchyTriangle(_ i: Int, _ k: Int?, xs: UnsafePointer<Float>, ys: UnsafePointer<Float>, count: Int,
                                       forceX: UnsafeMutablePointer<Float>, forceY: UnsafeMutablePointer<Float>)
        -> (first: CauchyKernel.Sums, second: CauchyKernel.Sums) {
        switch CPUFeatures.kernelBuild {
        case .avx512: LearnKernelsAVX512.CauchyKernel.triangle(i, k, xs: xs, ys: ys, count: count, forceX: forceX, forceY: forceY)
        case .avx2: LearnKernels.CauchyKernel.triangle(i, k, xs: xs, ys: ys, count: count, forceX: forceX, forceY: forceY)
        case .baseline: CauchyKernel.triangle(i, k, xs: xs, ys: ys, count: count, forceX: forceX, forceY: forceY)
        }
    }

    /// `CauchyKernel.attraction`: a point's attraction over a sparse row of affinities (the AVX2
    /// build also on AVX-512 CPUs: the skylake-avx512 build of its gathers shuffles lanes needlessly).
    package static func cauchyAttraction(_ px: Float, _ py: Float, points: UnsafePointer<Float>,
                                         columns: UnsafePointer<Int32>, values: UnsafePointer<Float>, count: Int) -> (x: Double, y: Double) {
        switch CPUFeatures.kernelBuild {
        case .avx512, .avx2:
            LearnKernels.CauchyKernel.attraction(px, py, points: points, columns: columns, values: values, count: count)
        case .baseline: CauchyKernel.attraction(px, py, points: points, columns: columns, values: values, count: count)
        }
    }

    /// How many coordinates the arrays given to `cauchyTriangle` are padded to a multiple of.
    package static var cauchyPadding: Int { CauchyKernel.padding }
    /// How many entries the sparse rows given to `cauchyAttraction` are padded to a multiple of.
    package static var cauchyRowPadding: Int { CauchyKernel.rowPadding }
}
