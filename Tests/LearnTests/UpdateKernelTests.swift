import Foundation
import Testing
@testable import Learn
import LearnKernels
import LearnKernelsAVX512

/// Adam's vectorised step (`UpdateKernel.adam`) in every build this CPU runs: the same bits in all,
/// PyTorch's formula, and moments that never stay subnormal.
@Suite(.isolatedRandom) struct UpdateKernelTests {
    typealias Step = (beta1: Double, beta2: Double, epsilon: Double, stepSize: Double, inverseRootCorrection: Double)

    /// Parameters, gradients and both moments of `count` parameters.
    struct State: Equatable {
        var theta: [Double], g: [Double], m: [Double], v: [Double]
    }

    static func run(_ build: CPUFeatures.KernelBuild, _ state: inout State, _ step: Step) {
        let count = state.theta.count
        state.theta.withUnsafeMutableBufferPointer { t in
            state.g.withUnsafeBufferPointer { g in
                state.m.withUnsafeMutableBufferPointer { m in
                    state.v.withUnsafeMutableBufferPointer { v in
                        let (t, g, m, v) = (MatrixKernels.mutableBase(t), MatrixKernels.base(g),
                                            MatrixKernels.mutableBase(m), MatrixKernels.mutableBase(v))
                        switch build {
                        case .baseline:
                            BaselineUpdateKernel.adam(count: count, parameters: t, gradients: g, firstMoment: m, secondMoment: v, step: step)
                        case .avx2:
                            LearnKernels.UpdateKernel.adam(count: count, parameters: t, gradients: g, firstMoment: m,
                                                           secondMoment: v, step: step)
                        case .avx512:
                            LearnKernelsAVX512.UpdateKernel.adam(count: count, parameters: t, gradients: g, firstMoment: m,
                                                                 secondMoment: v, step: step)
                        }
                    }
                }
            }
        }
    }

    static func step(_ t: Int, learningRate: Double = 0.001) -> Step {
        (0.9, 0.999, 1e-8, learningRate / (1 - pow(0.9, Double(t))), 1 / (1 - pow(0.999, Double(t))).squareRoot())
    }

    @Test func everyRunnableBuildGivesTheSameBitsAsPyTorchsFormula() throws {
        let count = 37  // vector bodies and a scalar tail
        let start = State(theta: try Tensor(randomNormal: [count]).scalars, g: [], m: Array(repeating: 0, count: count),
                          v: Array(repeating: 0, count: count))
        let gradients = try (0..<5).map { _ in try Tensor(randomNormal: [count]).scalars }
        var results: [State] = []
        for build in CPUFeatures.runnableBuilds {
            var state = start
            for (t, g) in gradients.enumerated() {
                state.g = g
                Self.run(build, &state, Self.step(t + 1))
            }
            results.append(state)
        }
        #expect(results.allSatisfy { $0 == results[0] })
        var reference = start  // torch.optim.Adam: denom = √v / √(1 − β2ᵗ) + ε, θ −= η / (1 − β1ᵗ) · m / denom
        for (t, g) in gradients.enumerated() {
            for i in 0..<count {
                reference.m[i] = 0.9 * reference.m[i] + (1 - 0.9) * g[i]
                reference.v[i] = 0.999 * reference.v[i] + (1 - 0.999) * g[i] * g[i]
                let denominator = reference.v[i].squareRoot() / (1 - pow(0.999, Double(t + 1))).squareRoot() + 1e-8
                reference.theta[i] -= 0.001 / (1 - pow(0.9, Double(t + 1))) * reference.m[i] / denominator
            }
        }
        for i in 0..<count {
            #expect(Swift.abs(results[0].theta[i] - reference.theta[i]) <= 1e-15 * Swift.max(1, Swift.abs(reference.theta[i])))
            #expect(results[0].m[i] == reference.m[i])
            #expect(results[0].v[i] == reference.v[i])
        }
    }

    /// A parameter whose gradient stays 0 (a dead ReLU unit's weight): its first moment shrinks by
    /// β1 a step and would be subnormal after ~6,700 steps (the second moment, from 1e-306, too); it is stored as 0 instead, in every
    /// build, and the parameter ends where the unflushed arithmetic would put it (to 1e-300).
    @Test func momentsBelowTheSmallestNormalDoubleBecomeZero() {
        let count = 19
        for build in CPUFeatures.runnableBuilds {
            var state = State(theta: Array(repeating: 0.5, count: count), g: Array(repeating: 0, count: count),
                              m: (0..<count).map { 1e-3 * Double($0 + 1) }, v: (0..<count).map { 1e-306 * Double($0 + 1) })
            var exact = state
            var sawSubnormal = false
            for t in 1...6_900 {
                Self.run(build, &state, Self.step(t))
                sawSubnormal = sawSubnormal || (state.m + state.v).contains { $0.isSubnormal }
                for i in 0..<count {  // the same arithmetic, unflushed
                    exact.m[i] = 0.9 * exact.m[i]
                    exact.v[i] = 0.999 * exact.v[i]
                    exact.theta[i] -= Self.step(t).stepSize * (exact.m[i] / (exact.v[i].squareRoot() * Self.step(t).inverseRootCorrection + 1e-8))
                }
            }
            #expect(!sawSubnormal, "\(build)")
            #expect(state.m.allSatisfy { $0 == 0 }, "\(build)")
            #expect(exact.m.contains { $0.isSubnormal } && exact.v.contains { $0.isSubnormal }, "the unflushed moments do reach subnormals")
            #expect(state.v.allSatisfy { $0 == 0 }, "\(build)")
            for i in 0..<count { #expect(Swift.abs(state.theta[i] - exact.theta[i]) < 1e-300, "\(build) at \(i)") }
        }
    }
}
