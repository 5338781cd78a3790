import Learn

/// What a diagram or panel says about one layer: its kind, activation, shapes
/// and parameters, found by walking the model from its input shape.
public struct LayerFacts: Sendable, Equatable {
    public var index: Int
    public var kind: String
    /// The activation's name, or nil for none / identity.
    public var activation: String?
    /// One example's output shape, nil when the input width is unknown.
    public var outputShape: [Int]?
    public var parameterCount: Int
    /// `[in, out]` for a dense layer, the filter's `[h, w, in, out]` for a convolution, nil otherwise.
    public var weightShape: [Int]?

    /// "Dense · relu", "Dropout", …
    public var title: String { activation.map { "\(kind) · \($0)" } ?? kind }

    /// "[?, 64]" (batch axis as `?`), or "?" when unknown.
    public var shapeText: String { Self.shapeText(outputShape) }

    static func shapeText(_ shape: [Int]?) -> String {
        shape.map { "[?, " + $0.map(String.init).joined(separator: ", ") + "]" } ?? "?"
    }

    /// Facts for every layer of `model`, in order.
    public static func of(_ model: Sequential) -> [LayerFacts] {
        zip(model.layers, model.exampleOutputShapes).enumerated().map { index, pair in
            let (layer, output) = pair
            let dense = layer as? Dense, conv = layer as? Conv2D
            let activation = (dense?.activation ?? conv?.activation).map(\.name).flatMap { $0 == "identity" ? nil : $0 }
            let weightShape = dense.map { [$0.inputSize, $0.outputSize] } ?? conv.map(\.filterShape)
            return LayerFacts(index: index, kind: layer.kind, activation: activation, outputShape: output,
                              parameterCount: layer.parameterCount, weightShape: weightShape)
        }
    }
}

extension Sequential {
    /// The model's output for `input` after each layer, in inference mode.
    func layerOutputs(_ input: Tensor) throws -> [Tensor] {
        var current = input
        var outputs: [Tensor] = []
        for layer in layers {
            current = try layer.forward(current, training: false)
            outputs.append(current)
        }
        return outputs
    }
}
