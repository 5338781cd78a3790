import Learn
import Script

/// `relu sigmoid tanh softmax leakyRelu gelu identity`: functions usable anywhere — `relu(t)`,
/// `[a, b].map(relu)`, `Dense(…, activation: relu)`. Each is a named callable type, so a layer
/// can tell which activation it was given.
enum ActivationFunctions {
    static let names = ["relu", "sigmoid", "tanh", "softmax", "leakyRelu", "gelu", "identity"]

    static func namespaces() -> [TypeNamespace] {
        names.compactMap { name in
            guard let activation = Activation.all[name] ?? (name == "identity" ? .identity : nil) else { return nil }
            let apply = Builtin(name, [Parameter(nil, "x", type: "Tensor")], returns: "Tensor",
                                doc: "The \(name) activation, elementwise (softmax: along the last axis).") {
                arguments throws(ScriptError) in
                let input = try LearnBridge.tensor(arguments[0], name: "x")
                let output = activation(input)
                if case .native = arguments[0] { return LearnBridge.value(output) }
                if input.rank == 0, let scalar = output.scalar { return .double(scalar) }
                return LearnBridge.value(output)
            }
            return TypeNamespace(name: name, doc: "The \(name) activation function.", initializers: [apply])
        }
    }

    /// The activation a layer argument names: `relu` (the function), `.relu`, or `"relu"`.
    static func activation(_ value: Value, name: String) throws(ScriptError) -> Activation {
        let chosen: String?
        switch value {
        case .type(let namespace): chosen = namespace.name
        case .symbol(let symbol), .string(let symbol): chosen = symbol
        default: chosen = nil
        }
        if let chosen, let activation = Activation.all[chosen] ?? (chosen == "identity" ? .identity : nil) {
            return activation
        }
        throw ScriptError(kind: .type, message: "'\(name)' must be one of \(names.joined(separator: ", ")), got '\(value.typeName)'")
    }
}
