import Learn
import Script

/// `Tensor(…)`: from numbers or nested arrays (of numbers or tensors), `shape:scalars:`,
/// `stacking:alongAxis:`, `concatenating:alongAxis:`, `zeros:`, `ones:`, `randomNormal:`,
/// `randomUniform:`, `linspace:_:count:` (LANGUAGE.md section 7).
enum TensorConstructors {
    static func namespace(_ interpreter: Interpreter) -> TypeNamespace {
        TypeNamespace(name: "Tensor", doc: "An n-dimensional array of Double with broadcasting arithmetic.", initializers: [
            make([Parameter(nil, "scalars", type: "[Double]")], "A tensor from a number or nested arrays of numbers.") {
                arguments throws(ScriptError) in try LearnBridge.tensor(arguments[0], name: "scalars")
            },
            make([Parameter("shape", type: "[Int]"), Parameter("scalars", type: "[Double]")],
                 "A tensor of the given shape from its scalars in row-major order.") { arguments throws(ScriptError) in
                let shape = try LearnBridge.ints(arguments[0], name: "shape")
                let scalars = try arguments.doubles(1)
                return try LearnBridge.run { try Tensor(shape: shape, scalars: scalars) }
            },
            joining("stacking", "The tensors (of one shape) stacked along a new axis.") { try Tensor(stacking: $0, alongAxis: $1) },
            joining("concatenating", "The tensors joined along an existing axis.") { try Tensor(concatenating: $0, alongAxis: $1) },
            shaped("zeros", "A tensor of zeros.") { shape throws in try Tensor(zeros: shape) },
            shaped("ones", "A tensor of ones.") { shape throws in try Tensor(ones: shape) },
            shaped("randomNormal", "Standard normal samples (reproducible with seed(_:)).", interpreter: interpreter) {
                shape throws in try Tensor(randomNormal: shape)
            },
            shaped("randomUniform", "Uniform samples in 0..<1 (reproducible with seed(_:)).", interpreter: interpreter) {
                shape throws in try Tensor(randomUniform: shape)
            },
            make([Parameter("linspace", "start", type: "Double"), Parameter(nil, "end", type: "Double"),
                  Parameter("count", type: "Int")], "`count` evenly spaced values from start to end.") {
                arguments throws(ScriptError) in
                let (start, end, count) = (try arguments.double(0), try arguments.double(1), try arguments.int(2))
                return try LearnBridge.run { try Tensor(linspace: start, end, count: count) }
            },
        ])
    }

    private static func make(_ parameters: [Parameter], _ doc: String,
                             _ body: @escaping (Arguments) throws(ScriptError) -> Tensor) -> Builtin {
        Builtin("Tensor", parameters, returns: "Tensor", doc: doc) { arguments throws(ScriptError) in
            .native(TensorValue(try body(arguments)))
        }
    }

    /// `Tensor(stacking: [a, b], alongAxis: 0)` and `Tensor(concatenating: …)`.
    private static func joining(_ label: String, _ doc: String, _ body: @escaping ([Tensor], Int) throws -> Tensor) -> Builtin {
        make([Parameter(label, "tensors", type: "[Tensor]"), Parameter("alongAxis", "axis", type: "Int", default: .init("0") { .int(0) })], doc) {
            arguments throws(ScriptError) in
            guard let items = arguments[0].arrayElements else {
                throw ScriptError(kind: .type, message: "'\(label)' must be an array of tensors")
            }
            var tensors: [Tensor] = []
            for item in items { tensors.append(try LearnBridge.tensor(item, name: label)) }
            let axis = try arguments.int(1)
            return try LearnBridge.run { try body(tensors, axis) }
        }
    }

    /// `Tensor(label: [d0, d1, …])`; random ones draw from the cell's generator.
    private static func shaped(_ label: String, _ doc: String, interpreter: Interpreter? = nil,
                               _ body: @escaping ([Int]) throws -> Tensor) -> Builtin {
        make([Parameter(label, "shape", type: "[Int]")], doc) { arguments throws(ScriptError) in
            let shape = try LearnBridge.ints(arguments[0], name: label)
            if let interpreter { return try LearnBridge.seeded(interpreter) { try body(shape) } }
            return try LearnBridge.run { try body(shape) }
        }
    }
}
