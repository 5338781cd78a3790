import LearnKernels
import LearnKernelsAVX512
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Adam (Kingma & Ba) with bias correction, PyTorch's and Keras's defaults:
/// β1 = 0.9, β2 = 0.999, ε = 1e-8 added outside the square root:
/// `m ← β1·m + (1−β1)·g`, `v ← β2·v + (1−β2)·g²`,
/// `θ ← θ − η / (1−β1ᵗ) · m / (√v / √(1−β2ᵗ) + ε)` (PyTorch's arrangement), over SIMD vectors
/// (`UpdateKernel`, the build this CPU runs best).
public final class Adam: Optimizer {
    public var learningRate: Double
    public let beta1: Double
    public let beta2: Double
    public let epsilon: Double
    private var firstMoment: [[[Double]]]
    private var secondMoment: [[[Double]]]
    private var step = 0

    public init(for model: Sequential, learningRate: Double = 0.001,
                beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8) throws {
        try OptimizerSupport.checkLearningRate(learningRate)
        for (name, value) in [("beta1", beta1), ("beta2", beta2)] where !(value.isFinite && value >= 0 && value < 1) {
            throw LearnError.invalidArgument(name: name, reason: "must be in 0..<1, got \(Tensor.format(value))")
        }
        guard epsilon.isFinite, epsilon > 0 else {
            throw LearnError.invalidArgument(name: "epsilon", reason: "must be a finite positive number")
        }
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.firstMoment = OptimizerSupport.zeroState(for: model)
        self.secondMoment = OptimizerSupport.zeroState(for: model)
    }

    public func update(_ model: inout Sequential, along gradients: ModelGradients) throws {
        try OptimizerSupport.check(gradients, state: firstMoment, model: model)
        step += 1
        let constants = (beta1: beta1, beta2: beta2, epsilon: epsilon, stepSize: learningRate / (1 - pow(beta1, Double(step))),
                         inverseRootCorrection: 1 / (1 - pow(beta2, Double(step))).squareRoot())
        OptimizerSupport.forEachParameter(of: &model, gradients) { layer, parameter, theta, g in
            firstMoment[layer][parameter].withUnsafeMutableBufferPointer { m in
                secondMoment[layer][parameter].withUnsafeMutableBufferPointer { v in
                    theta.withUnsafeMutableBufferPointer { theta in
                        g.withUnsafeBufferPointer { g in
                            let count = min(theta.count, g.count, m.count, v.count)
                            guard count > 0, let t = theta.baseAddress, let g = g.baseAddress, let m = m.baseAddress,
                                  let v = v.baseAddress else { return }
                            Self.adam(count: count, parameters: t, gradients: g, firstMoment: m, secondMoment: v, step: constants)
                        }
                    }
                }
            }
        }
    }
}

extension Adam {
    /// `UpdateKernel.adam` through the fastest build this CPU runs (all give the same bits), in
    /// parts on both cores for a large parameter.
    static func adam(count: Int, parameters: UnsafeMutablePointer<Double>, gradients: UnsafePointer<Double>,
                     firstMoment: UnsafeMutablePointer<Double>, secondMoment: UnsafeMutablePointer<Double>,
                     step: (beta1: Double, beta2: Double, epsilon: Double, stepSize: Double, inverseRootCorrection: Double)) {
        SplitKernels.forEachPart(of: count) { part in
            let i = part.lowerBound
            adamPart(count: part.count, parameters: parameters + i, gradients: gradients + i,
                     firstMoment: firstMoment + i, secondMoment: secondMoment + i, step: step)
        }
    }

    private static func adamPart(count: Int, parameters: UnsafeMutablePointer<Double>, gradients: UnsafePointer<Double>,
                                 firstMoment: UnsafeMutablePointer<Double>, secondMoment: UnsafeMutablePointer<Double>,
                                 step: (beta1: Double, beta2: Double, epsilon: Double, stepSize: Double, inverseRootCorrection: Double)) {
        switch CPUFeatures.kernelBuild {
        case .avx512:
            LearnKernelsAVX512.UpdateKernel.adam(count: count, parameters: parameters, gradients: gradients,
                                                 firstMoment: firstMoment, secondMoment: secondMoment, step: step)
        case .avx2:
            LearnKernels.UpdateKernel.adam(count: count, parameters: parameters, gradients: gradients,
                                           firstMoment: firstMoment, secondMoment: secondMoment, step: step)
        case .baseline:
            UpdateKernel.adam(count: count, parameters: parameters, gradients: gradients,
                              firstMoment: firstMoment, secondMoment: secondMoment, step: step)
        }
    }
}
