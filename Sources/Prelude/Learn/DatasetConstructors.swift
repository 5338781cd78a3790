import Learn
import Script

/// `Dataset.moons/circles/blobs/spirals/xor/regression(…)`, `Dataset.iris` and
/// `Dataset(csv:label:)` (LANGUAGE.md section 9). Without `seed:`, generators draw from
/// the cell's generator, so `seed(_:)` makes them repeat.
enum DatasetConstructors {
    static func namespace(_ context: LearnContext) -> TypeNamespace {
        let task = Parameter("task", type: "Task?", default: .nilValue)
        let csv = Builtin("Dataset", [Parameter("csv", "path", type: "String"), Parameter("label", type: "String"), task],
                          returns: "Dataset", doc: "Reads a CSV file with a header; `label` names the label column.") {
            arguments throws(ScriptError) in
            let (path, label, task) = (try arguments.string(0), try arguments.string(1), try Self.task(arguments, 2))
            return .native(DatasetValue(try LearnBridge.run { try Dataset(csv: path, label: label, task: task) }, context: context))
        }
        let tensors = Builtin("Dataset", [Parameter("features", type: "Tensor"), Parameter("labels", type: "Tensor"),
                                          Parameter("classNames", type: "[String]", default: .init("[]") { .array([]) }),
                                          Parameter("featureNames", type: "[String]", default: .init("[]") { .array([]) }), task],
                              returns: "Dataset",
                              doc: "Examples from tensors: features [n, d], labels [n] (whole numbers are class indices).") {
            arguments throws(ScriptError) in
            let features = try LearnBridge.tensor(arguments[0], name: "features")
            let labels = try LearnBridge.tensor(arguments[1], name: "labels")
            let (classNames, featureNames) = (try arguments.strings(2), try arguments.strings(3))
            let task = try Self.task(arguments, 4)
            return .native(DatasetValue(try LearnBridge.run {
                try Dataset(features: features, labels: labels, classNames: classNames, featureNames: featureNames, task: task)
            }, context: context))
        }
        return TypeNamespace(
            name: "Dataset", doc: "Examples with features [n, d] and labels [n].",
            initializers: [csv, tensors, ImageDatasetConstructors.imagesIn(context)],
            staticProperties: ["iris": { () throws(ScriptError) in .native(DatasetValue(try LearnBridge.run { try Dataset.iris }, context: context)) },
                               "digits": { () throws(ScriptError) in .native(DatasetValue(try LearnBridge.run { try Dataset.digits }, context: context)) }],
            staticMethods: generators(context).merging(["mnist": ImageDatasetConstructors.mnist(context)]) { $1 })
    }

    /// The `task:` argument: `.classification`, `.regression`, or nil (decided from the labels).
    private static func task(_ arguments: Arguments, _ index: Int) throws(ScriptError) -> Dataset.Task? {
        guard let value = LearnBridge.optional(arguments[index]) else { return nil }
        if case .symbol(let name) = value, let task = Dataset.Task(rawValue: name) { return task }
        let shown = if case .symbol(let name) = value { "." + name } else { value.typeName }
        throw ScriptError(kind: .type, message: "'task' must be .classification or .regression, got '\(shown)'")
    }

    private static func generators(_ context: LearnContext) -> [String: [Builtin]] {
        let count = Parameter("count", type: "Int", default: .init("200") { .int(200) })
        let seed = Parameter("seed", type: "Int?", default: .nilValue)
        func noise(_ value: Double) -> Parameter {
            Parameter("noise", type: "Double", default: .init("\(value)") { .double(value) })
        }
        func generator(_ name: String, _ doc: String, _ parameters: [Parameter],
                       _ make: @escaping (Arguments, Int?) throws -> Dataset) -> [Builtin] {
            [Builtin(name, parameters, returns: "Dataset", doc: doc) { arguments throws(ScriptError) in
                let seedValue = try LearnBridge.optionalInt(arguments, parameters.count - 1)
                let data = try LearnBridge.seeded(context.interpreter) { try make(arguments, seedValue) }
                return .native(DatasetValue(data, context: context))
            }]
        }
        return [
            "moons": generator("moons", "Two interleaving half circles.", [count, noise(0.1), seed]) { a, s in
                try Dataset.moons(count: try a.int(0), noise: try a.double(1), seed: s)
            },
            "circles": generator("circles", "A circle inside another.",
                                 [count, noise(0.05), Parameter("factor", type: "Double", default: .init("0.5") { .double(0.5) }), seed]) { a, s in
                try Dataset.circles(count: try a.int(0), noise: try a.double(1), factor: try a.double(2), seed: s)
            },
            "blobs": generator("blobs", "Gaussian blobs around random centres.",
                               [count, Parameter("centers", type: "Int", default: .init("3") { .int(3) }),
                                Parameter("std", type: "Double", default: .init("1.0") { .double(1) }), seed]) { a, s in
                try Dataset.blobs(count: try a.int(0), centers: try a.int(1), std: try a.double(2), seed: s)
            },
            "spirals": generator("spirals", "Interleaved spiral arms, one class each.",
                                 [Parameter("count", type: "Int", default: .init("300") { .int(300) }),
                                  Parameter("classes", type: "Int", default: .init("3") { .int(3) }), noise(0.2), seed]) { a, s in
                try Dataset.spirals(count: try a.int(0), classes: try a.int(1), noise: try a.double(2), seed: s)
            },
            "xor": generator("xor", "Four clusters labelled by XOR of their quadrant.", [count, noise(0.1), seed]) { a, s in
                try Dataset.xor(count: try a.int(0), noise: try a.double(1), seed: s)
            },
            "regression": generator("regression", "1-D y = sin(x) plus noise.", [count, noise(0.1), seed]) { a, s in
                try Dataset.regression(count: try a.int(0), noise: try a.double(1), seed: s)
            },
        ]
    }
}
