/// Why a tensor operation could not be done; `description` is the message
/// shown to the person at the notebook.
public enum TensorError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotBroadcast([Int], [Int])
    /// Shapes that `operation` ("stack", "concatenate … along axis 1") cannot combine.
    case incompatibleShapes(operation: String, [Int], [Int])
    /// A value that does not broadcast to the elements it is assigned to.
    case assignmentMismatch(value: [Int], target: [Int])
    case matmulMismatch([Int], [Int])
    case rankMismatch(operation: String, expected: String, actual: [Int])
    case reshapeMismatch(from: [Int], to: [Int])
    case invalidShape([Int])
    case raggedLiteral
    case indexOutOfRange(index: Int, axis: Int, size: Int)
    case tooManyIndices(count: Int, rank: Int)
    case invalidAxis(axis: Int, rank: Int)
    case emptyReduction(String)
    case nonScalarResult([Int])
    case scalarCountMismatch(shape: [Int], count: Int)
    case invalidArgument(name: String, reason: String)
    case tooLarge([Int])
    /// An operation without a gradient stood between the differentiated result and its argument.
    case notDifferentiable(String)

    public var description: String {
        switch self {
        case let .cannotBroadcast(a, b):
            return "cannot broadcast shapes \(a) and \(b)"
        case let .incompatibleShapes(operation, a, b):
            let parts = operation.split(separator: " ", maxSplits: 1)
            return "cannot \(parts[0]) shapes \(a) and \(b)" + (parts.count > 1 ? " \(parts[1])" : "")
        case let .assignmentMismatch(value, target):
            return "cannot assign a tensor of shape \(value) to elements of shape \(target)"
        case let .matmulMismatch(a, b):
            return "cannot multiply matrices of shapes \(a) and \(b): inner dimensions differ"
        case let .rankMismatch(operation, expected, actual):
            return "\(operation) needs \(expected), got shape \(actual)"
        case let .reshapeMismatch(from, to):
            return "cannot reshape a tensor of shape \(from) to \(to): scalar counts differ"
        case let .invalidShape(shape):
            return "invalid shape \(shape): dimensions must not be negative"
        case .raggedLiteral:
            return "tensor literal rows must all have the same length"
        case let .indexOutOfRange(index, axis, size):
            return "index \(index) is out of range for axis \(axis) of size \(size)"
        case let .tooManyIndices(count, rank):
            return "\(count) indices given for a tensor of rank \(rank)"
        case let .invalidAxis(axis, rank):
            return "axis \(axis) is out of range for a tensor of rank \(rank)"
        case let .emptyReduction(name):
            return "cannot take \(name) of an empty tensor"
        case let .nonScalarResult(shape):
            return "differentiation needs a scalar result, got shape \(shape); reduce it with sum() or mean()"
        case let .scalarCountMismatch(shape, count):
            return "shape \(shape) needs \(TensorLimits.saturatingProduct(shape)) scalars, got \(count)"
        case let .invalidArgument(name, reason):
            return "invalid argument '\(name)': \(reason)"
        case let .notDifferentiable(operation):
            return "'\(operation)' is not differentiable"
        case let .tooLarge(shape):
            return "a tensor of shape \(shape) is too large (the limit is \(TensorLimits.maximumScalarCount) scalars)"
        }
    }
}
