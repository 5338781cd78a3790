/// Builds the layer list of a `Sequential` from a block of layer expressions.
@resultBuilder
public enum LayerBuilder {
    public static func buildExpression(_ layer: any Layer) -> [any Layer] { [layer] }
    public static func buildBlock(_ parts: [any Layer]...) -> [any Layer] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [any Layer]?) -> [any Layer] { part ?? [] }
    public static func buildEither(first part: [any Layer]) -> [any Layer] { part }
    public static func buildEither(second part: [any Layer]) -> [any Layer] { part }
    public static func buildArray(_ parts: [[any Layer]]) -> [any Layer] { parts.flatMap { $0 } }
}

/// A model that applies its layers one after the other.
public struct Sequential: Sendable {
    /// The gradients of a model, parallel to its parameters.
    public typealias TangentVector = ModelGradients

    public var layers: [any Layer]
    /// True while training: dropout is active. `valueWithGradient(at:in:)`
    /// and `fit` hand the closure / loop a model with this set.
    public var isTraining: Bool = false
    /// One example's shape, once known: set by `fit` and by the notebook
    /// when the model is first applied (Keras builds a model the same way),
    /// so summaries and diagrams can show convolution outputs.
    public var inputShape: [Int]?
    /// Where stateful layers leave their state while training (set by `valueWithGradient(at:in:)`).
    var stateRecorder: LayerStateRecorder?
    /// The loss `fit` last trained the model with (Keras's compiled loss); `evaluate`,
    /// `predict` and the views read the outputs by it. Nil until the first `fit`.
    public var loss: LossKind?

    public init(_ layers: [any Layer]) {
        self.layers = layers
    }

    public init(@LayerBuilder _ content: () throws -> [any Layer]) rethrows {
        self.layers = try content()
    }

    /// The model applied to a batch `[examples, features]`.
    public func callAsFunction(_ input: Tensor) throws -> Tensor {
        var current = input
        for (index, layer) in layers.enumerated() {
            if let expected = layer.inputFeatures, current.rank != 2 || current.shape[1] != expected {
                throw LearnError.inputMismatch(layer: index, expected: expected, shape: current.shape)
            }
            if isTraining, let recorder = stateRecorder, let stateful = layer as? any StatefulLayer {
                let (output, state) = try stateful.trainingForward(current)
                recorder.states[index] = state
                current = output
            } else {
                current = try layer.forward(current, training: isTraining)
            }
        }
        return current
    }

    /// The layer at `index`.
    public subscript(_ index: Int) -> any Layer {
        get throws {
            guard layers.indices.contains(index) else {
                throw LearnError.layerIndexOutOfRange(index: index, count: layers.count)
            }
            return layers[index]
        }
    }

    /// Replaces the layer at `index` (`model[0] = layer` in a cell) with one of the same kind whose
    /// parameters have the same shapes and that gives the same output shape, so optimizers made
    /// for the model and the layers after it still fit.
    public mutating func replaceLayer(_ index: Int, with layer: any Layer) throws {
        let current = try self[index]
        let inputShape = index == 0 ? exampleShape : exampleOutputShapes[index - 1]
        let sameOutput = inputShape.map { current.outputShape(for: $0) == layer.outputShape(for: $0) } ?? true
        guard layer.kind == current.kind, sameOutput,
              layer.parameters.map(\.shape) == current.parameters.map(\.shape) else {
            let describe = { (layer: any Layer) in "\(layer) (parameters \(layer.parameters.map(\.shape)))" }
            throw LearnError.layerReplacement(index: index, current: describe(current), replacement: describe(layer))
        }
        layers[index] = layer
    }

    /// The number of trainable scalars of all layers.
    public var parameterCount: Int { layers.reduce(0) { $0 + $1.parameterCount } }

    /// The number of features the first sized layer expects, if any (nil
    /// when a layer that changes the example's shape, such as a convolution, comes first).
    public var inputFeatures: Int? {
        for layer in layers {
            if let features = layer.inputFeatures { return features }
            if layer.takesImages { return nil }
        }
        return nil
    }

    /// One example's shape: `inputShape` once known, else the first sized layer's input width.
    public var exampleShape: [Int]? { inputShape ?? inputFeatures.map { [$0] } }
}
