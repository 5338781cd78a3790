import Testing
@testable import Learn
import LearnKernels
import LearnKernelsAVX512

/// Every build of the micro-kernel (baseline in Learn, AVX2 + FMA in
/// LearnKernels, AVX-512 in LearnKernelsAVX512) that this CPU can run,
/// against naive loops.
@Suite(.isolatedRandom) struct GemmKernelBuildTests {
    typealias Kernel = (Int, Int, Int, UnsafePointer<Double>, UnsafePointer<Double>, UnsafeMutablePointer<Double>) -> Void

    static func kernel(_ build: CPUFeatures.KernelBuild) -> Kernel {
        switch build {
        case .baseline:
            return { m, n, k, a, b, c in
                BaselineGemmKernel.gemm(m: m, n: n, k: k, a: a, aRowStride: k, aColumnStride: 1, b: b, c: c, accumulate: true)
            }
        case .avx2:
            return { m, n, k, a, b, c in
                LearnKernels.GemmKernel.gemm(m: m, n: n, k: k, a: a, aRowStride: k, aColumnStride: 1, b: b, c: c, accumulate: true)
            }
        case .avx512:
            return { m, n, k, a, b, c in
                LearnKernelsAVX512.GemmKernel.gemm(m: m, n: n, k: k, a: a, aRowStride: k, aColumnStride: 1,
                                                   b: b, c: c, accumulate: true)
            }
        }
    }

    @Test(arguments: [(9, 5, 16), (4, 64, 3), (33, 7, 12), (32, 64, 64), (5, 3, 40)])
    func everyRunnableBuildAgrees(m: Int, k: Int, n: Int) throws {
        let a = try Tensor(randomNormal: [m, k]).scalars
        let b = try Tensor(randomNormal: [k, n]).scalars
        #expect(CPUFeatures.runnableBuilds.contains(.baseline))
        for build in CPUFeatures.runnableBuilds {
            let kernel = Self.kernel(build)
            var c = [Double](repeating: 1, count: m * n)
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    c.withUnsafeMutableBufferPointer { pc in
                        kernel(m, n, k, MatrixKernels.base(pa), MatrixKernels.base(pb), MatrixKernels.mutableBase(pc))
                    }
                }
            }
            for i in 0..<m {
                for j in 0..<n {
                    var expected = 1.0
                    for p in 0..<k { expected += a[i * k + p] * b[p * n + j] }
                    #expect(Swift.abs(c[i * n + j] - expected) < 1e-12, "\(build) at [\(i), \(j)]")
                }
            }
        }
    }
}
