#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Adam (Kingma & Ba) with bias correction, PyTorch's and Keras's defaults:
/// β1 = 0.9, β2 = 0.999, ε = 1e-8 added outside the square root:
/// `m ← β1·m + (1−β1)·g`, `v ← β2·v + (1−β2)·g²`,
/// `θ ← θ − η · (m / (1−β1ᵗ)) / (√(v / (1−β2ᵗ)) + ε)`.
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
        let (b1, b2, eps, rate) = (beta1, beta2, epsilon, learningRate)
        let correction1 = 1 - pow(b1, Double(step))
        let correction2 = 1 - pow(b2, Double(step))
        OptimizerSupport.forEachParameter(of: &model, gradients) { layer, parameter, theta, g in
            firstMoment[layer][parameter].withUnsafeMutableBufferPointer { m in
                secondMoment[layer][parameter].withUnsafeMutableBufferPointer { v in
                    for i in 0..<theta.count {
                        m[i] = b1 * m[i] + (1 - b1) * g[i]
                        v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i]
                        theta[i] -= rate * (m[i] / correction1) / ((v[i] / correction2).squareRoot() + eps)
                    }
                }
            }
        }
    }
}
