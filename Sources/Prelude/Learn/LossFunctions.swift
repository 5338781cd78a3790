import Learn
import Script

/// `softmaxCrossEntropy(logits:labels:)`, `meanSquaredError(predicted:expected:)`,
/// `sigmoidCrossEntropy(logits:labels:)`: mean losses as scalar tensors (differentiable).
enum LossFunctions {
    static var all: [Builtin] {
        [
            loss("softmaxCrossEntropy", ("logits", "labels"), "Mean cross-entropy of softmax(logits) against class indices.",
                 { try softmaxCrossEntropy(logits: $0, labels: $1) }),
            loss("meanSquaredError", ("predicted", "expected"), "Mean of the squared differences.",
                 { try meanSquaredError(predicted: $0, expected: $1) }),
            loss("sigmoidCrossEntropy", ("logits", "labels"), "Mean binary cross-entropy of sigmoid(logits) against 0/1 labels.",
                 { try sigmoidCrossEntropy(logits: $0, labels: $1) }),
        ]
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
