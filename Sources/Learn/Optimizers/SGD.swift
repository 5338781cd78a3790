/// Stochastic gradient descent with optional momentum, PyTorch's convention:
/// `v ← μ·v + g`, `θ ← θ − η·v` (plain `θ ← θ − η·g` when μ = 0).
public final class SGD: Optimizer {
    public var learningRate: Double
    public let momentum: Double
    private var velocity: [[[Double]]]

    public init(for model: Sequential, learningRate: Double = 0.01, momentum: Double = 0) throws {
        try OptimizerSupport.checkLearningRate(learningRate)
        guard momentum.isFinite, momentum >= 0, momentum < 1 else {
            throw LearnError.invalidArgument(name: "momentum", reason: "must be in 0..<1, got \(Tensor.format(momentum))")
        }
        self.learningRate = learningRate
        self.momentum = momentum
        self.velocity = OptimizerSupport.zeroState(for: model)
    }

    public func update(_ model: inout Sequential, along gradients: ModelGradients) throws {
        try OptimizerSupport.check(gradients, state: velocity, model: model)
        let (rate, mu) = (learningRate, momentum)
        OptimizerSupport.forEachParameter(of: &model, gradients) { layer, parameter, theta, g in
            if mu == 0 {
                theta.withUnsafeMutableBufferPointer { t in
                    g.withUnsafeBufferPointer { d in
                        for i in 0..<min(t.count, d.count) { t[i] -= rate * d[i] }
                    }
                }
                return
            }
            velocity[layer][parameter].withUnsafeMutableBufferPointer { v in
                for i in 0..<theta.count {
                    v[i] = mu * v[i] + g[i]
                    theta[i] -= rate * v[i]
                }
            }
        }
    }
}
