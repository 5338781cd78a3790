import Learn
import Script

/// What `fit` returns: `loss`, `accuracy`, `validationLoss`, `validationAccuracy` (per epoch),
/// `weights(layer:)` and `gradients(layer:)` (one Tensor per epoch), `epochs`, `wasInterrupted`.
final class HistoryValue: NativeObject {
    let history: History
    let context: LearnContext
    init(_ history: History, context: LearnContext) { self.history = history; self.context = context }

    var typeName: String { "History" }
    var description: String {
        var parts = ["epochs: \(history.epochs)"]
        if let loss = history.loss.last { parts.append("loss: \(LearnBridge.format(loss))") }
        if let accuracy = history.accuracy.last { parts.append("accuracy: \(LearnBridge.format(accuracy))") }
        if let loss = history.validationLoss.last { parts.append("validationLoss: \(LearnBridge.format(loss))") }
        if let accuracy = history.validationAccuracy.last { parts.append("validationAccuracy: \(LearnBridge.format(accuracy))") }
        if history.wasInterrupted { parts.append("interrupted") }
        return "History(" + parts.joined(separator: ", ") + ")"
    }
    var memberNames: [String] {
        ["loss", "accuracy", "validationLoss", "validationAccuracy", "epochs", "wasInterrupted", "weights", "gradients"]
    }

    func property(_ name: String) throws(ScriptError) -> Value? {
        switch name {
        case "loss": .array(history.loss.map(Value.double))
        case "accuracy": .array(history.accuracy.map(Value.double))
        case "validationLoss": .array(history.validationLoss.map(Value.double))
        case "validationAccuracy": .array(history.validationAccuracy.map(Value.double))
        case "epochs": .int(history.epochs)
        case "wasInterrupted": .bool(history.wasInterrupted)
        default: nil
        }
    }

    func method(_ name: String) -> [Builtin]? {
        let history = self.history
        switch name {
        case "weights", "gradients":
            return [Builtin(name, [Parameter("layer", type: "Int")], returns: "[Tensor]",
                            doc: "Layer `layer`'s \(name == "weights" ? "weight after" : "weight gradient averaged over the steps of") each epoch.") {
                arguments throws(ScriptError) in
                let layer = try arguments.int(0)
                let tensors = try LearnBridge.run {
                    name == "weights" ? try history.weights(layer: layer) : try history.gradients(layer: layer)
                }
                return .array(tensors.map(LearnBridge.value))
            }]
        default: return nil
        }
    }
}
