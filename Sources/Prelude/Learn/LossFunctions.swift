import Learn
import Script

/// `softmaxCrossEntropy(logits:labels:)`, `meanSquaredError(predicted:expected:)`,
/// `meanAbsoluteError(predicted:expected:)`, `sigmoidCrossEntropy(logits:labels:)`: mean losses
/// as scalar tensors (differentiable). Given a model's softmax or sigmoid output, the
/// cross-entropies start from its logits, as in Keras.
enum LossFunctions {
    static var all: [Builtin] {
        [
            loss("softmaxCrossEntropy", ("logits", "labels"), "Mean cross-entropy of softmax(logits) against class indices.",
                 { try softmaxCrossEntropy(logits: $0, labels: $1) }),
            loss("meanSquaredError", ("predicted", "expected"), "Mean of the squared differences.",
                 { try meanSquaredError(predicted: $0, expected: $1) }),
            loss("meanAbsoluteError", ("predicted", "expected"), "Mean of the absolute differences.",
                 { try meanAbsoluteError(predicted: $0, expected: $1) }),
            loss("sigmoidCrossEntropy", ("logits", "labels"), "Mean binary cross-entropy of sigmoid(logits) against 0/1 labels.",
                 { try sigmoidCrossEntropy(logits: $0, labels: $1) }),
        ]
    }

    /// The `loss:` argument of `fit` and `evaluate`: `.softmaxCrossEntropy`, `.sigmoidCrossEntropy`,
    /// `.meanSquaredError` or `.meanAbsoluteError` (nil: chosen from the model and the data).
    static func kind(_ arguments: Arguments, _ index: Int) throws(ScriptError) -> LossKind? {
        guard let value = LearnBridge.optional(arguments[index]) else { return nil }
        let names = LossKind.allCases.map { "." + $0.rawValue }.joined(separator: ", ")
        if case .symbol(let name) = value {
            if let kind = LossKind(rawValue: name) { return kind }
            throw ScriptError(kind: .type, message: "'loss' must be one of \(names), got '.\(name)'")
        }
        throw ScriptError(kind: .type, message: "'loss' must be one of \(names), got '\(value.typeName)'")
    }

    private static func loss(_ name: String, _ labels: (String, String), _ doc: String,
                             _ function: @escaping (Tensor, Tensor) throws -> Tensor) -> Builtin {
        Builtin(name, [Parameter(labels.0, type: "Tensor"), Parameter(labels.1, type: "Tensor")], returns: "Tensor", doc: doc) {
            arguments throws(ScriptError) in
            let first = try LearnBridge.tensor(arguments[0], name: labels.0)
            let second = try LearnBridge.tensor(arguments[1], name: labels.1)
            return LearnBridge.value(try LearnBridge.run { try function(first, second) })
        }
    }
}
