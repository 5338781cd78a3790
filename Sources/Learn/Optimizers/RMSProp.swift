/// RMSProp as Swift for TensorFlow defines it (PyTorch's formula with α = ρ): ρ = 0.9, ε = 1e-8
/// added outside the square root, no momentum, no centering:
/// `v ← ρ·v + (1−ρ)·g²`, `θ ← θ − η·g / (√v + ε)`.
public final class RMSProp: Optimizer {
    public var learningRate: Double
    public let rho: Double
    public let epsilon: Double
    private var meanSquare: [[[Double]]]

    public init(for model: Sequential, learningRate: Double = 0.001, rho: Double = 0.9, epsilon: Double = 1e-8) throws {
        try OptimizerSupport.checkLearningRate(learningRate)
        guard rho.isFinite, rho >= 0, rho < 1 else {
            throw LearnError.invalidArgument(name: "rho", reason: "must be in 0..<1, got \(Tensor.format(rho))")
        }
        guard epsilon.isFinite, epsilon > 0 else {
            throw LearnError.invalidArgument(name: "epsilon", reason: "must be a finite positive number")
        }
        self.learningRate = learningRate
        self.rho = rho
        self.epsilon = epsilon
        self.meanSquare = OptimizerSupport.zeroState(for: model)
    }

    public func update(_ model: inout Sequential, along gradients: ModelGradients) throws {
        try OptimizerSupport.check(gradients, state: meanSquare, model: model)
        let (r, eps, rate) = (rho, epsilon, learningRate)
        OptimizerSupport.forEachParameter(of: &model, gradients) { layer, parameter, theta, g in
            meanSquare[layer][parameter].withUnsafeMutableBufferPointer { v in
                for i in 0..<theta.count {
                    v[i] = r * v[i] + (1 - r) * g[i] * g[i]
                    theta[i] -= rate * g[i] / (v[i].squareRoot() + eps)
                }
            }
        }
    }
}
