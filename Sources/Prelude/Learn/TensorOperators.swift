import Learn
import Script

/// `+ - * /` with broadcasting (Tensor with Tensor, Int or Double on either side), `•`
/// (matrix product), the masks `.< .<= .> .>= .== .!=` (1 where true, 0 elsewhere), prefix
/// `-`, `==`, and the subscripts `t[i]`, `t[i, j]`, `t[0..<2]`.
extension TensorValue {
    public func binaryOperator(_ op: String, other: Value, selfOnLeft: Bool) throws(ScriptError) -> Value? {
        let comparison = ComparisonOperator(rawValue: op)
        guard comparison != nil || ["+", "-", "*", "/", "•"].contains(op) else { return nil }
        let otherTensor: Tensor
        switch other {
        case .native(let object as TensorValue): otherTensor = object.tensor
        case .int, .double: otherTensor = try LearnBridge.tensor(other, name: "operand")
        default: return nil
        }
        let (lhs, rhs) = selfOnLeft ? (tensor, otherTensor) : (otherTensor, tensor)
        if let comparison {
            return .native(TensorValue(try LearnBridge.run { try Tensor.compare(lhs, comparison, rhs) }))
        }
        let result = try LearnBridge.run { try Self.apply(op, lhs, rhs, scalarOperand: otherTensor.rank == 0) }
        return .native(TensorValue(result))
    }

    private static func apply(_ op: String, _ lhs: Tensor, _ rhs: Tensor, scalarOperand: Bool) throws -> Tensor {
        switch op {
        case "+": return try lhs + rhs
        case "-": return try lhs - rhs
        case "*": return try lhs * rhs
        case "/": return try lhs / rhs
        default: return try matmul(lhs, rhs)
        }
    }

    public func unaryOperator(_ op: String) throws(ScriptError) -> Value? {
        switch op {
        case "-": .native(TensorValue(-tensor))
        case "+": .native(self)
        default: nil
        }
    }

    public func isEqual(to other: Value) -> Bool? {
        guard case .native(let object as TensorValue) = other else { return nil }
        return object.tensor == tensor
    }

    /// `t[i]`, `t[i, j]`, `t[a..<b]`, `t[a...b]`, `t[i, a..<b]`: each key indexes (drops) or slices
    /// (keeps) one leading axis. A single element is a Double, except while the tensor is being
    /// differentiated: then it stays a rank-0 Tensor, so its gradient flows. Negative or
    /// out-of-range indices are errors naming the axis.
    public func subscriptGet(_ arguments: Arguments) throws(ScriptError) -> Value? {
        let source = tensor
        let indices = try Self.indices(arguments)
        let element = try LearnBridge.run { try source.indexed(indices) }
        if element.rank == 0, !element.isDifferentiable, let scalar = element.scalar { return .double(scalar) }
        return .native(TensorValue(element))
    }

    /// The keys of a subscript as indices of leading axes.
    static func indices(_ arguments: Arguments) throws(ScriptError) -> [Tensor.Index] {
        var indices: [Tensor.Index] = []
        for (position, value) in arguments.values.enumerated() {
            switch value {
            case .int(let index): indices.append(.at(index))
            case .range(let range):
                guard case .int(let lower) = range.lower, case .int(let upper) = range.upper, lower <= upper,
                      !range.isClosed || upper < Int.max else {
                    throw ScriptError(kind: .type, message: "a tensor is sliced with an Int range such as 0..<2")
                }
                indices.append(.range(lower..<(range.isClosed ? upper + 1 : upper)))
            default:
                throw ScriptError(kind: .type, message: "tensor index \(position) must be an Int or a range, got '\(value.typeName)'")
            }
        }
        return indices
    }
}
