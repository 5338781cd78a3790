/// A compiled expression as an object with an overridable `evaluate`, used for the bodies of functions on
/// the direct-call path. A node holds its children as `let` references, so evaluating a child is one
/// virtual call that retains nothing (a Swift closure stored in another closure's context is retained
/// around every call). Shapes without a node of their own are wrapped in `ClosureNode`.
class ExprNode {
    func evaluate(_ rt: Runtime) throws(ScriptError) -> Value { .void }
}

/// Any compiled expression, evaluated through its closure.
final class ClosureNode: ExprNode {
    let eval: Eval
    init(_ eval: @escaping Eval) { self.eval = eval }
    override func evaluate(_ rt: Runtime) throws(ScriptError) -> Value { try eval(rt) }
}

/// A literal.
final class ConstantNode: ExprNode {
    let value: Value
    init(_ value: Value) { self.value = value }
    override func evaluate(_ rt: Runtime) throws(ScriptError) -> Value { value }
}

/// A frame slot (a parameter or plain local).
final class SlotNode: ExprNode {
    let slot: Int
    init(_ slot: Int) { self.slot = slot }
    override func evaluate(_ rt: Runtime) throws(ScriptError) -> Value {
        let place = rt.stack + (rt.fp &+ slot)
        if case .int(let x) = place.pointee { return .int(x) }
        return place.pointee
    }
}

/// A frame slot read for the last time (a parameter or binding used once): its value is moved out, so passing
/// it on to a call costs no reference counting.
final class MoveSlotNode: ExprNode {
    let slot: Int
    init(_ slot: Int) { self.slot = slot }
    override func evaluate(_ rt: Runtime) throws(ScriptError) -> Value {
        let place = rt.stack + (rt.fp &+ slot)
        let value = place.move()
        place.initialize(to: .void)
        return value
    }
}

/// `a op b` for the fast operators, both operands computed.
final class BinaryNode: ExprNode {
    let op: Compiler.FastOp
    let name: String
    let lhs: ExprNode
    let rhs: ExprNode
    let span: SourceSpan
    init(_ op: Compiler.FastOp, _ name: String, _ lhs: ExprNode, _ rhs: ExprNode, _ span: SourceSpan) {
        self.op = op; self.name = name; self.lhs = lhs; self.rhs = rhs; self.span = span
    }
    override func evaluate(_ rt: Runtime) throws(ScriptError) -> Value {
        let a = try lhs.evaluate(rt)
        let b = try rhs.evaluate(rt)
        return try Compiler.apply(op, name, a, b, span)
    }

    /// The general operator path, out of line.
    @inline(never)
    static func slowApply(_ op: Compiler.FastOp, _ name: String, _ a: Value, _ b: Value, _ span: SourceSpan) throws(ScriptError) -> Value {
        try Compiler.apply(op, name, a, b, span)
    }
}

/// `a + b`, both operands computed (the sum of two recursive calls).
final class AddNode: ExprNode {
    let lhs: ExprNode
    let rhs: ExprNode
    let span: SourceSpan
    init(_ lhs: ExprNode, _ rhs: ExprNode, _ span: SourceSpan) { self.lhs = lhs; self.rhs = rhs; self.span = span }
    override func evaluate(_ rt: Runtime) throws(ScriptError) -> Value {
        let a = try lhs.evaluate(rt)
        let b = try rhs.evaluate(rt)
        if case .int(let x) = a, case .int(let y) = b {
            let (sum, overflow) = x.addingReportingOverflow(y)
            if !overflow { return .int(sum) }
        }
        if case .double(let x) = a, case .double(let y) = b { return .double(x + y) }
        return try BinaryNode.slowApply(.add, "+", a, b, span)
    }
}

/// `-a` with `a` computed (`-evaluate(a)`): Int and Double are negated inline, anything else (an overflowing
/// `Int.min`, a user `prefix -`) goes through `Operators.negate`, as `compileUnary` does.
final class NegateNode: ExprNode {
    let operand: ExprNode
    let span: SourceSpan
    init(_ operand: ExprNode, _ span: SourceSpan) { self.operand = operand; self.span = span }
    override func evaluate(_ rt: Runtime) throws(ScriptError) -> Value {
        let value = try operand.evaluate(rt)
        if case .double(let x) = value { return .double(-x) }
        if case .int(let x) = value, x != Int.min { return .int(-x) }
        return try Self.general(value, span)
    }

    @inline(never)
    static func general(_ value: Value, _ span: SourceSpan) throws(ScriptError) -> Value {
        do throws(ScriptError) { return try Operators.negate(value) } catch { throw error.located(at: span) }
    }
}

/// `slot op constant` for the fast operators.
final class SlotConstantNode: ExprNode {
    let op: Compiler.FastOp
    let name: String
    let slot: Int
    let constant: Value
    let span: SourceSpan
    init(_ op: Compiler.FastOp, _ name: String, slot: Int, _ constant: Value, _ span: SourceSpan) {
        self.op = op; self.name = name; self.slot = slot; self.constant = constant; self.span = span
    }
    override func evaluate(_ rt: Runtime) throws(ScriptError) -> Value {
        try Compiler.apply(op, name, rt.stack[rt.fp &+ slot], constant, span)
    }
}

/// `slot - k` and `slot + k` with an Int literal `k` (the argument of most recursive calls).
final class SlotOffsetNode: ExprNode {
    let slot: Int
    let offset: Int
    let isSubtraction: Bool
    let span: SourceSpan
    init(slot: Int, offset: Int, isSubtraction: Bool, _ span: SourceSpan) {
        self.slot = slot; self.offset = offset; self.isSubtraction = isSubtraction; self.span = span
    }
    override func evaluate(_ rt: Runtime) throws(ScriptError) -> Value {
        let value = rt.stack[rt.fp &+ slot]
        if case .int(let x) = value {
            let (result, overflow) = isSubtraction ? x.subtractingReportingOverflow(offset) : x.addingReportingOverflow(offset)
            if !overflow { return .int(result) }
        }
        return try BinaryNode.slowApply(isSubtraction ? .subtract : .add, isSubtraction ? "-" : "+", value, .int(offset), span)
    }
}

/// `condition ? a : b` with any condition.
final class TernaryNode: ExprNode {
    let condition: ExprNode
    let then: ExprNode
    let otherwise: ExprNode
    let span: SourceSpan
    init(_ condition: ExprNode, _ then: ExprNode, _ otherwise: ExprNode, _ span: SourceSpan) {
        self.condition = condition; self.then = then; self.otherwise = otherwise; self.span = span
    }
    override func evaluate(_ rt: Runtime) throws(ScriptError) -> Value {
        let value = try condition.evaluate(rt)
        guard case .bool(let flag) = value else { throw Self.notBoolean(value, span) }
        return flag ? try then.evaluate(rt) : try otherwise.evaluate(rt)
    }

    @inline(never)
    static func notBoolean(_ value: Value, _ span: SourceSpan) -> ScriptError {
        ScriptError(kind: .type, message: Message.condition(value.typeName), span: span)
    }
}

/// `slot op k ? a : b` with a comparison and an Int literal `k` (the recursion test of most small functions).
/// For an Int in the slot, the comparison is precomputed as a closed range `low...high` (negated for `!=`),
/// so the test is two compares whatever the operator.
final class SlotComparisonTernaryNode: ExprNode {
    let op: Compiler.FastOp
    let name: String
    let slot: Int
    let constant: Int
    let low: Int
    let high: Int
    let negated: Bool
    let then: ExprNode
    let otherwise: ExprNode
    let span: SourceSpan
    init(_ op: Compiler.FastOp, _ name: String, slot: Int, _ constant: Int, _ then: ExprNode, _ otherwise: ExprNode,
         _ span: SourceSpan) {
        self.op = op; self.name = name; self.slot = slot; self.constant = constant
        self.then = then; self.otherwise = otherwise; self.span = span
        (low, high, negated) = Self.range(op, constant)
    }

    /// The Ints `x` for which `x op k` holds, as `low...high`, or its complement when `negated`.
    static func range(_ op: Compiler.FastOp, _ k: Int) -> (Int, Int, Bool) {
        switch op {
        case .less: k == Int.min ? (1, 0, false) : (Int.min, k - 1, false)
        case .lessEqual: (Int.min, k, false)
        case .greater: k == Int.max ? (1, 0, false) : (k + 1, Int.max, false)
        case .greaterEqual: (k, Int.max, false)
        case .equal: (k, k, false)
        case .notEqual: (k, k, true)
        case .add, .subtract, .multiply: (1, 0, false)
        }
    }

    override func evaluate(_ rt: Runtime) throws(ScriptError) -> Value {
        let flag: Bool
        if case .int(let x) = rt.stack[rt.fp &+ slot] {
            flag = (x >= low && x <= high) != negated
        } else {
            flag = try slowTest(rt.stack[rt.fp &+ slot])
        }
        return flag ? try then.evaluate(rt) : try otherwise.evaluate(rt)
    }

    @inline(never)
    private func slowTest(_ value: Value) throws(ScriptError) -> Bool {
        let result = try Compiler.apply(op, name, value, .int(constant), span)
        guard case .bool(let answer) = result else {
            throw ScriptError(kind: .type, message: Message.condition(result.typeName), span: span)
        }
        return answer
    }
}

/// `a op constant` with `a` computed (`Double($0) * 0.5`): Int and Double operands are handled inline.
final class ConstantRightNode: ExprNode {
    let op: Compiler.FastOp
    let name: String
    let lhs: ExprNode
    let constant: Value
    let span: SourceSpan
    init(_ op: Compiler.FastOp, _ name: String, _ lhs: ExprNode, _ constant: Value, _ span: SourceSpan) {
        self.op = op; self.name = name; self.lhs = lhs; self.constant = constant; self.span = span
    }
    override func evaluate(_ rt: Runtime) throws(ScriptError) -> Value {
        let a = try lhs.evaluate(rt)
        return try Compiler.apply(op, name, a, constant, span)
    }
}

/// A one-argument builtin with a unary fast path (`Double(x)`, `sqrt(x)`), as `compileBuiltinCall` runs it.
final class UnaryBuiltinNode: ExprNode {
    let function: (Value) throws(ScriptError) -> Value
    let argument: ExprNode
    let span: SourceSpan
    init(_ function: @escaping (Value) throws(ScriptError) -> Value, _ argument: ExprNode, _ span: SourceSpan) {
        self.function = function; self.argument = argument; self.span = span
    }
    override func evaluate(_ rt: Runtime) throws(ScriptError) -> Value {
        let value = try argument.evaluate(rt)
        do throws(ScriptError) { return try function(value) } catch { throw error.located(at: span) }
    }
}

/// `let name = value` in a node-compiled body, then the rest of the body, for a plain frame slot.
final class LocalLetNode: ExprNode {
    let slot: Int
    let value: ExprNode
    let rest: ExprNode
    init(slot: Int, _ value: ExprNode, _ rest: ExprNode) { self.slot = slot; self.value = value; self.rest = rest }
    override func evaluate(_ rt: Runtime) throws(ScriptError) -> Value {
        let bound = try value.evaluate(rt)
        rt.stack[rt.fp &+ slot] = consume bound
        return try rest.evaluate(rt)
    }
}

/// `let name = value` for a variable that closures capture (stored through its initializer, in a box).
final class BindingNode: ExprNode {
    let store: (Runtime, Value) -> Void
    let value: ExprNode
    let rest: ExprNode
    init(_ store: @escaping (Runtime, Value) -> Void, _ value: ExprNode, _ rest: ExprNode) {
        self.store = store; self.value = value; self.rest = rest
    }
    override func evaluate(_ rt: Runtime) throws(ScriptError) -> Value {
        store(rt, try value.evaluate(rt))
        return try rest.evaluate(rt)
    }
}
