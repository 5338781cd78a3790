import Learn
import Script

/// A `Sequential` model as a cell value: `model(x)`, `model[0]`, `layers`, `parameterCount`,
/// `summary()`, `predict(_:)`, `evaluate(_:)` and `fit(…)` (installed by `FitMethod`).
/// Training and `optimizer.update(&model, along:)` change the model in place.
final class ModelValue: RichDisplayable {
    var model: Sequential
    let context: LearnContext

    init(_ model: Sequential, context: LearnContext) { self.model = model; self.context = context }

    var typeName: String { "Sequential" }
    var description: String {
        "Sequential(" + model.layers.map(\.description).joined(separator: ", ") + ")"
    }
    var memberNames: [String] { ["layers", "parameterCount", "summary", "predict", "predictProbabilities", "evaluate", "report", "fit", "save"] }

    func displayBundle() throws(ScriptError) -> DisplayBundle { .plain(model.summary()) }

    func property(_ name: String) throws(ScriptError) -> Value? {
        switch name {
        case "layers": .array(model.layers.map { .native(LayerValue($0)) })
        case "parameterCount": .int(model.parameterCount)
        default: nil
        }
    }

    func method(_ name: String) -> [Builtin]? {
        switch name {
        case "summary":
            return [Builtin("summary", [], returns: "String", doc: "A Keras-like table of layers, output shapes and parameters.") {
                [model] _ throws(ScriptError) in .string(model.summary())
            }]
        case "predict":
            return [Builtin("predict", [Parameter(nil, "x", type: "Tensor")], returns: "Tensor",
                            doc: "The predicted class of each example (0/1 for a binary classifier), or a regression model's value.") {
                [model] arguments throws(ScriptError) in
                let input = try LearnBridge.tensor(arguments[0], name: "x")
                return LearnBridge.value(try LearnBridge.run { try model.predict(input) })
            }]
        case "predictProbabilities":
            return [Builtin("predictProbabilities", [Parameter(nil, "x", type: "Tensor")], returns: "Tensor",
                            doc: "A binary classifier's probability of class 1 per example [n], or every class's probability [n, classes].") {
                [model] arguments throws(ScriptError) in
                let input = try LearnBridge.tensor(arguments[0], name: "x")
                return LearnBridge.value(try LearnBridge.run { try model.predictProbabilities(input) })
            }]
        case "report":
            return [Builtin("report", [Parameter(nil, "data", type: "Dataset"), Parameter("loss", type: "Loss?", default: .nilValue)],
                            returns: "ClassificationReport",
                            doc: "Precision, recall, F1 and support per class with averages (scikit-learn's classification_report).") {
                [model] arguments throws(ScriptError) in
                let data = try arguments.native(0, as: DatasetValue.self, named: "Dataset").dataset
                let loss = try LossFunctions.kind(arguments, 1)
                return .native(ReportValue(try LearnBridge.run { try model.report(data, loss: loss) }))
            }]
        case "evaluate":
            return [Builtin("evaluate", [Parameter(nil, "data", type: "Dataset"), Parameter("loss", type: "Loss?", default: .nilValue)],
                            returns: "(loss: Double, accuracy: Double)",
                            doc: "The mean loss and the accuracy on a dataset (accuracy nan for a regression model).") {
                [model] arguments throws(ScriptError) in
                let data = try arguments.native(0, as: DatasetValue.self, named: "Dataset").dataset
                let loss = try LossFunctions.kind(arguments, 1)
                let result = try LearnBridge.run { try model.evaluate(data, loss: loss) }
                return .tuple(TupleValue(elements: [.double(result.loss), .double(result.accuracy)], labels: ["loss", "accuracy"]))
            }]
        case "fit": return [FitMethod.builtin(for: self)]
        case "save":
            return [Builtin("save", [Parameter("to", "path", type: "String")], returns: "Void",
                            doc: "Writes the weights and the architecture to a safetensors file (Sequential(contentsOf:) reads it back).") {
                [model] arguments throws(ScriptError) in
                let path = try arguments.string(0)
                try LearnBridge.run { try model.save(to: path) }
                return .void
            }]
        default: return nil
        }
    }

    func callAsFunction(_ arguments: inout Arguments) throws(ScriptError) -> Value? {
        guard arguments.values.count == 1 else {
            throw ScriptError(kind: .type, message: "a model is called with one Tensor: model(x)")
        }
        let input = try LearnBridge.tensor(arguments[0], name: "x")
        let model = self.model
        let output = try LearnBridge.seeded(context.interpreter) { try model(input) }
        if self.model.inputShape == nil, input.rank > 1 { self.model.inputShape = Array(input.shape.dropFirst()) }
        return LearnBridge.value(output)
    }

    func subscriptGet(_ arguments: Arguments) throws(ScriptError) -> Value? {
        let index = try Self.layerIndex(arguments)
        let model = self.model
        return .native(LayerValue(try LearnBridge.run { try model[index] }))
    }

    /// `model[0] = layer`, and the write-back of `model[0].bias[2] = 0`: the layer must keep the kind,
    /// parameter shapes and output shape of the one it replaces. A shared model is copied first.
    func subscriptSet(_ arguments: Arguments, to newValue: Value, isUniquelyReferenced: Bool) throws(ScriptError) -> (any NativeObject)? {
        let index = try Self.layerIndex(arguments)
        guard case .native(let object as LayerValue) = newValue else {
            throw ScriptError(kind: .type, message: "cannot assign value of type '\(newValue.typeName)' to a layer of a Sequential model")
        }
        var changed = model
        try LearnBridge.run { try changed.replaceLayer(index, with: object.layer) }
        guard isUniquelyReferenced else { return ModelValue(changed, context: context) }
        model = changed
        return self
    }

    private static func layerIndex(_ arguments: Arguments) throws(ScriptError) -> Int {
        guard arguments.values.count == 1, case .int(let index) = arguments[0] else {
            throw ScriptError(kind: .type, message: "a model is indexed by one Int: model[0]")
        }
        return index
    }
}

/// `Sequential { Dense(…); Dense(…) }`, `Sequential(layers: [...])` and `Sequential(contentsOf: "m.safetensors")`.
enum ModelConstructors {
    static func namespace(_ context: LearnContext) -> TypeNamespace {
        let builder = Builtin("Sequential", [Parameter(nil, "layers", type: "() -> [Layer]")], returns: "Sequential",
                              doc: "A model applying its layers in order, listed in a trailing closure.") {
            arguments throws(ScriptError) in
            let values: [Value]
            if case .array(let items) = arguments[0] { values = items } else { values = try arguments.interpreter.build(arguments[0]) }
            return try make(values, context: context)
        }
        let list = Builtin("Sequential", [Parameter("layers", type: "[Layer]")], returns: "Sequential",
                           doc: "A model applying the listed layers in order.") { arguments throws(ScriptError) in
            guard case .array(let items) = arguments[0] else {
                throw ScriptError(kind: .type, message: "'layers' must be an array of layers")
            }
            return try make(items, context: context)
        }
        let file = Builtin("Sequential", [Parameter("contentsOf", "path", type: "String")], returns: "Sequential",
                           doc: "The model saved with model.save(to:) (safetensors with Loupe's architecture metadata).") {
            arguments throws(ScriptError) in
            let path = try arguments.string(0)
            return .native(ModelValue(try LearnBridge.run { try Sequential(contentsOf: path) }, context: context))
        }
        return TypeNamespace(name: "Sequential", doc: "A stack of layers.", initializers: [builder, list, file])
    }

    private static func make(_ values: [Value], context: LearnContext) throws(ScriptError) -> Value {
        var layers: [any Layer] = []
        for (index, value) in values.enumerated() {
            guard case .native(let object as LayerValue) = value else {
                throw ScriptError(kind: .type, message: "item \(index) of Sequential is a '\(value.typeName)', not a layer (Dense, Conv2D, MaxPool2D, Flatten, …)")
            }
            layers.append(object.layer)
        }
        guard !layers.isEmpty else { throw ScriptError(kind: .runtime, message: "a Sequential model needs at least one layer") }
        return .native(ModelValue(Sequential(layers), context: context))
    }
}
