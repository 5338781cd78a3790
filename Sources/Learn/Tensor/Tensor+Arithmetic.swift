/// Elementwise `+ - * /` with numpy broadcasting, against tensors and scalars,
/// and matrix multiplication. Mismatched shapes throw `TensorError`.
extension Tensor {
    public static func + (lhs: Tensor, rhs: Tensor) throws -> Tensor { try Primitives.add(lhs, rhs) }
    public static func - (lhs: Tensor, rhs: Tensor) throws -> Tensor { try Primitives.subtract(lhs, rhs) }
    public static func * (lhs: Tensor, rhs: Tensor) throws -> Tensor { try Primitives.multiply(lhs, rhs) }
    public static func / (lhs: Tensor, rhs: Tensor) throws -> Tensor { try Primitives.divide(lhs, rhs) }

    public static func + (lhs: Tensor, rhs: Double) -> Tensor { scalarOperation(lhs, rhs, Primitives.add) }
    public static func - (lhs: Tensor, rhs: Double) -> Tensor { scalarOperation(lhs, rhs, Primitives.subtract) }
    public static func * (lhs: Tensor, rhs: Double) -> Tensor { scalarOperation(lhs, rhs, Primitives.multiply) }
    public static func / (lhs: Tensor, rhs: Double) -> Tensor { scalarOperation(lhs, rhs, Primitives.divide) }

    public static func + (lhs: Double, rhs: Tensor) -> Tensor { scalarOperation(Tensor(lhs), rhs, Primitives.add) }
    public static func - (lhs: Double, rhs: Tensor) -> Tensor { scalarOperation(Tensor(lhs), rhs, Primitives.subtract) }
    public static func * (lhs: Double, rhs: Tensor) -> Tensor { scalarOperation(Tensor(lhs), rhs, Primitives.multiply) }
    public static func / (lhs: Double, rhs: Tensor) -> Tensor { scalarOperation(Tensor(lhs), rhs, Primitives.divide) }

    public static prefix func - (operand: Tensor) -> Tensor { scalarOperation(operand, -1, Primitives.multiply) }

    /// A scalar broadcasts against any shape, so these cannot fail.
    private static func scalarOperation(
        _ lhs: Tensor, _ rhs: Double, _ operation: (Tensor, Tensor) throws -> Tensor
    ) -> Tensor {
        scalarOperation(lhs, Tensor(rhs), operation)
    }

    private static func scalarOperation(
        _ lhs: Tensor, _ rhs: Tensor, _ operation: (Tensor, Tensor) throws -> Tensor
    ) -> Tensor {
        (try? operation(lhs, rhs)) ?? lhs
    }
}

/// Matrix product of two rank-2 tensors (`[m, k] · [k, n] → [m, n]`).
public func matmul(_ lhs: Tensor, _ rhs: Tensor) throws -> Tensor {
    try Primitives.matmul(lhs, rhs)
}

infix operator • : MultiplicationPrecedence

/// Matrix product, as `matmul(lhs, rhs)`.
public func • (lhs: Tensor, rhs: Tensor) throws -> Tensor {
    try Primitives.matmul(lhs, rhs)
}
