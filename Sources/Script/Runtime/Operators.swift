import Platform

/// Arithmetic, comparison and equality on values. Int overflow and Int division by zero are errors;
/// Int and Double mix to Double (a documented deviation from Swift).
enum Operators {
    static func add(_ lhs: Value, _ rhs: Value) throws(ScriptError) -> Value {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)):
            let (result, overflow) = a.addingReportingOverflow(b)
            if overflow { throw ScriptError(kind: .runtime, message: Message.overflow) }
            return .int(result)
        case (.double(let a), .double(let b)): return .double(a + b)
        case (.int(let a), .double(let b)): return .double(Double(a) + b)
        case (.double(let a), .int(let b)): return .double(a + Double(b))
        case (.string(let a), .string(let b)):
            try Limits.checkString(bytes: a.utf8.count &+ b.utf8.count)
            return .string(a + b)
        case (.string(let a), .character(let b)): return .string(a + String(b))
        case (.character(let a), .string(let b)): return .string(String(a) + b)
        case (.character(let a), .character(let b)): return .string(String(a) + String(b))
        case (.array(let a), .array(let b)):
            try Limits.checkAllocation(a.count + b.count)
            return .array(a + b)
        default: return try native("+", lhs, rhs)
        }
    }

    static func subtract(_ lhs: Value, _ rhs: Value) throws(ScriptError) -> Value {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)):
            let (result, overflow) = a.subtractingReportingOverflow(b)
            if overflow { throw ScriptError(kind: .runtime, message: Message.overflow) }
            return .int(result)
        case (.double(let a), .double(let b)): return .double(a - b)
        case (.int(let a), .double(let b)): return .double(Double(a) - b)
        case (.double(let a), .int(let b)): return .double(a - Double(b))
        default: return try native("-", lhs, rhs)
        }
    }

    static func multiply(_ lhs: Value, _ rhs: Value) throws(ScriptError) -> Value {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)):
            let (result, overflow) = a.multipliedReportingOverflow(by: b)
            if overflow { throw ScriptError(kind: .runtime, message: Message.overflow) }
            return .int(result)
        case (.double(let a), .double(let b)): return .double(a * b)
        case (.int(let a), .double(let b)): return .double(Double(a) * b)
        case (.double(let a), .int(let b)): return .double(a * Double(b))
        default: return try native("*", lhs, rhs)
        }
    }

    static func divide(_ lhs: Value, _ rhs: Value) throws(ScriptError) -> Value {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)):
            if b == 0 { throw ScriptError(kind: .runtime, message: Message.divisionByZero) }
            let (result, overflow) = a.dividedReportingOverflow(by: b)
            if overflow { throw ScriptError(kind: .runtime, message: Message.overflow) }
            return .int(result)
        case (.double(let a), .double(let b)): return .double(a / b)
        case (.int(let a), .double(let b)): return .double(Double(a) / b)
        case (.double(let a), .int(let b)): return .double(a / Double(b))
        default: return try native("/", lhs, rhs)
        }
    }

    static func remainder(_ lhs: Value, _ rhs: Value) throws(ScriptError) -> Value {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)):
            if b == 0 { throw ScriptError(kind: .runtime, message: Message.divisionByZero) }
            let (result, overflow) = a.remainderReportingOverflow(dividingBy: b)
            if overflow { throw ScriptError(kind: .runtime, message: Message.overflow) }
            return .int(result)
        case (.double(let a), .double(let b)): return .double(a.truncatingRemainder(dividingBy: b))
        case (.int(let a), .double(let b)): return .double(Double(a).truncatingRemainder(dividingBy: b))
        case (.double(let a), .int(let b)): return .double(a.truncatingRemainder(dividingBy: Double(b)))
        default: return try native("%", lhs, rhs)
        }
    }

    /// Gives native values (tensors) a chance at the operator, else a TypeError.
    static func native(_ op: String, _ lhs: Value, _ rhs: Value) throws(ScriptError) -> Value {
        // A long native loop that saw the interrupt may have stopped early: its result is not used.
        if case .native(let object) = lhs, let result = try object.binaryOperator(op, other: rhs, selfOnLeft: true) {
            if Interrupt.isRequested { try Interrupt.checkCell() }
            return result
        }
        if case .native(let object) = rhs, let result = try object.binaryOperator(op, other: lhs, selfOnLeft: false) {
            if Interrupt.isRequested { try Interrupt.checkCell() }
            return result
        }
        if let rt = runtime(of: lhs, rhs), let result = try UserOperators.binary(op, lhs, rhs, rt: rt, span: nil) { return result }
        if let (left, right) = ImplicitNumberMembers.resolve(lhs, rhs) { return try binary(op, left, right) }
        throw ScriptError(kind: .type, message: Message.binary(op, lhs.typeName, rhs.typeName))
    }

    static func binary(_ op: String, _ lhs: Value, _ rhs: Value) throws(ScriptError) -> Value {
        switch op {
        case "+": return try add(lhs, rhs)
        case "-": return try subtract(lhs, rhs)
        case "*": return try multiply(lhs, rhs)
        case "/": return try divide(lhs, rhs)
        case "%": return try remainder(lhs, rhs)
        case "==": return .bool(try equal(lhs, rhs, op: op))
        case "!=": return .bool(!(try equal(lhs, rhs, op: op)))
        case "<": return .bool(try less(lhs, rhs, op: op))
        case ">": return .bool(try less(rhs, lhs, op: op))
        case "<=": return .bool(!(try less(rhs, lhs, op: op)))
        case ">=": return .bool(!(try less(lhs, rhs, op: op)))
        case "..<", "...":
            return try makeRange(lhs, rhs, closed: op == "...")
        case "===", "!==":
            return .bool(try identical(lhs, rhs) == (op == "==="))
        case "<<", ">>", "&", "|", "^", "&+", "&-", "&*":
            guard case .int(let a) = lhs, case .int(let b) = rhs else { return try native(op, lhs, rhs) }
            switch op {
            case "&+": return .int(a &+ b)
            case "&-": return .int(a &- b)
            case "&*": return .int(a &* b)
            case "<<": return .int(b >= 64 || b <= -64 ? 0 : a << b)
            case ">>": return .int(b >= 64 ? (a < 0 ? -1 : 0) : (b <= -64 ? 0 : a >> b))
            case "&": return .int(a & b)
            case "|": return .int(a | b)
            default: return .int(a ^ b)
            }
        default: return try native(op, lhs, rhs)
        }
    }

    /// The implementation of a binary operator, chosen once.
    static func function(_ op: String) -> (Value, Value) throws(ScriptError) -> Value {
        switch op {
        case "+": return { a, b throws(ScriptError) in
            if case .double(let x) = a, case .double(let y) = b { return .double(x + y) }
            return try add(a, b)
        }
        case "-": return { a, b throws(ScriptError) in try subtract(a, b) }
        case "*": return { a, b throws(ScriptError) in try multiply(a, b) }
        case "/": return { a, b throws(ScriptError) in try divide(a, b) }
        case "%": return { a, b throws(ScriptError) in try remainder(a, b) }
        case "<": return { a, b throws(ScriptError) in .bool(try less(a, b, op: "<")) }
        case ">": return { a, b throws(ScriptError) in .bool(try less(b, a, op: ">")) }
        case "<=": return { a, b throws(ScriptError) in .bool(!(try less(b, a, op: "<="))) }
        case ">=": return { a, b throws(ScriptError) in .bool(!(try less(a, b, op: ">="))) }
        case "==": return { a, b throws(ScriptError) in .bool(try equal(a, b)) }
        case "!=": return { a, b throws(ScriptError) in .bool(!(try equal(a, b, op: "!="))) }
        default: return { a, b throws(ScriptError) in try binary(op, a, b) }
        }
    }

    static func makeRange(_ lower: Value, _ upper: Value, closed: Bool) throws(ScriptError) -> Value {
        switch (lower, upper) {
        case (.int(let a), .int(let b)):
            if a > b { throw ScriptError(kind: .runtime, message: Message.badRange) }
            return .range(RangeValue(lower: lower, upper: upper, isClosed: closed))
        case (.double, .double), (.int, .double), (.double, .int):
            let a = lower.asDouble ?? 0, b = upper.asDouble ?? 0
            if !(a <= b) { throw ScriptError(kind: .runtime, message: Message.badRange) }
            return .range(RangeValue(lower: .double(a), upper: .double(b), isClosed: closed))
        default:
            // `i..<j` of String.Index values (a missing bound of `s[i...]` is an Int sentinel).
            if StringIndexValue.offset(of: lower) != nil || StringIndexValue.offset(of: upper) != nil {
                if let a = StringIndexValue.offset(of: lower), let b = StringIndexValue.offset(of: upper), a > b {
                    throw ScriptError(kind: .runtime, message: Message.badRange)
                }
                return .range(RangeValue(lower: lower, upper: upper, isClosed: closed))
            }
            throw ScriptError(kind: .type, message: Message.binary(closed ? "..." : "..<", lower.typeName, upper.typeName))
        }
    }

    static func negate(_ value: Value) throws(ScriptError) -> Value {
        switch value {
        case .int(let a):
            if a == Int.min { throw ScriptError(kind: .runtime, message: Message.overflow) }
            return .int(-a)
        case .double(let a): return .double(-a)
        case .native(let object):
            if let result = try object.unaryOperator("-") { return result }
        case .instance:
            if let result = try UserOperators.unary("-", value) { return result }
        default: break
        }
        throw ScriptError(kind: .type, message: Message.unary("-", value.typeName))
    }
}

extension Value {
    /// Int or Double as Double.
    var asDouble: Double? {
        switch self {
        case .int(let v): Double(v)
        case .double(let v): v
        default: nil
        }
    }
}
