import Learn
import Script

/// A layer as a cell value (`Dense`, `Dropout`, `Flatten`): `weight`, `bias`, `parameterCount`,
/// and `layer(x)` to apply it alone. Its parameters are settable (`layer.bias = …`, `model[0].bias[2] = 0`)
/// with a tensor of the same shape.
final class LayerValue: NativeObject {
    private(set) var layer: any Layer
    init(_ layer: any Layer) { self.layer = layer }

    var typeName: String { layer.kind }
    var description: String { layer.description }
    var memberNames: [String] {
        ["weight", "bias", "parameterCount", "inputSize", "outputSize", "activation", "probability"] + ImageLayerMembers.names(of: layer)
    }

    func property(_ name: String) throws(ScriptError) -> Value? {
        if let value = ImageLayerMembers.property(name, of: layer) { return value }
        switch (name, layer) {
        case ("parameterCount", _): return .int(layer.parameterCount)
        case ("weight", let dense as Dense): return LearnBridge.value(dense.weight)
        case ("bias", let dense as Dense): return LearnBridge.value(dense.bias)
        case ("inputSize", let dense as Dense): return .int(dense.inputSize)
        case ("outputSize", let dense as Dense): return .int(dense.outputSize)
        case ("activation", let dense as Dense): return .string(dense.activation.name)
        case ("probability", let dropout as Dropout): return .double(dropout.probability)
        case ("weight", _), ("bias", _):
            throw ScriptError(kind: .type, message: "a \(layer.kind) layer has no '\(name)' (only Dense and Conv2D layers have weights)")
        default: return nil
        }
    }

    func setProperty(_ name: String, to newValue: Value, isUniquelyReferenced: Bool) throws(ScriptError) -> (any NativeObject)? {
        guard let index = Self.parameterIndex(name, of: layer) else { return nil }
        let value = try LearnBridge.tensor(newValue, name: name)
        var changed = layer
        try LearnBridge.run { try changed.replaceParameter(index, named: name, with: value) }
        guard isUniquelyReferenced else { return LayerValue(changed) }
        layer = changed
        return self
    }

    /// The position in `parameters` of the parameter cells call `name`.
    private static func parameterIndex(_ name: String, of layer: any Layer) -> Int? {
        switch (name, layer) {
        case ("weight", is Dense), ("weight", is Conv2D), ("filter", is Conv2D), ("scale", is BatchNorm): 0
        case ("bias", is Dense), ("bias", is Conv2D), ("offset", is BatchNorm): 1
        default: nil
        }
    }

    func callAsFunction(_ arguments: inout Arguments) throws(ScriptError) -> Value? {
        guard arguments.values.count == 1 else {
            throw ScriptError(kind: .type, message: "a layer is called with one Tensor: layer(x)")
        }
        let input = try LearnBridge.tensor(arguments[0], name: "x")
        let layer = self.layer
        return LearnBridge.value(try LearnBridge.run { try layer(input) })
    }
}

/// `Dense(inputSize:outputSize:activation:)`, `Dropout(probability:)`, `Flatten()`.
enum LayerConstructors {
    static func namespaces(_ interpreter: Interpreter) -> [TypeNamespace] {
        let dense = Builtin("Dense", [Parameter("inputSize", type: "Int"), Parameter("outputSize", type: "Int"),
                                      Parameter("activation", type: "Activation", default: .init("identity") { .symbol("identity") })],
                            returns: "Dense", doc: "A fully connected layer: activation(x • weight + bias).") {
            arguments throws(ScriptError) in
            let inputSize = try positive(arguments, 0, "inputSize")
            let outputSize = try positive(arguments, 1, "outputSize")
            let activation = try ActivationFunctions.activation(arguments[2], name: "activation")
            return .native(LayerValue(try LearnBridge.seeded(interpreter) {
                try Dense(inputSize: inputSize, outputSize: outputSize, activation: activation)
            }))
        }
        let dropout = Builtin("Dropout", [Parameter("probability", type: "Double")], returns: "Dropout",
                              doc: "Zeroes each input with this probability while training.") { arguments throws(ScriptError) in
            let probability = try arguments.double(0)
            return .native(LayerValue(try LearnBridge.run { try Dropout(probability: probability) }))
        }
        let flatten = Builtin("Flatten", [], returns: "Flatten", doc: "Flattens each example to one axis.") { _ throws(ScriptError) in
            .native(LayerValue(Flatten()))
        }
        return [TypeNamespace(name: "Dense", doc: "A fully connected layer.", initializers: [dense]),
                TypeNamespace(name: "Dropout", doc: "A dropout layer.", initializers: [dropout]),
                TypeNamespace(name: "Flatten", doc: "A layer flattening each example.", initializers: [flatten])]
    }

    private static func positive(_ arguments: Arguments, _ index: Int, _ name: String) throws(ScriptError) -> Int {
        let value = try arguments.int(index)
        guard value > 0, value <= 1 << 20 else {
            throw ScriptError(kind: .runtime, message: "invalid '\(name)': must be between 1 and \(1 << 20), got \(value)")
        }
        return value
    }
}
