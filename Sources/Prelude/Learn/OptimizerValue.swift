import Learn
import Script

/// An optimizer as a cell value: `optimizer.update(&model, along: grads)` and `learningRate`.
final class OptimizerValue: NativeObject {
    let optimizer: any Optimizer
    let name: String
    init(_ optimizer: any Optimizer, name: String) { self.optimizer = optimizer; self.name = name }

    var typeName: String { name }
    var description: String { "\(name)(learningRate: \(LearnBridge.format(optimizer.learningRate)))" }
    var memberNames: [String] { ["update", "learningRate"] }

    func property(_ name: String) throws(ScriptError) -> Value? {
        name == "learningRate" ? .double(optimizer.learningRate) : nil
    }

    /// Optimizers are classes (they keep moments between steps): `opt.learningRate = 0.001` changes the one
    /// optimizer every holder sees, also through a `let`.
    var isReferenceType: Bool { true }

    func setProperty(_ name: String, to newValue: Value, isUniquelyReferenced: Bool) throws(ScriptError) -> (any NativeObject)? {
        guard name == "learningRate" else { return nil }
        guard let rate = LearnBridge.number(newValue) else {
            throw ScriptError(kind: .type, message: "cannot assign value of type '\(newValue.typeName)' to type 'Double' ('learningRate')")
        }
        let optimizer = self.optimizer
        try LearnBridge.run { try optimizer.setLearningRate(rate) }
        return self
    }

    func method(_ name: String) -> [Builtin]? {
        guard name == "update" else { return nil }
        let optimizer = self.optimizer
        return [Builtin("update", [Parameter(nil, "model", type: "Sequential", isInout: true), Parameter("along", "gradients", type: "Gradients")],
                        doc: "One optimisation step: moves the model's parameters along the gradients.") { arguments throws(ScriptError) in
            let model = try arguments.native(0, as: ModelValue.self, named: "Sequential")
            let gradients = try arguments.native(1, as: GradientsValue.self, named: "Gradients").gradients
            var updated = model.model
            try LearnBridge.run { try optimizer.update(&updated, along: gradients) }
            model.model = updated
            return .void
        }]
    }
}

/// `SGD(for:learningRate:momentum:)`, `Adam(for:learningRate:)`, `RMSProp(for:learningRate:)`.
enum OptimizerConstructors {
    static var namespaces: [TypeNamespace] {
        [
            namespace("SGD", "Stochastic gradient descent, with optional momentum.", rate: 0.01,
                      extra: [Parameter("momentum", type: "Double", default: .init("0") { .double(0) })]) { model, arguments throws(ScriptError) in
                let (rate, momentum) = (try arguments.double(1), try arguments.double(2))
                return try LearnBridge.run { try SGD(for: model, learningRate: rate, momentum: momentum) }
            },
            namespace("Adam", "Adam: adaptive moments.", rate: 0.001) { model, arguments throws(ScriptError) in
                let rate = try arguments.double(1)
                return try LearnBridge.run { try Adam(for: model, learningRate: rate) }
            },
            namespace("RMSProp", "RMSProp: steps scaled by a running mean of squared gradients.", rate: 0.001) { model, arguments throws(ScriptError) in
                let rate = try arguments.double(1)
                return try LearnBridge.run { try RMSProp(for: model, learningRate: rate) }
            },
        ]
    }

    private static func namespace(_ name: String, _ doc: String, rate: Double, extra: [Parameter] = [],
                                  _ make: @escaping (Sequential, Arguments) throws(ScriptError) -> any Optimizer) -> TypeNamespace {
        let parameters = [Parameter("for", "model", type: "Sequential"),
                          Parameter("learningRate", type: "Double", default: .init("\(rate)") { .double(rate) })] + extra
        let initializer = Builtin(name, parameters, returns: name, doc: doc) { arguments throws(ScriptError) in
            let model = try arguments.native(0, as: ModelValue.self, named: "Sequential").model
            return .native(OptimizerValue(try make(model, arguments), name: name))
        }
        return TypeNamespace(name: name, doc: doc, initializers: [initializer])
    }
}
