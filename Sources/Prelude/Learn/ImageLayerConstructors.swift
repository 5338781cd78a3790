import Learn
import Script

/// `Conv2D(filterShape:strides:padding:activation:)`, `MaxPool2D(poolSize:strides:padding:)`,
/// `AvgPool2D(…)`, `GlobalAvgPool2D()`, `BatchNorm(featureCount:momentum:epsilon:)` and
/// `Reshape(shape:)` (LANGUAGE.md section 8a, layers for images).
enum ImageLayerConstructors {
    static func namespaces(_ interpreter: Interpreter) -> [TypeNamespace] {
        let padding = Parameter("padding", type: "Padding", default: .init(".valid") { .symbol("valid") })
        let conv = Builtin("Conv2D", [
            Parameter("filterShape", type: "(Int, Int, Int, Int)"),
            Parameter("strides", type: "(Int, Int)", default: .init("(1, 1)") { .tuple(TupleValue(elements: [.int(1), .int(1)])) }),
            padding,
            Parameter("activation", type: "Activation", default: .init("identity") { .symbol("identity") }),
        ], returns: "Conv2D", doc: "A 2-D convolution of channels-last images: filterShape (height, width, in, out).") {
            arguments throws(ScriptError) in
            let shape = try sizes(arguments, 0, count: 4)
            let strides = try sizes(arguments, 1, count: 2)
            let chosenPadding = try Self.padding(arguments, 2)
            let activation = try ActivationFunctions.activation(arguments[3], name: "activation")
            return .native(LayerValue(try LearnBridge.seeded(interpreter) {
                try Conv2D(filterShape: (shape[0], shape[1], shape[2], shape[3]), strides: (strides[0], strides[1]),
                           padding: chosenPadding, activation: activation)
            }))
        }
        let poolParameters = [
            Parameter("poolSize", type: "(Int, Int)", default: .init("(2, 2)") { .tuple(TupleValue(elements: [.int(2), .int(2)])) }),
            Parameter("strides", type: "(Int, Int)?", default: .nilValue),
            padding,
        ]
        func pool(_ name: String, _ doc: String, _ make: @escaping ((Int, Int), (Int, Int)?, Padding) throws -> any Layer) -> Builtin {
            Builtin(name, poolParameters, returns: name, doc: doc) { arguments throws(ScriptError) in
                let size = try sizes(arguments, 0, count: 2)
                let strides = LearnBridge.optional(arguments[1]) == nil ? nil : try sizes(arguments, 1, count: 2)
                let chosenPadding = try Self.padding(arguments, 2)
                return .native(LayerValue(try LearnBridge.run {
                    try make((size[0], size[1]), strides.map { ($0[0], $0[1]) }, chosenPadding)
                }))
            }
        }
        let maxPool = pool("MaxPool2D", "The largest value of each channel in each window (strides default to the window).") {
            try MaxPool2D(poolSize: $0, strides: $1, padding: $2)
        }
        let avgPool = pool("AvgPool2D", "The mean of each channel in each window (strides default to the window).") {
            try AvgPool2D(poolSize: $0, strides: $1, padding: $2)
        }
        let globalPool = Builtin("GlobalAvgPool2D", [], returns: "GlobalAvgPool2D",
                                 doc: "The mean of each channel over the image: [n, h, w, c] → [n, c].") { _ throws(ScriptError) in
            .native(LayerValue(GlobalAvgPool2D()))
        }
        let batchNorm = Builtin("BatchNorm", [
            Parameter("featureCount", type: "Int"),
            Parameter("momentum", type: "Double", default: .init("0.99") { .double(0.99) }),
            Parameter("epsilon", type: "Double", default: .init("0.001") { .double(0.001) }),
        ], returns: "BatchNorm", doc: "Batch normalisation along the last axis, with running statistics for inference.") {
            arguments throws(ScriptError) in
            let (count, momentum, epsilon) = (try arguments.int(0), try arguments.double(1), try arguments.double(2))
            guard count <= 1 << 20 else {
                throw ScriptError(kind: .runtime, message: "invalid 'featureCount': must be between 1 and \(1 << 20), got \(count)")
            }
            return .native(LayerValue(try LearnBridge.run { try BatchNorm(featureCount: count, momentum: momentum, epsilon: epsilon) }))
        }
        let reshape = Builtin("Reshape", [Parameter("shape", type: "[Int]")], returns: "Reshape",
                              doc: "Reshapes each batch: [-1, 28, 28, 1] (the -1 is the batch), or one example's shape.") {
            arguments throws(ScriptError) in
            let shape = try LearnBridge.ints(arguments[0], name: "shape")
            return .native(LayerValue(try LearnBridge.run { try Reshape(shape: shape) }))
        }
        return [
            TypeNamespace(name: "Conv2D", doc: "A 2-D convolution layer.", initializers: [conv]),
            TypeNamespace(name: "MaxPool2D", doc: "A max pooling layer.", initializers: [maxPool]),
            TypeNamespace(name: "AvgPool2D", doc: "An average pooling layer.", initializers: [avgPool]),
            TypeNamespace(name: "GlobalAvgPool2D", doc: "A global average pooling layer.", initializers: [globalPool]),
            TypeNamespace(name: "BatchNorm", doc: "A batch normalisation layer.", initializers: [batchNorm]),
            TypeNamespace(name: "Reshape", doc: "A layer reshaping each batch.", initializers: [reshape]),
            TypeNamespace(name: "Padding", doc: "How a window treats the border: .same or .valid.", initializers: [],
                          staticProperties: ["same": { () throws(ScriptError) in .symbol("same") },
                                             "valid": { () throws(ScriptError) in .symbol("valid") }]),
        ]
    }

    /// `count` positive sizes from a tuple or array argument (`(3, 3, 1, 16)`).
    static func sizes(_ arguments: Arguments, _ index: Int, count: Int) throws(ScriptError) -> [Int] {
        let name = index < arguments.parameters.count ? arguments.parameters[index].name : "#\(index)"
        let items: [Value]
        switch arguments[index] {
        case .tuple(let tuple): items = tuple.elements
        case .array(let array): items = array
        case .int(let size) where count == 1: items = [.int(size)]
        default:
            throw ScriptError(kind: .type, message: "'\(name)' must be a tuple of \(count) integers, got '\(arguments[index].typeName)'")
        }
        var result: [Int] = []
        for item in items {
            guard case .int(let size) = item else {
                throw ScriptError(kind: .type, message: "'\(name)' must be a tuple of \(count) integers, got an item of type '\(item.typeName)'")
            }
            result.append(size)
        }
        guard result.count == count else {
            throw ScriptError(kind: .type, message: "'\(name)' must be a tuple of \(count) integers, got \(result.count)")
        }
        guard result.allSatisfy({ $0 > 0 && $0 <= 1 << 16 }) else {
            throw ScriptError(kind: .runtime, message: "invalid '\(name)': every size must be between 1 and \(1 << 16), got ("
                              + result.map(String.init).joined(separator: ", ") + ")")
        }
        return result
    }

    static func padding(_ arguments: Arguments, _ index: Int) throws(ScriptError) -> Padding {
        Padding(rawValue: try ChartArguments.choice(arguments, index, among: Padding.allCases.map(\.rawValue))) ?? .valid
    }
}
