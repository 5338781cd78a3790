/// Number arithmetic on stored properties of `self` inside a method, in one closure: `x += vx * dt` and
/// conditions like `x < 0 || x > 100` read the fields in place through the borrowed instance (no `Value` copies,
/// no closure per operand). Only Double and Int values take these paths; anything else (another type, an
/// overflow, an instance of a subclass, `self` not yet initialised) runs the general code compiled beside it,
/// which gives the same results and errors.
extension Compiler {
    /// An operand read without side effects: a stored property of `self`, a frame slot, a number literal.
    enum SelfOperand {
        case field(Int)
        case local(Int)
        case constant(Value)

        /// The operand as a Double when it is one (a literal Int counts as a Double, as Swift types it).
        @inline(__always)
        func double(_ frame: UnsafeMutablePointer<Value>, _ fields: UnsafeMutablePointer<Value>) -> Double? {
            switch self {
            case .field(let index):
                if case .double(let x) = fields[index] { return x }
            case .local(let slot):
                if case .double(let x) = frame[slot] { return x }
            case .constant(let value):
                if case .double(let x) = value { return x }
                if case .int(let x) = value { return Double(x) }
            }
            return nil
        }

        @inline(__always)
        func int(_ frame: UnsafeMutablePointer<Value>, _ fields: UnsafeMutablePointer<Value>) -> Int? {
            switch self {
            case .field(let index):
                if case .int(let x) = fields[index] { return x }
            case .local(let slot):
                if case .int(let x) = frame[slot] { return x }
            case .constant(let value):
                if case .int(let x) = value { return x }
            }
            return nil
        }
    }

    /// `expr` as a `SelfOperand` when it is one (checked without compiling anything).
    private func selfOperand(_ expr: Expr) -> SelfOperand? {
        switch expr.kind {
        case .integer(let value): return .constant(.int(value))
        case .double(let value): return .constant(.double(value))
        case .identifier(let name):
            if let variable = lookup(name) {
                if case .local(let slot) = variable.ref, name != "self" { return .local(slot) }
                return nil
            }
        case .member:
            break
        default: return nil
        }
        guard let (index, field, _) = selfField(expr), !field.isLazy else { return nil }
        return .field(index)
    }

    /// The frame slot of `self` and the type compiled, when `self` is a plain local of a struct or class method
    /// (asked only once an operand is known to be a property of `self`: the general code looks `self` up too).
    private func selfSlot() -> (slot: Int, type: DeclaredType)? {
        guard let context = typeContext, !context.isStatic, let variable = lookup("self"),
              case .local(let slot) = variable.ref else { return nil }
        return (slot, context.type)
    }

    /// A comparison of a stored property of `self` with a literal, a local or another property, as a condition,
    /// and `&&` / `||` of two of them (`x < 0 || x > limit`); `slow` (the condition compiled the usual way, run for
    /// non-number values) itself for other shapes. The operands have no effects, so `slow` may run after a part
    /// was tested here. (Not an Optional: a closure returned in one is called through reabstraction thunks.)
    func compileSelfFieldComparison(_ expr: Expr, general slow: @escaping (Runtime) throws(ScriptError) -> Bool)
        -> (Runtime) throws(ScriptError) -> Bool {
        guard case .binary(let name, let lhs, let rhs, _) = expr.kind, !expr.startsOptionalChain else { return slow }
        if name == "&&" || name == "||" {
            guard let first = fieldComparison(lhs), let second = fieldComparison(rhs), let (slot, type) = selfSlot() else { return slow }
            let isAnd = name == "&&"
            return { rt throws(ScriptError) in
                let frame = rt.stack + rt.fp
                if let instance = Instance.borrowed(frame + slot) {
                    let answer = instance._withUnsafeGuaranteedRef { (instance) -> Bool? in
                        guard instance.type === type, let a = first.test(frame, instance.fields) else { return nil }
                        if a != isAnd { return a }
                        return second.test(frame, instance.fields)
                    }
                    if let answer { return answer }
                }
                return try slow(rt)
            }
        }
        guard let comparison = fieldComparison(expr), let (slot, type) = selfSlot() else { return slow }
        return { rt throws(ScriptError) in
            let frame = rt.stack + rt.fp
            if let instance = Instance.borrowed(frame + slot) {
                let answer = instance._withUnsafeGuaranteedRef { (instance) -> Bool? in
                    guard instance.type === type else { return nil }
                    return comparison.test(frame, instance.fields)
                }
                if let answer { return answer }
            }
            return try slow(rt)
        }
    }

    /// `field op operand` with a comparison operator, when `expr` is one.
    private func fieldComparison(_ expr: Expr) -> FieldComparison? {
        guard case .binary(let name, let lhs, let rhs, _) = expr.kind, !expr.startsOptionalChain, let op = Self.fastOp(name),
              op != .add, op != .subtract, op != .multiply,
              let left = selfOperand(lhs), case .field = left, let right = selfOperand(rhs) else { return nil }
        return FieldComparison(op: op, left: left, right: right)
    }

    /// A comparison of a field of `self` with an operand, on Doubles or Ints.
    struct FieldComparison {
        let op: FastOp
        let left: SelfOperand
        let right: SelfOperand

        /// The comparison's Bool, or nil when the values are not two Doubles or two Ints.
        @inline(__always)
        func test(_ frame: UnsafeMutablePointer<Value>, _ fields: UnsafeMutablePointer<Value>) -> Bool? {
            if let x = left.double(frame, fields), let y = right.double(frame, fields) { return Compiler.comparison(op, x, y) }
            if let x = left.int(frame, fields), let y = right.int(frame, fields) { return Compiler.comparison(op, x, y) }
            return nil
        }
    }

    /// The Bool of a comparison of two Ints or two Doubles.
    @inline(__always)
    static func comparison<T: Comparable>(_ op: FastOp, _ x: T, _ y: T) -> Bool {
        switch op {
        case .less: x < y
        case .lessEqual: x <= y
        case .greater: x > y
        case .greaterEqual: x >= y
        case .equal: x == y
        case .notEqual: x != y
        case .add, .subtract, .multiply: false
        }
    }

    /// `field op= a`, `field op= a op2 b` (op and op2 among + - *) on a stored property of `self` whose value and
    /// operands are Doubles or Ints, computed and stored in place (`self` made unique first, as every write does);
    /// nil for other shapes. `general` is the assignment compiled the usual way.
    func compileSelfFieldArithmetic(_ op: String, _ index: Int, _ field: StoredField, _ valueExpr: Expr,
                                    general: @escaping Eval) -> SelfFieldWrite? {
        guard op.count == 2, let combine = Self.fastOp(String(op.dropLast())), Self.isArithmetic(combine),
              let (slot, type) = selfSlot(), !type.isReference else { return nil }
        let simpleKind = field.check?.simple ?? 0
        guard field.check == nil || simpleKind == 1 || simpleKind == 2 else { return nil }
        let a: SelfOperand, b: SelfOperand?, inner: FastOp
        if let single = selfOperand(valueExpr) {
            (a, b, inner) = (single, nil, .add)
        } else if case .binary(let name, let lhs, let rhs, _) = valueExpr.kind, !valueExpr.startsOptionalChain,
                  let op2 = Self.fastOp(name), Self.isArithmetic(op2), let x = selfOperand(lhs), let y = selfOperand(rhs) {
            (a, b, inner) = (x, y, op2)
        } else {
            return nil
        }
        let write = FieldArithmetic(slot: slot, type: type, index: index, simpleKind: simpleKind, combine: combine,
                                    inner: inner, a: a, b: b)
        return SelfFieldWrite(
            eval: { rt throws(ScriptError) in
                if write.run(rt) { return .void }
                return try general(rt)
            },
            statement: { rt throws(ScriptError) in
                if write.run(rt) { return .normal }
                _ = try general(rt)
                return .normal
            })
    }

    private static func isArithmetic(_ op: FastOp) -> Bool { op == .add || op == .subtract || op == .multiply }

    @inline(__always)
    static func doubleArithmetic(_ op: FastOp, _ x: Double, _ y: Double) -> Double {
        switch op {
        case .subtract: x - y
        case .multiply: x * y
        default: x + y
        }
    }

    /// nil on overflow (the general path reports it).
    @inline(__always)
    static func intArithmetic(_ op: FastOp, _ x: Int, _ y: Int) -> Int? {
        let (result, overflow) = switch op {
        case .subtract: x.subtractingReportingOverflow(y)
        case .multiply: x.multipliedReportingOverflow(by: y)
        default: x.addingReportingOverflow(y)
        }
        return overflow ? nil : result
    }
}

/// The fused `field op= a op2 b` of `compileSelfFieldArithmetic`.
struct FieldArithmetic {
    let slot: Int
    let type: DeclaredType
    let index: Int
    let simpleKind: UInt8
    let combine: Compiler.FastOp
    let inner: Compiler.FastOp
    let a: Compiler.SelfOperand
    let b: Compiler.SelfOperand?

    /// Whether the write was done here (false: nothing changed, the general code must run).
    @inline(__always)
    func run(_ rt: Runtime) -> Bool {
        let frame = rt.stack + rt.fp
        if let instance = Instance.borrowedUnique(frame + slot) {
            let done = instance._withUnsafeGuaranteedRef { (instance) -> Bool in
                guard instance.type === type else { return false }
                let target = instance.fields + index
                if case .double(let current) = target.pointee, simpleKind != 1, let x = a.double(frame, instance.fields) {
                    var rhs = x
                    if let b {
                        guard let y = b.double(frame, instance.fields) else { return false }
                        rhs = Compiler.doubleArithmetic(inner, x, y)
                    }
                    target.initialize(to: .double(Compiler.doubleArithmetic(combine, current, rhs)))
                    return true
                }
                if case .int(let current) = target.pointee, simpleKind != 2, let x = a.int(frame, instance.fields) {
                    var rhs = x
                    if let b {
                        guard let y = b.int(frame, instance.fields), let value = Compiler.intArithmetic(inner, x, y) else { return false }
                        rhs = value
                    }
                    guard let result = Compiler.intArithmetic(combine, current, rhs) else { return false }
                    target.initialize(to: .int(result))
                    return true
                }
                return false
            }
            return done
        }
        return false
    }
}
