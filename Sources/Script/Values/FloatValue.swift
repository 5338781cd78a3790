/// A 32-bit `Float`: arithmetic rounds to Float after each operation and it prints as Swift prints a Float
/// (`Float(0.1)` is `0.1`, `Float(1) / 3` is `0.33333334`). An `Int` or `Double` operand (a literal in Swift) is
/// converted to Float first.
final class FloatValue: NativeObject {
    let value: Float

    init(_ value: Float) { self.value = value }

    var typeName: String { "Float" }
    var description: String { value.description }
    var memberNames: [String] { ["description", "isFinite", "isInfinite", "isNaN", "rounded", "squareRoot"] }

    func property(_ name: String) throws(ScriptError) -> Value? {
        switch name {
        case "isNaN": .bool(value.isNaN)
        case "isInfinite": .bool(value.isInfinite)
        case "isFinite": .bool(value.isFinite)
        default: nil
        }
    }

    func method(_ name: String) -> [Builtin]? {
        let value = value
        switch name {
        case "squareRoot": return [Builtin("squareRoot", returns: "Float", doc: "The square root.") { _ throws(ScriptError) in
            .native(FloatValue(value.squareRoot()))
        }]
        case "rounded": return [Builtin("rounded", returns: "Float", doc: "Rounded to the nearest integer, halves away from zero.") { _ throws(ScriptError) in
            .native(FloatValue(value.rounded()))
        }]
        default: return nil
        }
    }

    /// A Float, or an Int or Double operand converted to Float.
    static func number(_ value: Value) -> Float? {
        switch value {
        case .native(let object as FloatValue): object.value
        case .int(let number): Float(number)
        case .double(let number): Float(number)
        case .native(let literal as LargeIntegerLiteral): Float(literal.value)
        default: nil
        }
    }

    func binaryOperator(_ op: String, other: Value, selfOnLeft: Bool) throws(ScriptError) -> Value? {
        guard let otherValue = Self.number(other) else { return nil }
        let (a, b) = selfOnLeft ? (value, otherValue) : (otherValue, value)
        switch op {
        case "+": return .native(FloatValue(a + b))
        case "-": return .native(FloatValue(a - b))
        case "*": return .native(FloatValue(a * b))
        case "/": return .native(FloatValue(a / b))
        default: return nil
        }
    }

    func unaryOperator(_ op: String) throws(ScriptError) -> Value? {
        switch op {
        case "-": .native(FloatValue(-value))
        case "+": .native(self)
        default: nil
        }
    }

    func isEqual(to other: Value) -> Bool? { Self.number(other).map { $0 == value } }
}
