import Testing
@testable import Learn
import LearnKernels

/// Both builds of the micro-kernel (baseline in Learn, AVX2 + FMA in
/// LearnKernels) against naive loops, whichever one this CPU dispatches to.
@Suite(.isolatedRandom) struct GemmKernelBuildTests {
    @Test(arguments: [(9, 5, 16), (4, 64, 3), (33, 7, 12)])
    func bothBuildsAgree(m: Int, k: Int, n: Int) throws {
        let a = try Tensor(randomNormal: [m, k]).scalars
        let b = try Tensor(randomNormal: [k, n]).scalars
        var baseline = [Double](repeating: 1, count: m * n)
        var fused = baseline
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                baseline.withUnsafeMutableBufferPointer { pc in
                    BaselineGemmKernel.gemm(m: m, n: n, k: k, a: MatrixKernels.base(pa), aRowStride: k, aColumnStride: 1,
                                            b: MatrixKernels.base(pb), c: MatrixKernels.mutableBase(pc), accumulate: true)
                }
                if CPUFeatures.usesFusedKernels {
                    fused.withUnsafeMutableBufferPointer { pc in
                        LearnKernels.GemmKernel.gemm(
                            m: m, n: n, k: k, a: MatrixKernels.base(pa), aRowStride: k, aColumnStride: 1,
                            b: MatrixKernels.base(pb), c: MatrixKernels.mutableBase(pc), accumulate: true)
                    }
                }
            }
        }
        for i in 0..<m {
            for j in 0..<n {
                var expected = 1.0
                for p in 0..<k { expected += a[i * k + p] * b[p * n + j] }
                #expect(Swift.abs(baseline[i * n + j] - expected) < 1e-12)
                if CPUFeatures.usesFusedKernels { #expect(Swift.abs(fused[i * n + j] - expected) < 1e-12) }
            }
        }
    }
}
