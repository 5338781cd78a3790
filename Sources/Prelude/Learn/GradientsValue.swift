import Learn
import Script

/// The gradients of a model's loss, as `valueWithGradient(at: model)` returns them:
/// `grads[0]` is layer 0's `[weight, bias]` gradients; `norm` is their Euclidean norm.
final class GradientsValue: NativeObject {
    let gradients: ModelGradients
    init(_ gradients: ModelGradients) { self.gradients = gradients }

    var typeName: String { "Gradients" }
    var description: String {
        "Gradients(layers: \(gradients.layers.count), norm: \(LearnBridge.format(gradients.norm)))"
    }
    var memberNames: [String] { ["layers", "norm"] }

    func property(_ name: String) throws(ScriptError) -> Value? {
        switch name {
        case "norm": .double(gradients.norm)
        case "layers": .array(gradients.layers.map { .array($0.map(LearnBridge.value)) })
        default: nil
        }
    }

    func subscriptGet(_ arguments: Arguments) throws(ScriptError) -> Value? {
        guard arguments.values.count == 1, case .int(let index) = arguments[0] else {
            throw ScriptError(kind: .type, message: "gradients are indexed by layer: grads[0]")
        }
        guard gradients.layers.indices.contains(index) else {
            throw ScriptError(kind: .runtime, message: String(describing: LearnError.layerIndexOutOfRange(index: index, count: gradients.layers.count)))
        }
        return .array(gradients.layers[index].map(LearnBridge.value))
    }
}
