import Learn
import Script

/// What `fit` returns: `loss`, `accuracy`, `validationLoss`, `validationAccuracy` and the
/// metrics asked for (`precision`, `validationAuc`, …; per epoch), `weights(layer:)` and
/// `gradients(layer:)` (one Tensor per kept epoch, listed by `snapshotEpochs`), `epochs`,
/// `wasInterrupted`, `stoppedEpoch` and `bestEpoch` (EarlyStopping).
final class HistoryValue: NativeObject {
    let history: History
    let context: LearnContext
    init(_ history: History, context: LearnContext) { self.history = history; self.context = context }

    static let metricNames = Metric.allCases.filter { $0 != .accuracy }.flatMap { [$0.key(validation: false), $0.key(validation: true)] }

    var typeName: String { "History" }
    var description: String {
        var parts = ["epochs: \(history.epochs)"]
        for name in history.figureNames {
            if let last = history.figure(name)?.last { parts.append("\(name): \(LearnBridge.format(last))") }
        }
        if let stopped = history.stoppedEpoch {
            parts.append("stoppedEpoch: \(stopped)")
            if let best = history.bestEpoch { parts.append("bestEpoch: \(best)") }
        }
        if history.wasInterrupted { parts.append("interrupted") }
        return "History(" + parts.joined(separator: ", ") + ")"
    }
    var memberNames: [String] {
        ["loss", "accuracy", "validationLoss", "validationAccuracy"] + Self.metricNames
            + ["epochs", "wasInterrupted", "stoppedEpoch", "bestEpoch", "snapshotEpochs", "weights", "gradients"]
    }

    func property(_ name: String) throws(ScriptError) -> Value? {
        switch name {
        case "loss": return .array(history.loss.map(Value.double))
        case "accuracy": return .array(history.accuracy.map(Value.double))
        case "validationLoss": return .array(history.validationLoss.map(Value.double))
        case "validationAccuracy": return .array(history.validationAccuracy.map(Value.double))
        case "epochs": return .int(history.epochs)
        case "wasInterrupted": return .bool(history.wasInterrupted)
        case "stoppedEpoch": return history.stoppedEpoch.map { .wrapped(.int($0)) } ?? .null
        case "bestEpoch": return history.bestEpoch.map { .wrapped(.int($0)) } ?? .null
        case "snapshotEpochs": return .array(history.snapshotEpochs.map(Value.int))
        default:
            guard Self.metricNames.contains(name) else { return nil }
            return .array((history.metrics[name] ?? []).map(Value.double))
        }
    }

    func method(_ name: String) -> [Builtin]? {
        let history = self.history
        switch name {
        case "weights", "gradients":
            return [Builtin(name, [Parameter("layer", type: "Int")], returns: "[Tensor]",
                            doc: "Layer `layer`'s \(name == "weights" ? "weight after" : "weight gradient averaged over the steps of") each kept epoch (snapshotEpochs).") {
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
