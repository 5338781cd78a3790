import Learn
import Script

/// `shape rank scalarCount scalars transposed() reshaped(to:) flattened()`, the reductions,
/// `argmax(squeezingAxis:)`, `expandingShape(at:)`, `squeezingShape(at:)`, `padded(forSizes:)`
/// and `concatenated(with:alongAxis:)` on a cell's Tensor (LANGUAGE.md section 7). Reading the
/// scalars out of a tensor being differentiated is noted, so a result reached only that way is
/// the error `'scalars' is not differentiable`.
extension TensorValue {
    public var memberNames: [String] {
        ["shape", "rank", "scalarCount", "scalars", "scalar", "scalarized", "transposed", "reshaped", "flattened",
         "expandingShape", "squeezingShape", "padded", "concatenated", "sum", "mean", "std", "min", "max", "argmax"]
    }

    public func property(_ name: String) throws(ScriptError) -> Value? {
        switch name {
        case "shape": return .array(tensor.shape.map(Value.int))
        case "rank": return .int(tensor.rank)
        case "scalarCount": return .int(tensor.scalarCount)
        case "scalars":
            tensor.noteNonDifferentiableUse("scalars")
            return .array(tensor.scalars.map(Value.double))
        case "scalar":
            tensor.noteNonDifferentiableUse("scalar")
            return tensor.scalar.map { .wrapped(.double($0)) } ?? .null
        default: return nil
        }
    }

    public func method(_ name: String) -> [Builtin]? {
        let tensor = self.tensor
        switch name {
        case "scalarized":
            return [Builtin(name, [], returns: "Double", doc: "The value of a one-element tensor.") { _ throws(ScriptError) in
                tensor.noteNonDifferentiableUse("scalarized")
                guard let scalar = tensor.scalar else {
                    throw ScriptError(kind: .runtime, message: "scalarized() needs a tensor with one element, got shape \(tensor.shape)")
                }
                return .double(scalar)
            }]
        case "transposed":
            return [Self.method(name, [], "The axes in reverse order (a matrix's transpose).") { _ throws(ScriptError) in tensor.transposed() },
                    Self.method(name, [Parameter("permutation", type: "[Int]")], "The axes in the listed order.") {
                        arguments throws(ScriptError) in
                        let permutation = try LearnBridge.ints(arguments[0], name: "permutation")
                        return try LearnBridge.run { try tensor.transposed(permutation: permutation) }
                    }]
        case "expandingShape", "squeezingShape":
            let doc = name == "expandingShape" ? "Inserts axes of size 1 at the positions given."
                                               : "Removes the axes of size 1 given (all of them without axes)."
            return [Self.method(name, [Parameter("at", "axes", type: "Int...", variadic: true)], doc) { arguments throws(ScriptError) in
                let axes = try LearnBridge.ints(arguments[0], name: "at")
                return try LearnBridge.run {
                    name == "expandingShape" ? try tensor.expandingShape(at: axes) : try tensor.squeezingShape(at: axes)
                }
            }]
        case "padded":
            return [Self.method(name, [Parameter("forSizes", "sizes", type: "[(before: Int, after: Int)]"),
                                       Parameter("with", "value", type: "Double", default: .init("0") { .double(0) })],
                                "Adds `before` and `after` elements of `value` around every axis.") { arguments throws(ScriptError) in
                let sizes = try Self.paddingSizes(arguments[0])
                let value = try arguments.double(1)
                return try LearnBridge.run { try tensor.padded(forSizes: sizes, with: value) }
            }]
        case "concatenated":
            return [Self.method(name, [Parameter("with", "other", type: "Tensor"), Parameter("alongAxis", "axis", type: "Int", default: .init("0") { .int(0) })],
                                "This tensor and another joined along an axis.") { arguments throws(ScriptError) in
                let other = try LearnBridge.tensor(arguments[0], name: "with")
                let axis = try arguments.int(1)
                return try LearnBridge.run { try tensor.concatenated(with: other, alongAxis: axis) }
            }]
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

    /// `[(0, 0), (1, 1)]`: one (before, after) pair of Ints per axis.
    private static func paddingSizes(_ value: Value) throws(ScriptError) -> [(before: Int, after: Int)] {
        let error = ScriptError(kind: .type, message: "'forSizes' must be a list of (before, after) pairs of Ints, such as [(0, 0), (1, 1)]")
        guard case .array(let items) = value else { throw error }
        var sizes: [(before: Int, after: Int)] = []
        for item in items {
            guard case .tuple(let pair) = item, pair.elements.count == 2,
                  case .int(let before) = pair.elements[0], case .int(let after) = pair.elements[1] else { throw error }
            sizes.append((before, after))
        }
        return sizes
    }

    /// A method returning a tensor.
    static func method(_ name: String, _ parameters: [Parameter], _ doc: String,
                       _ body: @escaping (Arguments) throws(ScriptError) -> Tensor) -> Builtin {
        Builtin(name, parameters, returns: "Tensor", doc: doc) { arguments throws(ScriptError) in
            .native(TensorValue(try body(arguments)))
        }
    }
}
