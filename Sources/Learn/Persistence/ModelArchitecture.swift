/// A `Sequential` model's architecture as JSON (what `save(to:)` writes in the safetensors
/// metadata under `loupe.architecture`), and the names of its tensors in the file:
///
///     {"layers":[{"type":"Dense","inputSize":784,"outputSize":64,"activation":"relu"},
///                {"type":"Dropout","probability":0.2}, …],
///      "loss":"softmaxCrossEntropy","inputShape":[784]}
///
/// Tensors are named `<layer index>.<name>`: `weight`/`bias` (Dense), `filter`/`bias`
/// (Conv2D), `scale`/`offset`/`runningMean`/`runningVariance` (BatchNorm).
enum ModelArchitecture {
    /// The names of a layer's tensors (parameters, then state) in the file.
    static func tensorNames(_ layer: any Layer) -> [String] {
        switch layer {
        case is Dense: return ["weight", "bias"]
        case is Conv2D: return ["filter", "bias"]
        case is BatchNorm: return ["scale", "offset", "runningMean", "runningVariance"]
        default: return []
        }
    }

    /// A layer's tensors: its parameters, then its state.
    static func tensors(_ layer: any Layer) -> [Tensor] {
        layer.parameters + ((layer as? any StatefulLayer)?.state ?? [])
    }

    /// The JSON of `model`'s layers, loss and input shape.
    static func json(_ model: Sequential) throws -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("layers", .array(try model.layers.map(json)))]
        if let loss = model.loss { members.append(("loss", .string(loss.rawValue))) }
        if let shape = model.inputShape { members.append(("inputShape", integers(shape))) }
        return .object(members)
    }

    private static func json(_ layer: any Layer) throws -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("type", .string(layer.kind))]
        func add(_ key: String, _ value: JSONValue) { members.append((key, value)) }
        func addActivation(_ activation: Activation) {
            add("activation", .string(activation.name))
            if case let .elementwise(.leakyRelu(slope)) = activation.kind { add("slope", .number(slope)) }
        }
        switch layer {
        case let dense as Dense:
            add("inputSize", .number(Double(dense.inputSize)))
            add("outputSize", .number(Double(dense.outputSize)))
            addActivation(dense.activation)
        case let dropout as Dropout:
            add("probability", .number(dropout.probability))
        case is Flatten, is GlobalAvgPool2D:
            break
        case let conv as Conv2D:
            add("filterShape", integers(conv.filterShape))
            add("strides", integers([conv.strides.0, conv.strides.1]))
            add("padding", .string(conv.padding.rawValue))
            addActivation(conv.activation)
        case let pool as any WindowPoolingLayer:
            add("poolSize", integers([pool.window.height, pool.window.width]))
            add("strides", integers([pool.window.strideY, pool.window.strideX]))
            add("padding", .string(pool.window.padding.rawValue))
        case let norm as BatchNorm:
            add("featureCount", .number(Double(norm.featureCount)))
            add("momentum", .number(norm.momentum))
            add("epsilon", .number(norm.epsilon))
        case let reshape as Reshape:
            add("shape", integers(reshape.shape))
        default:
            throw LearnError.invalidArgument(name: "model", reason: "a \(layer.kind) layer cannot be saved")
        }
        return .object(members)
    }

    private static func integers(_ values: [Int]) -> JSONValue { .array(values.map { .number(Double($0)) }) }

    /// The model `json` describes, with its tensors taken from `tensors`; errors name `file`.
    static func model(_ json: JSONValue, tensors: [String: Tensor], file: String) throws -> Sequential {
        func bad(_ reason: String) -> LearnError { .malformedFile(path: file, format: "Loupe model", reason: reason) }
        guard let layerList = json["layers"]?.array else { throw bad("its architecture has no 'layers' list") }
        var layers: [any Layer] = []
        for (index, entry) in layerList.enumerated() {
            guard let type = entry["type"]?.string else { throw bad("layer \(index) has no 'type'") }
            let reader = LayerEntry(entry: entry, index: index, type: type, stored: tensors, bad: bad)
            layers.append(try reader.layer())
        }
        var model = Sequential(layers)
        if let name = json["loss"]?.string {
            guard let loss = LossKind(rawValue: name) else { throw bad("its loss '\(name)' is not one Loupe knows") }
            model.loss = loss
        }
        if let shape = json["inputShape"]?.array {
            let sizes = shape.compactMap(\.integer)
            guard sizes.count == shape.count, sizes.allSatisfy({ $0 > 0 }) else { throw bad("its inputShape is not a list of positive sizes") }
            model.inputShape = sizes
        }
        return model
    }
}

/// One layer's entry of the architecture, read with the file's tensors.
private struct LayerEntry {
    let entry: JSONValue
    let index: Int
    let type: String
    let stored: [String: Tensor]
    let bad: (String) -> LearnError

    func layer() throws -> any Layer {
        switch type {
        case "Dense":
            let (inputs, outputs) = (try int("inputSize"), try int("outputSize"))
            let values = try tensors(["weight", "bias"], shapes: [[inputs, outputs], [outputs]])
            return try Dense(weight: values[0], bias: values[1], activation: try activation())
        case "Dropout": return try Dropout(probability: try double("probability"))
        case "Flatten": return Flatten()
        case "GlobalAvgPool2D": return GlobalAvgPool2D()
        case "Conv2D":
            let shape = try ints("filterShape", count: 4)
            let values = try tensors(["filter", "bias"], shapes: [shape, [shape[3]]])
            return try Conv2D(filter: values[0], bias: values[1], strides: try pair("strides"), padding: try padding(),
                              activation: try activation())
        case "MaxPool2D": return try MaxPool2D(poolSize: try pair("poolSize"), strides: try pair("strides"), padding: try padding())
        case "AvgPool2D": return try AvgPool2D(poolSize: try pair("poolSize"), strides: try pair("strides"), padding: try padding())
        case "BatchNorm":
            var norm = try BatchNorm(featureCount: try int("featureCount"), momentum: try double("momentum"), epsilon: try double("epsilon"))
            let values = try tensors(ModelArchitecture.tensorNames(norm), shapes: Array(repeating: [norm.featureCount], count: 4))
            norm.setParameters(Array(values[0..<2]))
            norm.setState(Array(values[2..<4]))
            return norm
        case "Reshape": return try Reshape(shape: try ints("shape"))
        default: throw bad("layer \(index) has the unknown type '\(type)'")
        }
    }

    /// The tensors `<index>.<name>`, each checked against the shape the layer needs.
    func tensors(_ names: [String], shapes: [[Int]]) throws -> [Tensor] {
        try zip(names, shapes).map { name, shape in
            let key = "\(index).\(name)"
            guard let value = stored[key] else { throw bad("tensor '\(key)' of layer \(index) (\(type)) is missing") }
            guard value.shape == shape else {
                throw bad("tensor '\(key)' has shape \(value.shape), but layer \(index) (\(type)) needs \(shape)")
            }
            return value
        }
    }

    func int(_ key: String) throws -> Int {
        guard let value = entry[key]?.integer, value > 0 else { throw bad("layer \(index) (\(type)) has no positive whole number '\(key)'") }
        return value
    }

    func double(_ key: String) throws -> Double {
        guard let value = entry[key]?.number else { throw bad("layer \(index) (\(type)) has no number '\(key)'") }
        return value
    }

    func ints(_ key: String, count: Int? = nil) throws -> [Int] {
        guard let list = entry[key]?.array, case let values = list.compactMap(\.integer), values.count == list.count,
              !values.isEmpty, count == nil || values.count == count else {
            throw bad("layer \(index) (\(type)) has no list of \(count.map { "\($0) " } ?? "")whole numbers '\(key)'")
        }
        if count != nil, !values.allSatisfy({ $0 > 0 }) { throw bad("layer \(index) (\(type)) has '\(key)' \(values), not positive") }
        return values
    }

    func pair(_ key: String) throws -> (Int, Int) {
        let values = try ints(key, count: 2)
        return (values[0], values[1])
    }

    func activation() throws -> Activation {
        let name = entry["activation"]?.string ?? "identity"
        if name == "leakyRelu", let slope = entry["slope"]?.number { return .leakyRelu(slope: slope) }
        guard let activation = Activation.all[name] else { throw bad("layer \(index) (\(type)) has an unknown activation '\(name)'") }
        return activation
    }

    func padding() throws -> Padding {
        let name = entry["padding"]?.string ?? "valid"
        guard let padding = Padding(rawValue: name) else { throw bad("layer \(index) (\(type)) has an unknown padding '\(name)'") }
        return padding
    }
}
