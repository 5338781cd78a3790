/// Equality and ordering as Swift defines them for the value types cells use.
extension Operators {
    static func equal(_ lhs: Value, _ rhs: Value, op: String = "==") throws(ScriptError) -> Bool {
        if let rt = runtime(of: lhs, rhs), let result = try UserOperators.binary("==", lhs, rhs, rt: rt, span: nil),
           case .bool(let flag) = result {
            return flag
        }
        if let result = equalIfComparable(lhs, rhs) { return result }
        if let (left, right) = ImplicitNumberMembers.resolve(lhs, rhs) { return try equal(left, right, op: op) }
        throw ScriptError(kind: .type, message: Message.binary(op, lhs.typeName, rhs.typeName))
    }

    /// Structural equality; nil when the two values cannot be compared.
    static func equalIfComparable(_ lhs: Value, _ rhs: Value) -> Bool? {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b
        case (.int(let a), .double(let b)): return Double(a) == b
        case (.double(let a), .int(let b)): return a == Double(b)
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.character(let a), .character(let b)): return a == b
        case (.string(let a), .character(let b)), (.character(let b), .string(let a)): return a == String(b)
        case (.void, .void): return true
        case (.null, .null): return true
        case (.null, .wrapped), (.wrapped, .null): return false
        case (.null, _), (_, .null): return false
        case (.wrapped(let a), .wrapped(let b)): return equalIfComparable(a, b)
        case (.wrapped(let a), _): return equalIfComparable(a, rhs)
        case (_, .wrapped(let b)): return equalIfComparable(lhs, b)
        case (.array(let a), .array(let b)):
            guard a.count == b.count else { return a.isEmpty || b.isEmpty ? false : (equalIfComparable(a[0], b[0]) == nil ? nil : false) }
            for (x, y) in zip(a, b) {
                guard let same = equalIfComparable(x, y) else { return nil }
                if !same { return false }
            }
            return true
        case (.tuple(let a), .tuple(let b)):
            guard a.elements.count == b.elements.count else { return nil }
            for (x, y) in zip(a.elements, b.elements) {
                guard let same = equalIfComparable(x, y) else { return nil }
                if !same { return false }
            }
            return true
        case (.dictionary(let a), .dictionary(let b)):
            guard a.count == b.count else { return false }
            for (key, value) in a.pairs {
                guard let other = b[key], let same = equalIfComparable(value, other), same else { return false }
            }
            return true
        case (.range(let a), .range(let b)):
            guard a.isClosed == b.isClosed, let low = equalIfComparable(a.lower, b.lower),
                  let high = equalIfComparable(a.upper, b.upper) else { return nil }
            return low && high
        case (.symbol(let a), .symbol(let b)): return a == b
        case (.instance, _), (_, .instance):
            guard let rt = runtime(of: lhs, rhs), let result = try? UserOperators.binary("==", lhs, rhs, rt: rt, span: nil),
                  case .bool(let flag) = result else { return nil }
            return flag
        case (.native(let a), _): return a.isEqual(to: rhs)
        case (_, .native(let b)): return b.isEqual(to: lhs)
        case (.function(let a), .function(let b)): return a === b
        default: return nil
        }
    }

    static func less(_ lhs: Value, _ rhs: Value, op: String) throws(ScriptError) -> Bool {
        if let rt = runtime(of: lhs, rhs), let result = try UserOperators.binary("<", lhs, rhs, rt: rt, span: nil),
           case .bool(let flag) = result {
            return flag
        }
        if let result = lessIfComparable(lhs, rhs) { return result }
        if let (left, right) = ImplicitNumberMembers.resolve(lhs, rhs) { return try less(left, right, op: op) }
        throw ScriptError(kind: .type, message: Message.binary(op, lhs.typeName, rhs.typeName))
    }

    /// Swift's `<` for numbers, strings, characters, booleans-free, and tuples lexicographically.
    static func lessIfComparable(_ lhs: Value, _ rhs: Value) -> Bool? {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return a < b
        case (.double(let a), .double(let b)): return a < b
        case (.int(let a), .double(let b)): return Double(a) < b
        case (.double(let a), .int(let b)): return a < Double(b)
        case (.string(let a), .string(let b)): return a < b
        case (.character(let a), .character(let b)): return a < b
        case (.tuple(let a), .tuple(let b)):
            guard a.elements.count == b.elements.count else { return nil }
            for (x, y) in zip(a.elements, b.elements) {
                guard let before = lessIfComparable(x, y), let after = lessIfComparable(y, x) else { return nil }
                if before { return true }
                if after { return false }
            }
            return false
        case (.instance, _), (_, .instance):
            guard let rt = runtime(of: lhs, rhs), let result = try? UserOperators.binary("<", lhs, rhs, rt: rt, span: nil),
                  case .bool(let flag) = result else { return nil }
            return flag
        default:
            if let a = IntegerValue.number(lhs), let b = IntegerValue.number(rhs) { return a < b }
            if let a = FloatValue.number(lhs), let b = FloatValue.number(rhs) { return a < b }
            if lhs.isScalar || rhs.isScalar, let a = ScalarValue.scalar(lhs), let b = ScalarValue.scalar(rhs) { return a < b }
            guard let a = StringIndexValue.offset(of: lhs), let b = StringIndexValue.offset(of: rhs) else { return nil }
            return a < b
        }
    }
}
