/// An integer literal above `Int.max` (`18446744073709551615`, `0xFFFF_FFFF_FFFF_FFFF`). Swift gives such a literal
/// the type its context needs, so it becomes a `UInt64` or `UInt` (or `Double`, `Float`) where it is bound, passed
/// or combined with one, and `-9223372036854775808` is `Int.min`; anywhere else it is the error Swift gives at
/// compile time (it never silently becomes some other number).
final class LargeIntegerLiteral: NativeObject {
    let value: UInt64

    init(_ value: UInt64) { self.value = value }

    /// The value of a literal's text (decimal, or `0x`/`0o`/`0b` with `_` separators), when it fits a UInt64.
    static func value(of text: String) -> UInt64? {
        let digits = text.filter { $0 != "_" }
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where digits.hasPrefix(prefix) {
            return UInt64(digits.dropFirst(2), radix: radix)
        }
        return UInt64(digits)
    }

    var typeName: String { "integer literal" }
    var description: String { String(value) }

    /// The error of using the literal where its value does not fit the type it would take.
    func overflow(into type: String, negated: Bool = false) -> ScriptError {
        ScriptError(kind: .type, message: Message.literalOverflow("\(negated ? "-" : "")\(value)", into: type))
    }

    func unaryOperator(_ op: String) throws(ScriptError) -> Value? {
        switch op {
        case "-":
            guard value == UInt64(Int.max) + 1 else { throw overflow(into: "Int", negated: true) }
            return .int(Int.min)
        case "+": return .native(self)
        default: throw overflow(into: "Int")
        }
    }

    /// With a fixed-width integer the literal takes its type; with a Double it is a Double; with another Int
    /// literal (or an Int) it would be an Int, which cannot hold it.
    func binaryOperator(_ op: String, other: Value, selfOnLeft: Bool) throws(ScriptError) -> Value? {
        switch other {
        case .native(let object as IntegerValue): return try object.binaryOperator(op, other: .native(self), selfOnLeft: !selfOnLeft)
        case .native(let object as FloatValue): return try object.binaryOperator(op, other: .double(Double(value)), selfOnLeft: !selfOnLeft)
        case .double(let number):
            let (a, b) = selfOnLeft ? (Double(value), number) : (number, Double(value))
            return try Operators.binary(op, .double(a), .double(b))
        default: throw overflow(into: "Int")
        }
    }

    func isEqual(to other: Value) -> Bool? { IntegerValue.number(other).map { $0 == Int128(value) } }
}
