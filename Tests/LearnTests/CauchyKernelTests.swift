import Testing
@testable import Learn
import LearnKernels
import LearnKernelsAVX512

/// t-SNE's repulsion kernel (`BaselineCauchyKernel.triangle`): two points at a time give the same bits as
/// one after the other, the AVX2 and AVX-512 builds give the same bits as each other, and the sums
/// match every pair summed in Double.
@Suite struct CauchyKernelTests {
    /// The sums and the other points' shares of points 0..<n, taken as GradientWorkspace does:
    /// two at a time (`paired`) or one by one.
    struct Run: Equatable {
        var sums: [Double] = [], forceX: [Float] = [], forceY: [Float] = []
    }

    static func run(_ build: CPUFeatures.KernelBuild, xs: [Float], ys: [Float], n: Int, paired: Bool) -> Run {
        let padded = xs.count
        var run = Run(forceX: Array(repeating: 0, count: padded), forceY: Array(repeating: 0, count: padded))
        func triangle(_ i: Int, _ k: Int?, _ fx: UnsafeMutablePointer<Float>, _ fy: UnsafeMutablePointer<Float>)
            -> (first: BaselineCauchyKernel.Sums, second: BaselineCauchyKernel.Sums) {
            switch build {
            case .baseline: BaselineCauchyKernel.triangle(i, k, xs: xs, ys: ys, count: padded, forceX: fx, forceY: fy)
            case .avx2: LearnKernels.CauchyKernel.triangle(i, k, xs: xs, ys: ys, count: padded, forceX: fx, forceY: fy)
            case .avx512: LearnKernelsAVX512.CauchyKernel.triangle(i, k, xs: xs, ys: ys, count: padded, forceX: fx, forceY: fy)
            }
        }
        var sums = [Double](repeating: 0, count: 3 * n)
        run.forceX.withUnsafeMutableBufferPointer { fx in
            run.forceY.withUnsafeMutableBufferPointer { fy in
                guard let fx = fx.baseAddress, let fy = fy.baseAddress else { return }
                // Points 0 and 8, 1 and 9, …, 7 and 15, then 16 and 24, … (a task's pairs).
                for i in stride(from: 0, to: n, by: 16) {
                    for a in i..<Swift.min(i + 8, n) {
                        let b = a + 8 < n ? a + 8 : nil
                        if paired {
                            let (first, second) = triangle(a, b, fx, fy)
                            (sums[3 * a], sums[3 * a + 1], sums[3 * a + 2]) = first
                            if let b { (sums[3 * b], sums[3 * b + 1], sums[3 * b + 2]) = second }
                        } else {
                            for row in [a] + (b.map { [$0] } ?? []) {
                                (sums[3 * row], sums[3 * row + 1], sums[3 * row + 2]) = triangle(row, nil, fx, fy).first
                            }
                        }
                    }
                }
            }
        }
        run.sums = sums
        return run
    }

    @Test(arguments: [1, 9, 16, 17, 40, 133])
    func pairedEqualsOneByOneInEveryBuildAndTheFastBuildsAgree(_ n: Int) {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D &+ UInt64(n)
        func next() -> Float {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Float(Int64(bitPattern: state >> 11) % 2_000_000) / 100_000 - 10
        }
        let padded = (n + BaselineCauchyKernel.padding - 1) / BaselineCauchyKernel.padding * BaselineCauchyKernel.padding
        let xs = (0..<padded).map { $0 < n ? next() : 1e12 }, ys = (0..<padded).map { $0 < n ? next() : 1e12 }
        let tolerance = 1e-4
        var fast: [Run] = []
        for build in CPUFeatures.runnableBuilds {
            let paired = Self.run(build, xs: xs, ys: ys, n: n, paired: true)
            #expect(paired == Self.run(build, xs: xs, ys: ys, n: n, paired: false), "\(build)")
            if build != .baseline { fast.append(paired) }
            // Against each pair in Double: point i's own sums from j > i, and the share it got from j < i.
            for i in 0..<n {
                var ownX = 0.0, ownY = 0.0, ownZ = 0.0, shareX = 0.0, shareY = 0.0
                for j in 0..<n where j != i {
                    let dx: Double = Double(xs[i]) - Double(xs[j]), dy: Double = Double(ys[i]) - Double(ys[j])
                    let q: Double = 1 / (1 + dx * dx + dy * dy)
                    let q2: Double = q * q
                    if j > i {
                        ownX += q2 * dx; ownY += q2 * dy; ownZ += q
                    } else {
                        shareX -= q2 * dx; shareY -= q2 * dy
                    }
                }
                let sums = paired.sums
                let errors: [Double] = [sums[3 * i] - ownX, sums[3 * i + 1] - ownY, sums[3 * i + 2] - ownZ,
                                        Double(paired.forceX[i]) - shareX, Double(paired.forceY[i]) - shareY]
                #expect(errors.allSatisfy { abs($0) <= tolerance }, "\(build) point \(i) of \(n): \(errors)")
            }
        }
        #expect(fast.allSatisfy { $0 == fast[0] })
    }
}
