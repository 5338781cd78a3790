/// `2.0 * .pi`, `x < .infinity`, `let z: Double = .pi`: an implicit member written where a number is expected is
/// that number type's static property, as Swift infers it from the other operand or the annotation.
enum ImplicitNumberMembers {
    /// The static property `name` of `Double` (`like` a Double) or `Int` (`like` an Int); nil for any other pair.
    static func value(_ name: String, like other: Value) -> Value? {
        let namespace: TypeNamespace
        switch other {
        case .double: namespace = ScalarTypes.double
        case .int: namespace = ScalarTypes.int
        default: return nil
        }
        guard let property = namespace.staticProperties[name] else { return nil }
        return try? property()
    }

    /// The two operands with an implicit member beside a number resolved; nil when neither is one.
    static func resolve(_ lhs: Value, _ rhs: Value) -> (Value, Value)? {
        if case .symbol(let name) = lhs, let value = value(name, like: rhs) { return (value, rhs) }
        if case .symbol(let name) = rhs, let value = value(name, like: lhs) { return (lhs, value) }
        return nil
    }
}
