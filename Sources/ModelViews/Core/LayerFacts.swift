import Learn

/// What a diagram or panel says about one layer: its kind, activation, shapes
/// and parameters, found by walking the model from its input width.
public struct LayerFacts: Sendable, Equatable {
    public var index: Int
    public var kind: String
    /// The activation's name, or nil for none / identity.
    public var activation: String?
    /// One example's output shape, nil when the input width is unknown.
    public var outputShape: [Int]?
    public var parameterCount: Int
    /// `[in, out]` for a dense layer, nil otherwise.
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
        var shape: [Int]? = model.inputFeatures.map { [$0] }
        return model.layers.enumerated().map { index, layer in
            let output = shape.map { layer.outputShape(for: $0) }
            shape = output
            let dense = layer as? Dense
            let activation = dense.map(\.activation.name).flatMap { $0 == "identity" ? nil : $0 }
            return LayerFacts(index: index, kind: layer.kind, activation: activation, outputShape: output,
                              parameterCount: layer.parameterCount, weightShape: dense.map { [$0.inputSize, $0.outputSize] })
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
