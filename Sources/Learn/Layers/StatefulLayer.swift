/// A layer that also keeps values training changes without gradients
/// (`BatchNorm`'s running statistics).
///
/// A model in training mode (`fit`, `valueWithGradient(at: model)`) calls
/// `trainingForward` and records the state it returns; the gradients carry
/// it (`ModelGradients.states`) and the optimizer's `update` stores it in the
/// model with the new parameters, so models keep value semantics and a
/// hand-written training loop updates the statistics as `fit` does.
public protocol StatefulLayer: Layer {
    /// The non-trainable tensors, in a fixed order.
    var state: [Tensor] { get }
    /// Replaces the state; counts and shapes must stay as they are.
    mutating func setState(_ state: [Tensor])
    /// The layer applied to a batch in training mode, and its state after that batch.
    func trainingForward(_ input: Tensor) throws -> (output: Tensor, state: [Tensor])
}

/// Where a model in training mode leaves the state its stateful layers
/// reached, by layer index (a class, so the model's copies share it).
final class LayerStateRecorder: @unchecked Sendable {
    var states: [Int: [Tensor]] = [:]
}

extension Sequential {
    /// Stores `states` (by layer index) in the stateful layers they belong to;
    /// states that do not fit a layer's are ignored.
    mutating func setLayerStates(_ states: [Int: [Tensor]]) {
        for (index, state) in states where layers.indices.contains(index) {
            guard var layer = layers[index] as? any StatefulLayer,
                  layer.state.map(\.shape) == state.map(\.shape) else { continue }
            layer.setState(state.map(\.detached))
            layers[index] = layer
        }
    }
}
