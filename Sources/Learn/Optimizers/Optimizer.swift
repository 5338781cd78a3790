/// Updates a model's parameters from their gradients (Swift for TensorFlow's
/// `update(_:along:)`). Optimizers are classes because they keep state
/// (velocities, moment estimates) between steps.
public protocol Optimizer: AnyObject {
    /// The step size; finite and positive (`setLearningRate` checks a new one).
    var learningRate: Double { get set }
    /// Applies one step to `model`; `gradients` must be parallel to its parameters.
    func update(_ model: inout Sequential, along gradients: ModelGradients) throws
}

extension Optimizer {
    /// Sets the step size for the next updates (`optimizer.learningRate = 0.001` between cells).
    public func setLearningRate(_ value: Double) throws {
        try OptimizerSupport.checkLearningRate(value)
        learningRate = value
    }
}

/// Argument checks and the per-parameter state shared by the optimizers.
enum OptimizerSupport {
    static func checkLearningRate(_ value: Double) throws {
        guard value.isFinite, value > 0 else {
            throw LearnError.invalidArgument(name: "learningRate", reason: "must be a finite positive number, got \(Tensor.format(value))")
        }
    }

    /// Zero state for each parameter of each layer.
    static func zeroState(for model: Sequential) -> [[[Double]]] {
        model.layers.map { layer in layer.parameters.map { [Double](repeating: 0, count: $0.scalarCount) } }
    }

    /// Throws unless `gradients` and `state` fit `model` exactly.
    static func check(_ gradients: ModelGradients, state: [[[Double]]], model: Sequential) throws {
        guard gradients.layers.count == model.layers.count else {
            throw LearnError.gradientMismatch(layer: min(gradients.layers.count, model.layers.count),
                                              reason: "\(gradients.layers.count) layers of gradients for \(model.layers.count) layers")
        }
        for (index, layer) in model.layers.enumerated() {
            let parameters = layer.parameters, layerGradients = gradients.layers[index]
            guard layerGradients.count == parameters.count,
                  zip(layerGradients, parameters).allSatisfy({ $0.shape == $1.shape }) else {
                throw LearnError.gradientMismatch(layer: index, reason: "gradient shapes \(layerGradients.map(\.shape)) for parameters \(parameters.map(\.shape))")
            }
            guard state.count == model.layers.count, state[index].count == parameters.count,
                  zip(state[index], parameters).allSatisfy({ $0.count == $1.scalarCount }) else {
                throw LearnError.gradientMismatch(layer: index, reason: "the optimizer was made for a model of another shape")
            }
        }
    }

    /// Runs `step(parameter, gradient, stateIndex)` over every scalar array,
    /// then stores the stateful layers' state the gradients carry.
    static func forEachParameter(
        of model: inout Sequential, _ gradients: ModelGradients,
        _ step: (_ layer: Int, _ parameter: Int, inout [Double], [Double]) -> Void
    ) {
        for layer in model.layers.indices {
            model.layers[layer].updateParameters { parameter, scalars in
                step(layer, parameter, &scalars, gradients.layers[layer][parameter].scalars)
            }
        }
        model.setLayerStates(gradients.states)
    }
}
