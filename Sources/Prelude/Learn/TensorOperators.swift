import Learn
import Script

/// `+ - * /` with broadcasting (Tensor with Tensor, Int or Double on either side), `•`
/// (matrix product), prefix `-`, `==`, and the subscripts `t[i]`, `t[i, j]`, `t[0..<2]`.
extension TensorValue {
    public func binaryOperator(_ op: String, other: Value, selfOnLeft: Bool) throws(ScriptError) -> Value? {
        guard ["+", "-", "*", "/", "•"].contains(op) else { return nil }
        let otherTensor: Tensor
        switch other {
        case .native(let object as TensorValue): otherTensor = object.tensor
        case .int, .double: otherTensor = try LearnBridge.tensor(other, name: "operand")
        default: return nil
        }
        let (lhs, rhs) = selfOnLeft ? (tensor, otherTensor) : (otherTensor, tensor)
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

    /// `t[i]` (a row, or a scalar of a rank-1 tensor as a Double), `t[i, j]`, `t[a..<b]`, `t[a...b]`;
    /// negative or out-of-range indices are errors naming the axis.
    public func subscriptGet(_ arguments: Arguments) throws(ScriptError) -> Value? {
        let source = tensor
        if arguments.values.count == 1, case .range(let range) = arguments[0] {
            guard case .int(let lower) = range.lower, case .int(let upper) = range.upper, lower <= upper else {
                throw ScriptError(kind: .type, message: "a tensor is sliced with an Int range such as 0..<2")
            }
            let result = try LearnBridge.run { range.isClosed ? try source[lower...upper] : try source[lower..<upper] }
            return .native(TensorValue(result))
        }
        var indices: [Int] = []
        for (position, value) in arguments.values.enumerated() {
            guard case .int(let index) = value else {
                throw ScriptError(kind: .type, message: "tensor index \(position) must be an Int, got '\(value.typeName)'")
            }
            indices.append(index)
        }
        let element = try LearnBridge.run { try Self.element(of: source, at: indices) }
        if element.rank == 0, let scalar = element.scalar { return .double(scalar) }
        return .native(TensorValue(element))
    }

    private static func element(of tensor: Tensor, at indices: [Int]) throws -> Tensor {
        guard indices.count <= tensor.rank else { throw TensorError.tooManyIndices(count: indices.count, rank: tensor.rank) }
        var result = tensor
        for (axis, index) in indices.enumerated() {
            guard index >= 0, index < result.shape[0] else {
                throw TensorError.indexOutOfRange(index: index, axis: axis, size: result.shape[0])
            }
            result = try result[index]
        }
        return result
    }
}
