import Learn
import Script

/// `valueWithGradient(at:in:)` and `gradient(at:in:)` on a model or a Tensor, for any cell
/// closure: the closure runs through the interpreter while Learn's tape records every tensor
/// operation it makes.
enum Differentiation {
    static func builtins(_ context: LearnContext) -> [Builtin] {
        let parameters = [Parameter("at", "point", type: "Sequential | Tensor"), Parameter("in", "body", type: "(Sequential) -> Tensor")]
        return [
            Builtin("valueWithGradient", parameters, returns: "(value: Double, gradient: Gradients)",
                    doc: "The closure's (scalar) value at the point, and its gradient there.") { arguments throws(ScriptError) in
                let (value, gradient) = try evaluate(arguments, context: context)
                return .tuple(TupleValue(elements: [.double(value), gradient], labels: ["value", "gradient"]))
            },
            Builtin("gradient", parameters, returns: "Gradients",
                    doc: "The gradient of the closure's (scalar) value at the point.") { arguments throws(ScriptError) in
                try evaluate(arguments, context: context).1
            },
        ]
    }

    private static func evaluate(_ arguments: Arguments, context: LearnContext) throws(ScriptError) -> (Double, Value) {
        let body = arguments[1]
        let interpreter = arguments.interpreter
        if case .native(let object as ModelValue) = arguments[0] {
            let result = try LearnBridge.seeded(context.interpreter) {
                try valueWithGradient(at: object.model) { tracked in
                    try scalarResult(interpreter.call(body, [.native(ModelValue(tracked, context: context))]))
                }
            }
            return (result.value.scalar ?? .nan, .native(GradientsValue(result.gradient)))
        }
        let point = try LearnBridge.tensor(arguments[0], name: "at")
        let result = try LearnBridge.run {
            try valueWithGradient(at: point) { tracked in try scalarResult(interpreter.call(body, [LearnBridge.value(tracked)])) }
        }
        return (result.value.scalar ?? .nan, LearnBridge.value(result.gradient))
    }

    /// The closure's result as a scalar tensor (a Double result is a constant: its gradient is zero).
    private static func scalarResult(_ value: Value) throws -> Tensor {
        switch value {
        case .native(let object as TensorValue):
            guard object.tensor.scalarCount == 1 else {
                throw ScriptError(kind: .runtime, message: "the closure must return a scalar (one value) to differentiate, got a Tensor of shape \(object.tensor.shape); reduce it with sum() or mean()")
            }
            return object.tensor
        case .int(let number): return Tensor(Double(number))
        case .double(let number): return Tensor(number)
        default:
            throw ScriptError(kind: .type, message: "the closure must return a Tensor to differentiate, got '\(value.typeName)'")
        }
    }
}
