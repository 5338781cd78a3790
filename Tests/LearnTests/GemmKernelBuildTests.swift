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

    @Test(arguments: [(9, 5, 16), (4, 64, 3), (33, 7, 12), (32, 64, 64), (5, 3, 40), (9, 200, 88), (6, 300, 24)])
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

    /// One build's kernel with a bias row and ReLU applied as it stores.
    static func kernelWithEpilogue(_ build: CPUFeatures.KernelBuild, m: Int, n: Int, k: Int, a: UnsafePointer<Double>,
                                   b: UnsafePointer<Double>, c: UnsafeMutablePointer<Double>, bias: UnsafePointer<Double>) {
        switch build {
        case .baseline:
            BaselineGemmKernel.gemm(m: m, n: n, k: k, a: a, aRowStride: k, aColumnStride: 1, b: b, c: c,
                                    accumulate: false, rowBias: bias, rectify: true)
        case .avx2:
            LearnKernels.GemmKernel.gemm(m: m, n: n, k: k, a: a, aRowStride: k, aColumnStride: 1, b: b, c: c,
                                         accumulate: false, rowBias: bias, rectify: true)
        case .avx512:
            LearnKernelsAVX512.GemmKernel.gemm(m: m, n: n, k: k, a: a, aRowStride: k, aColumnStride: 1, b: b, c: c,
                                               accumulate: false, rowBias: bias, rectify: true)
        }
    }

    /// The bias-and-ReLU epilogue gives, bit for bit, what copying the bias
    /// into C, accumulating the product onto it and then rectifying gives.
    @Test(arguments: [(9, 5, 16), (4, 64, 3), (33, 7, 12), (32, 64, 64), (5, 3, 40), (3, 0, 8), (9, 200, 88), (6, 300, 24)])
    func biasAndReluEpilogueEqualsBiasFirstThenRelu(m: Int, k: Int, n: Int) throws {
        let a = try Tensor(randomNormal: [m, k]).scalars
        let b = try Tensor(randomNormal: [k, n]).scalars
        let bias = try Tensor(randomNormal: [n]).scalars
        for build in CPUFeatures.runnableBuilds {
            var fused = [Double](repeating: .nan, count: m * n)
            var reference = (0..<m).flatMap { _ in bias }
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    bias.withUnsafeBufferPointer { pbias in
                        fused.withUnsafeMutableBufferPointer { pc in
                            Self.kernelWithEpilogue(build, m: m, n: n, k: k, a: MatrixKernels.base(pa), b: MatrixKernels.base(pb),
                                                    c: MatrixKernels.mutableBase(pc), bias: MatrixKernels.base(pbias))
                        }
                    }
                    reference.withUnsafeMutableBufferPointer { pc in
                        Self.kernel(build)(m, n, k, MatrixKernels.base(pa), MatrixKernels.base(pb), MatrixKernels.mutableBase(pc))
                    }
                }
            }
            #expect(fused.map(\.bitPattern) == reference.map { ($0 > 0 ? $0 : 0).bitPattern }, "\(build)")
            #expect(fused.contains { $0 > 0 } && fused.contains { $0 == 0 } || k == 0, "\(build): a test that exercises both sides")
        }
    }

    /// However a build blocks the loops (register blocks, chunks of k for a long k), each element
    /// is the bias plus its products summed in order of k from zero: fused multiply-adds in the
    /// AVX2 and AVX-512 builds, a multiply then an add in the baseline one. Bit for bit, so the
    /// direct training pass and the tape keep giving the same gradients.
    @Test(arguments: [(9, 200, 88), (6, 300, 24), (32, 784, 64), (5, 3, 40)])
    func everyElementIsItsProductsSummedInOrder(m: Int, k: Int, n: Int) throws {
        let a = try Tensor(randomNormal: [m, k]).scalars
        let b = try Tensor(randomNormal: [k, n]).scalars
        let bias = try Tensor(randomNormal: [n]).scalars
        for build in CPUFeatures.runnableBuilds {
            var c = [Double](repeating: .nan, count: m * n)
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    bias.withUnsafeBufferPointer { pbias in
                        c.withUnsafeMutableBufferPointer { pc in
                            Self.kernelWithEpilogue(build, m: m, n: n, k: k, a: MatrixKernels.base(pa), b: MatrixKernels.base(pb),
                                                    c: MatrixKernels.mutableBase(pc), bias: MatrixKernels.base(pbias))
                        }
                    }
                }
            }
            var mismatches = 0
            for i in 0..<m {
                for j in 0..<n {
                    var sum = 0.0
                    for p in 0..<k {
                        if build == .baseline { sum += a[i * k + p] * b[p * n + j] } else { sum.addProduct(a[i * k + p], b[p * n + j]) }
                    }
                    let expected = bias[j] + sum > 0 ? bias[j] + sum : 0
                    if c[i * n + j].bitPattern != expected.bitPattern { mismatches += 1 }
                }
            }
            #expect(mismatches == 0, "\(build): \(mismatches) of \(m * n) elements differ")
        }
    }
}
