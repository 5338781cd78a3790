/// The gradients of a `Sequential` model's loss: for each layer, one tensor
/// per parameter, in the same order as `layer.parameters`.
public struct ModelGradients: Sendable, Equatable {
    public var layers: [[Tensor]]
    /// The state the model's stateful layers reached in the pass (BatchNorm's
    /// running statistics), by layer index; `update(_:along:)` stores it.
    public var states: [Int: [Tensor]]

    public init(layers: [[Tensor]], states: [Int: [Tensor]] = [:]) {
        self.layers = layers
        self.states = states
    }

    /// The gradients of one layer's parameters.
    public subscript(layer index: Int) -> [Tensor] {
        layers.indices.contains(index) ? layers[index] : []
    }

    /// True when no gradient is NaN or infinite.
    public var allFinite: Bool {
        layers.joined().allSatisfy { ElementwiseKernels.allFinite($0.scalars) }
    }

    /// The Euclidean norm of all gradients together.
    public var norm: Double {
        layers.joined().reduce(0) { total, tensor in
            tensor.scalars.reduce(total) { $0 + $1 * $1 }
        }.squareRoot()
    }
}

/// The closure's value for `model` and its gradient with respect to every
/// parameter. The closure receives a copy of the model in training mode
/// (dropout active) whose parameters are tracked.
public func valueWithGradient(
    at model: Sequential, in body: (Sequential) throws -> Tensor
) throws -> (value: Tensor, gradient: ModelGradients) {
    var tracked = model
    tracked.isTraining = true
    let recorder = LayerStateRecorder()
    tracked.stateRecorder = recorder
    var leaves: [[GradientNode]] = []
    let tape = Tape()
    for index in tracked.layers.indices {
        let pairs = tracked.layers[index].parameters.map { $0.trackedAsLeaf(of: tape) }
        tracked.layers[index].setParameters(pairs.map(\.0))
        leaves.append(pairs.map(\.1))
    }
    let value = try body(tracked)
    try tape.check(value)
    try BackwardPass.run(from: value)
    let gradients = zip(leaves, model.layers).map { layerLeaves, layer in
        zip(layerLeaves, layer.parameters).map { leaf, parameter in
            Tensor(uncheckedShape: parameter.shape,
                   scalars: leaf.gradient ?? [Double](repeating: 0, count: parameter.scalarCount))
        }
    }
    return (value.detached, ModelGradients(layers: gradients, states: recorder.states))
}

/// The gradient of the closure with respect to every parameter of `model`.
public func gradient(at model: Sequential, in body: (Sequential) throws -> Tensor) throws -> ModelGradients {
    try valueWithGradient(at: model, in: body).gradient
}
