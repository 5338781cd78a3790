import Learn
import Script

/// `shape rank scalarCount scalars transposed() reshaped(to:) flattened()`, the reductions and
/// `argmax(squeezingAxis:)` on a cell's Tensor (LANGUAGE.md section 7).
extension TensorValue {
    public var memberNames: [String] {
        ["shape", "rank", "scalarCount", "scalars", "scalar", "scalarized", "transposed", "reshaped", "flattened",
         "sum", "mean", "std", "min", "max", "argmax"]
    }

    public func property(_ name: String) throws(ScriptError) -> Value? {
        switch name {
        case "shape": .array(tensor.shape.map(Value.int))
        case "rank": .int(tensor.rank)
        case "scalarCount": .int(tensor.scalarCount)
        case "scalars": .array(tensor.scalars.map(Value.double))
        case "scalar": tensor.scalar.map { .wrapped(.double($0)) } ?? .null
        default: nil
        }
    }

    public func method(_ name: String) -> [Builtin]? {
        let tensor = self.tensor
        switch name {
        case "scalarized":
            return [Builtin(name, [], returns: "Double", doc: "The value of a one-element tensor.") { _ throws(ScriptError) in
                guard let scalar = tensor.scalar else {
                    throw ScriptError(kind: .runtime, message: "scalarized() needs a tensor with one element, got shape \(tensor.shape)")
                }
                return .double(scalar)
            }]
        case "transposed":
            return [Self.method(name, [], "Swaps the two axes of a matrix.") { _ throws(ScriptError) in tensor.transposed() }]
        case "flattened":
            return [Self.method(name, [], "The scalars as a rank-1 tensor.") { _ throws(ScriptError) in tensor.flattened() }]
        case "reshaped":
            return [Self.method(name, [Parameter("to", "shape", type: "[Int]")], "The same scalars in a new shape.") {
                arguments throws(ScriptError) in
                let shape = try LearnBridge.ints(arguments[0], name: "to")
                return try LearnBridge.run { try tensor.reshaped(to: shape) }
            }]
        case "sum", "mean", "std", "min", "max": return reductions(name)
        case "argmax":
            return [Self.method(name, [Parameter("squeezingAxis", "axis", type: "Int")],
                                "The index of the largest value along an axis.") { arguments throws(ScriptError) in
                let axis = try arguments.int(0)
                return try LearnBridge.run { try tensor.argmax(squeezingAxis: axis) }
            }]
        default: return nil
        }
    }

    /// `sum()`, `sum(alongAxes:)` (axes kept with size 1) and `sum(squeezingAxes:)`; likewise the others.
    private func reductions(_ name: String) -> [Builtin] {
        let tensor = self.tensor
        let whole = Self.method(name, [], "The \(name) of all scalars, as a scalar tensor.") { _ throws(ScriptError) in
            try LearnBridge.run { try Self.reduce(tensor, name, axes: nil, keep: false) }
        }
        let along = Self.method(name, [Parameter("alongAxes", "axes", type: "Int...", variadic: true)],
                                "The \(name) along axes, keeping them with size 1.") { arguments throws(ScriptError) in
            let axes = try LearnBridge.ints(arguments[0], name: "alongAxes")
            return try LearnBridge.run { try Self.reduce(tensor, name, axes: axes, keep: true) }
        }
        let squeezing = Self.method(name, [Parameter("squeezingAxes", "axes", type: "Int...", variadic: true)],
                                    "The \(name) along axes, removing them.") { arguments throws(ScriptError) in
            let axes = try LearnBridge.ints(arguments[0], name: "squeezingAxes")
            return try LearnBridge.run { try Self.reduce(tensor, name, axes: axes, keep: false) }
        }
        return [whole, along, squeezing]
    }

    private static func reduce(_ tensor: Tensor, _ name: String, axes: [Int]?, keep: Bool) throws -> Tensor {
        guard let axes else {
            switch name {
            case "sum": return tensor.sum()
            case "mean": return try tensor.mean()
            case "std": return try tensor.std()
            case "min": return try tensor.min()
            default: return try tensor.max()
            }
        }
        for axis in axes where axis < 0 || axis >= tensor.rank {
            throw TensorError.invalidAxis(axis: axis, rank: tensor.rank)
        }
        let kept: Tensor
        switch name {
        case "sum": kept = try tensor.sum(alongAxes: axes)
        case "mean": kept = try tensor.mean(alongAxes: axes)
        case "std": kept = try tensor.std(alongAxes: axes)
        case "min": kept = try axes.reduce(tensor) { try $0.min(alongAxes: $1) }
        default: kept = try axes.reduce(tensor) { try $0.max(alongAxes: $1) }
        }
        guard !keep else { return kept }
        let shape = tensor.shape.enumerated().filter { !axes.contains($0.offset) }.map(\.element)
        return try kept.reshaped(to: shape)
    }

    /// A method returning a tensor.
    static func method(_ name: String, _ parameters: [Parameter], _ doc: String,
                       _ body: @escaping (Arguments) throws(ScriptError) -> Tensor) -> Builtin {
        Builtin(name, parameters, returns: "Tensor", doc: doc) { arguments throws(ScriptError) in
            .native(TensorValue(try body(arguments)))
        }
    }
}
