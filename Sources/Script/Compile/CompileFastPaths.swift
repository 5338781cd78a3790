/// Specialised code for the hottest shapes: arithmetic and comparisons whose operands are frame slots or
/// constants are fused into one closure (no nested calls), and comparisons used as conditions yield a Bool
/// directly instead of a boxed `Value`.
extension Compiler {
    /// Where an operand comes from, when that is known at compile time.
    enum Operand {
        case constant(Value)
        case local(Int)
        case computed(Eval)

        /// The operand's value: a frame slot and a constant are read inline (no closure call).
        @inline(__always)
        func read(_ rt: Runtime) throws(ScriptError) -> Value {
            switch self {
            case .local(let slot): return rt.stack[rt.fp &+ slot]
            case .constant(let value): return value
            case .computed(let eval): return try eval(rt)
            }
        }

        /// The code of the operand as a closure (for the general paths).
        var eval: Eval {
            switch self {
            case .local(let slot): return { rt in rt.stack[rt.fp &+ slot] }
            case .constant(let value): return { _ in value }
            case .computed(let eval): return eval
            }
        }
    }

    enum FastOp { case add, subtract, multiply, less, lessEqual, greater, greaterEqual, equal, notEqual }

    func operand(_ expr: Expr) throws(ScriptError) -> Operand {
        switch expr.kind {
        case .integer(let value): return .constant(.int(value))
        case .double(let value): return .constant(.double(value))
        case .bool(let value): return .constant(.bool(value))
        case .identifier(let name):
            if let variable = lookup(name), case .local(let slot) = variable.ref { return .local(slot) }
        case .dollar(let number):
            if let variable = lookup("$\(number)"), case .local(let slot) = variable.ref { return .local(slot) }
        default: break
        }
        return .computed(try compileExpr(expr))
    }

    static func fastOp(_ op: String) -> FastOp? {
        switch op {
        case "+": .add
        case "-": .subtract
        case "*": .multiply
        case "<": .less
        case "<=": .lessEqual
        case ">": .greater
        case ">=": .greaterEqual
        case "==": .equal
        case "!=": .notEqual
        default: nil
        }
    }

    /// The Int fast case of an operator; nil when it needs the general path (overflow, other types).
    @inline(__always)
    static func intResult(_ op: FastOp, _ x: Int, _ y: Int) -> Value? {
        switch op {
        case .add: let (r, o) = x.addingReportingOverflow(y); return o ? nil : .int(r)
        case .subtract: let (r, o) = x.subtractingReportingOverflow(y); return o ? nil : .int(r)
        case .multiply: let (r, o) = x.multipliedReportingOverflow(by: y); return o ? nil : .int(r)
        case .less: return .bool(x < y)
        case .lessEqual: return .bool(x <= y)
        case .greater: return .bool(x > y)
        case .greaterEqual: return .bool(x >= y)
        case .equal: return .bool(x == y)
        case .notEqual: return .bool(x != y)
        }
    }

    @inline(__always)
    static func doubleResult(_ op: FastOp, _ x: Double, _ y: Double) -> Value {
        switch op {
        case .add: .double(x + y)
        case .subtract: .double(x - y)
        case .multiply: .double(x * y)
        case .less: .bool(x < y)
        case .lessEqual: .bool(x <= y)
        case .greater: .bool(x > y)
        case .greaterEqual: .bool(x >= y)
        case .equal: .bool(x == y)
        case .notEqual: .bool(x != y)
        }
    }

    @inline(__always)
    static func apply(_ op: FastOp, _ name: String, _ a: Value, _ b: Value, _ span: SourceSpan) throws(ScriptError) -> Value {
        if case .int(let x) = a, case .int(let y) = b, let result = intResult(op, x, y) { return result }
        if case .double(let x) = a, case .double(let y) = b { return doubleResult(op, x, y) }
        // Int and Double mix to Double (`x < 0` on a Double property).
        if case .double(let x) = a, case .int(let y) = b { return doubleResult(op, x, Double(y)) }
        if case .int(let x) = a, case .double(let y) = b { return doubleResult(op, Double(x), y) }
        do throws(ScriptError) { return try Operators.binary(name, a, b) } catch { throw error.located(at: span) }
    }

    /// `slot < constant ? a : b` (the recursion test of most small functions) in one closure.
    func compileSlotComparisonTernary(_ condition: Expr, _ a: @escaping Eval, _ b: @escaping Eval) throws(ScriptError) -> Eval? {
        guard case .binary(let name, let lhs, let rhs, _) = condition.kind, let op = Self.fastOp(name),
              op != .add, op != .subtract, op != .multiply,
              case .identifier(let variableName) = lhs.kind, let variable = lookup(variableName),
              case .local(let slot) = variable.ref, case .integer(let y) = rhs.kind else { return nil }
        let span = condition.span
        let constant = Value.int(y)
        return { rt throws(ScriptError) in
            let value = rt.stack[rt.fp &+ slot]
            let result: Value
            if case .int(let x) = value, let fast = Compiler.intResult(op, x, y) { result = fast }
            else { result = try Compiler.apply(op, name, value, constant, span) }
            guard case .bool(let flag) = result else {
                throw ScriptError(kind: .type, message: Message.condition(result.typeName), span: span)
            }
            return flag ? try a(rt) : try b(rt)
        }
    }

    /// A fused binary operation, or nil when the operator or operands have no fast shape.
    func compileFastBinary(_ name: String, _ lhs: Expr, _ rhs: Expr, _ span: SourceSpan) throws(ScriptError) -> Eval? {
        guard let op = Self.fastOp(name) else { return nil }
        let left = try operand(lhs), right = try operand(rhs)
        switch (left, right) {
        case (.local(let slot), .constant(let constant)):
            if case .int(let y) = constant {
                // Two Ints are read where they lie (no copy of either value) and computed without the general switch.
                return { rt throws(ScriptError) in
                    let place = rt.stack + (rt.fp &+ slot)
                    if case .int(let x) = place.pointee, let result = Compiler.intResult(op, x, y) { return result }
                    return try Compiler.apply(op, name, place.pointee, constant, span)
                }
            }
            return { rt throws(ScriptError) in try Compiler.apply(op, name, rt.stack[rt.fp &+ slot], constant, span) }
        case (.local(let a), .local(let b)):
            return { rt throws(ScriptError) in
                let frame = rt.stack + rt.fp
                if case .int(let x) = frame[a], case .int(let y) = frame[b], let result = Compiler.intResult(op, x, y) { return result }
                return try Compiler.apply(op, name, frame[a], frame[b], span)
            }
        case (.computed(let eval), .constant(let constant)):
            return { rt throws(ScriptError) in try Compiler.apply(op, name, try eval(rt), constant, span) }
        case (.local(let slot), .computed(let eval)):
            return { rt throws(ScriptError) in
                let b = try eval(rt)
                return try Compiler.apply(op, name, rt.stack[rt.fp &+ slot], b, span)
            }
        case (.computed(let eval), .local(let slot)):
            return { rt throws(ScriptError) in
                let a = try eval(rt)
                return try Compiler.apply(op, name, a, rt.stack[rt.fp &+ slot], span)
            }
        case (.computed(let a), .computed(let b)):
            return { rt throws(ScriptError) in
                let x = try a(rt), y = try b(rt)
                return try Compiler.apply(op, name, x, y, span)
            }
        default: return nil
        }
    }

    /// The Bool of a comparison of two Ints.
    @inline(__always)
    static func intComparison(_ op: FastOp, _ x: Int, _ y: Int) -> Bool { comparison(op, x, y) }

    /// A comparison of an Int frame slot with another or with an Int constant (`while j <= n`), which a loop tests
    /// itself before calling its condition: `test` is nil when the slots do not hold Ints (the condition then runs).
    struct SlotComparison {
        let op: FastOp
        let left: Int
        /// The right slot, or -1 for `constant`.
        let right: Int
        let constant: Int

        @inline(__always)
        func test(_ rt: Runtime) -> Bool? {
            let frame = rt.stack + rt.fp
            guard case .int(let x) = frame[left] else { return nil }
            if right < 0 { return Compiler.intComparison(op, x, constant) }
            guard case .int(let y) = frame[right] else { return nil }
            return Compiler.intComparison(op, x, y)
        }
    }

    /// The `SlotComparison` of a condition, or nil for any other expression.
    func slotComparison(_ expr: Expr) throws(ScriptError) -> SlotComparison? {
        guard case .binary(let name, let lhs, let rhs, _) = expr.kind, let op = Self.fastOp(name),
              op != .add, op != .subtract, op != .multiply,
              case .identifier(let leftName) = lhs.kind, let left = lookup(leftName), case .local(let a) = left.ref else { return nil }
        switch rhs.kind {
        case .integer(let value): return SlotComparison(op: op, left: a, right: -1, constant: value)
        case .identifier(let rightName):
            guard let right = lookup(rightName), case .local(let b) = right.ref else { return nil }
            return SlotComparison(op: op, left: a, right: b, constant: 0)
        default: return nil
        }
    }

    /// A comparison used as a condition (`while j <= n`, `if i * i > n`): its Bool directly, with frame slots and
    /// constants read inline and two Ints compared without a `Value`; nil when `expr` is no comparison.
    func compileComparisonCondition(_ expr: Expr) throws(ScriptError) -> ((Runtime) throws(ScriptError) -> Bool)? {
        guard case .binary(let name, let lhs, let rhs, _) = expr.kind, let op = Self.fastOp(name),
              op != .add, op != .subtract, op != .multiply else { return nil }
        let span = expr.span
        let left = try operand(lhs), right = try operand(rhs)
        let general: (Value, Value) throws(ScriptError) -> Bool = { a, b throws(ScriptError) in
            let value = try Compiler.apply(op, name, a, b, span)
            if case .bool(let flag) = value { return flag }
            throw ScriptError(kind: .type, message: Message.condition(value.typeName), span: span)
        }
        switch (left, right) {
        case (.local(let a), .local(let b)):
            return { rt throws(ScriptError) in
                let frame = rt.stack + rt.fp
                if case .int(let x) = frame[a], case .int(let y) = frame[b] { return Compiler.intComparison(op, x, y) }
                return try general(frame[a], frame[b])
            }
        case (.local(let a), .constant(let constant)):
            guard case .int(let y) = constant else { break }
            return { rt throws(ScriptError) in
                let frame = rt.stack + rt.fp
                if case .int(let x) = frame[a] { return Compiler.intComparison(op, x, y) }
                return try general(frame[a], constant)
            }
        default: break
        }
        return { rt throws(ScriptError) in
            let a = try left.read(rt), b = try right.read(rt)
            if case .int(let x) = a, case .int(let y) = b { return Compiler.intComparison(op, x, y) }
            return try general(a, b)
        }
    }

    /// `a % b` with two Int operands (a frame slot or constant read inline) computed in place; a zero divisor,
    /// overflow and other types go through the operator's implementation, so results and errors are the same.
    func compileFastRemainder(_ lhs: Expr, _ rhs: Expr, _ span: SourceSpan) throws(ScriptError) -> Eval {
        let left = try operand(lhs), right = try operand(rhs)
        let apply = Operators.function("%")
        return { rt throws(ScriptError) in
            let a = try left.read(rt), b = try right.read(rt)
            if case .int(let x) = a, case .int(let y) = b, y != 0, y != -1 { return .int(x % y) }
            do throws(ScriptError) { return try apply(a, b) } catch { throw error.located(at: span) }
        }
    }

    /// `a[i]` read where `a` is a frame slot and `i` a frame slot or constant (`if isPrime[i]`): the element of an
    /// array is read in place (`ArrayInPlace`: no copy or retain of the array, no closure calls); any other container
    /// or key goes through `Subscripts.get`. Nil for other shapes (a computed key keeps the general order of evaluation).
    func compileSlotSubscriptGet(_ base: Expr, _ arguments: [Argument], _ span: SourceSpan) throws(ScriptError) -> Eval? {
        guard let (slot, key) = try slotSubscript(base, arguments) else { return nil }
        return { rt throws(ScriptError) in
            let index = try key.read(rt)
            let place = rt.stack + (rt.fp &+ slot)
            if case .int(let i) = index, let element = ArrayInPlace.element(place, i) { return element }
            return try Subscripts.get(place.pointee, [index], labels: [nil], span: span, rt: rt)
        }
    }

    /// `a[i]` as a condition (`if isPrime[i]`, `for k in 0...n where isPrime[k]`), shaped as `compileSlotSubscriptGet`
    /// takes it: a Bool element is tested where it lies; anything else is the general read and the usual check.
    func compileSlotSubscriptCondition(_ expr: Expr) throws(ScriptError) -> ((Runtime) throws(ScriptError) -> Bool)? {
        guard !expr.startsOptionalChain, case .subscriptAccess(let base, let arguments) = expr.kind,
              let (slot, key) = try slotSubscript(base, arguments) else { return nil }
        let span = expr.span
        return { rt throws(ScriptError) in
            let index = try key.read(rt)
            let place = rt.stack + (rt.fp &+ slot)
            if case .int(let i) = index, let flag = ArrayInPlace.boolElement(place, i) { return flag }
            let value = try Subscripts.get(place.pointee, [index], labels: [nil], span: span, rt: rt)
            if case .bool(let flag) = value { return flag }
            throw ScriptError(kind: .type, message: Message.condition(value.typeName), span: span)
        }
    }

    /// The frame slots of `a[i]` where both are plain locals (a condition a loop can test itself), or nil.
    func slotElementTest(_ expr: Expr) -> (array: Int, key: Int)? {
        guard !expr.startsOptionalChain, case .subscriptAccess(let base, let arguments) = expr.kind, arguments.count == 1,
              arguments[0].label == nil, !arguments[0].isInout, !base.startsOptionalChain,
              case .identifier(let name) = base.kind, let variable = lookup(name), case .local(let array) = variable.ref,
              case .identifier(let keyName) = arguments[0].value.kind, let keyVariable = lookup(keyName),
              case .local(let key) = keyVariable.ref else { return nil }
        return (array, key)
    }

    /// The frame slot and key operand of `a[i]` where `a` is a frame slot and `i` a frame slot or constant.
    private func slotSubscript(_ base: Expr, _ arguments: [Argument]) throws(ScriptError) -> (Int, Operand)? {
        guard arguments.count == 1, arguments[0].label == nil, !arguments[0].isInout, !base.startsOptionalChain,
              case .identifier(let name) = base.kind, let variable = lookup(name), case .local(let slot) = variable.ref else { return nil }
        let key = try operand(arguments[0].value)
        if case .computed = key { return nil }
        return (slot, key)
    }
}
