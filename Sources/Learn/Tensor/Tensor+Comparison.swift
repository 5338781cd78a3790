/// Elementwise comparisons as Swift for TensorFlow spells them (`.<`, `.>=`, …), giving a mask
/// of 1 where the comparison holds and 0 elsewhere, with broadcasting.
public enum ComparisonOperator: String, Sendable, CaseIterable {
    case less = ".<", lessOrEqual = ".<=", greater = ".>", greaterOrEqual = ".>=", equal = ".==", notEqual = ".!="

    func holds(_ a: Double, _ b: Double) -> Bool {
        switch self {
        case .less: a < b
        case .lessOrEqual: a <= b
        case .greater: a > b
        case .greaterOrEqual: a >= b
        case .equal: a == b
        case .notEqual: a != b
        }
    }
}

extension Tensor {
    /// 1 where `lhs op rhs`, else 0. A mask has no gradient (its derivative is zero wherever it
    /// exists), so `x * (x .> 0)` differentiates as `relu`; a result reached only through masks
    /// is the error `'.>' is not differentiable`.
    public static func compare(_ lhs: Tensor, _ op: ComparisonOperator, _ rhs: Tensor) throws -> Tensor {
        lhs.noteNonDifferentiableUse(op.rawValue)
        rhs.noteNonDifferentiableUse(op.rawValue)
        return try ElementwiseKernels.broadcast(lhs.detached, rhs.detached) { op.holds($0, $1) ? 1 : 0 }
    }
}
