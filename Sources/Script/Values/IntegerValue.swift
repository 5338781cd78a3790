/// One of Swift's fixed-width integer types other than `Int` (`Int64` is `Int` in Loupe).
public struct IntegerKind: Hashable, Sendable {
    let name: String
    let bits: Int
    let isSigned: Bool

    var min: Int128 { isSigned ? -(Int128(1) << (bits - 1)) : 0 }
    var max: Int128 { isSigned ? (Int128(1) << (bits - 1)) - 1 : (Int128(1) << bits) - 1 }

    func contains(_ value: Int128) -> Bool { value >= min && value <= max }

    /// The low `bits` bits of `value`, read as this type (two's complement for signed types).
    func wrapping(_ value: Int128) -> Int128 {
        let mask = (Int128(1) << bits) - 1
        let low = value & mask
        return isSigned && low > max ? low - (Int128(1) << bits) : low
    }

    static let all: [IntegerKind] = [
        IntegerKind(name: "Int8", bits: 8, isSigned: true), IntegerKind(name: "Int16", bits: 16, isSigned: true),
        IntegerKind(name: "Int32", bits: 32, isSigned: true), IntegerKind(name: "UInt8", bits: 8, isSigned: false),
        IntegerKind(name: "UInt16", bits: 16, isSigned: false), IntegerKind(name: "UInt32", bits: 32, isSigned: false),
        IntegerKind(name: "UInt64", bits: 64, isSigned: false), IntegerKind(name: "UInt", bits: 64, isSigned: false),
    ]
    static let named: [String: IntegerKind] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })
}

/// A value of a fixed-width integer type (`UInt8(250)`, a byte of `s.utf8`). Arithmetic stays in the type: `+ - * /`
/// past its range are the error `arithmetic overflow` naming the type, `&+ &- &*` wrap, shifts are Swift's smart
/// shifts. An `Int` operand (a literal in Swift) takes the type when it fits; two different widths do not mix.
final class IntegerValue: NativeObject {
    let kind: IntegerKind
    let value: Int128

    init(_ kind: IntegerKind, _ value: Int128) { self.kind = kind; self.value = value }

    /// A value of the type named `name` (one of `IntegerKind.all`), which must hold `value`.
    static func make(_ name: String, _ value: Int128) -> Value {
        guard let kind = IntegerKind.named[name] else { return .int(Int(truncatingIfNeeded: value)) }
        return .native(IntegerValue(kind, kind.wrapping(value)))
    }

    var typeName: String { kind.name }
    var description: String { String(value) }
    var memberNames: [String] {
        ["addingReportingOverflow", "bitWidth", "description", "isMultiple", "leadingZeroBitCount", "magnitude",
         "multipliedReportingOverflow", "nonzeroBitCount", "quotientAndRemainder", "subtractingReportingOverflow",
         "trailingZeroBitCount"]
    }

    /// `quotientAndRemainder(dividingBy:)` and `isMultiple(of:)`, in the value's type.
    func method(_ name: String) -> [Builtin]? {
        switch name {
        case "quotientAndRemainder":
            return [Builtin("quotientAndRemainder", [.labeled("dividingBy", kind.name)], returns: "(quotient: \(kind.name), remainder: \(kind.name))",
                            doc: "The quotient and remainder of dividing by the value.") { args throws(ScriptError) in
                guard let quotient = try self.binaryOperator("/", other: args[0], selfOnLeft: true),
                      let remainder = try self.binaryOperator("%", other: args[0], selfOnLeft: true) else { throw args.mismatch(0, self.kind.name) }
                return .tuple(TupleValue(elements: [quotient, remainder], labels: ["quotient", "remainder"]))
            }]
        case "isMultiple":
            return [Builtin("isMultiple", [.labeled("of", kind.name)], returns: "Bool", doc: "Whether the value is a multiple of the other.") { args throws(ScriptError) in
                guard let other = try self.operand(args[0], "%") else { throw args.mismatch(0, self.kind.name) }
                return .bool(other == 0 ? self.value == 0 : self.value % other == 0)
            }]
        case "addingReportingOverflow", "subtractingReportingOverflow", "multipliedReportingOverflow":
            let op = ["addingReportingOverflow": "&+", "subtractingReportingOverflow": "&-"][name] ?? "&*"
            return [Builtin(name, [.positional("rhs", kind.name)], returns: "(partialValue: \(kind.name), overflow: Bool)",
                            doc: "The wrapped result and whether the operation overflowed.") { args throws(ScriptError) in
                guard let other = try self.operand(args[0], op) else { throw args.mismatch(0, self.kind.name) }
                let exact = op == "&+" ? self.value + other : op == "&-" ? self.value - other : self.value.multipliedReportingOverflow(by: other).partialValue
                let overflow = op == "&*" ? self.value.multipliedReportingOverflow(by: other).overflow || !self.kind.contains(exact) : !self.kind.contains(exact)
                let partial = IntegerValue(self.kind, self.kind.wrapping(op == "&*" ? self.value &* other : exact))
                return .tuple(TupleValue(elements: [.native(partial), .bool(overflow)], labels: ["partialValue", "overflow"]))
            }]
        default: return nil
        }
    }

    /// The value as an Int, when it fits.
    var intValue: Int? { value >= Int128(Int.min) && value <= Int128(Int.max) ? Int(value) : nil }

    /// The bits of the value in its width, as an unsigned number.
    private var pattern: UInt64 { UInt64(truncatingIfNeeded: value) & (kind.bits == 64 ? .max : (UInt64(1) << kind.bits) - 1) }

    func property(_ name: String) throws(ScriptError) -> Value? {
        switch name {
        case "bitWidth": return .int(kind.bits)
        case "nonzeroBitCount": return .int(pattern.nonzeroBitCount)
        case "leadingZeroBitCount": return .int(pattern.leadingZeroBitCount - (64 - kind.bits))
        case "trailingZeroBitCount": return .int(value == 0 ? kind.bits : pattern.trailingZeroBitCount)
        case "magnitude":
            // Values lie within ±2^64, so the magnitude is an Int128 too.
            let unsigned = kind.isSigned ? IntegerKind.named["UInt\(kind.bits)"] ?? kind : kind
            return .native(IntegerValue(unsigned, Int128(value.magnitude)))
        default: return nil
        }
    }

    /// An operand of this value's type: the same kind, or an Int that fits (a literal).
    private func operand(_ other: Value, _ op: String) throws(ScriptError) -> Int128? {
        switch other {
        case .int(let number):
            guard kind.contains(Int128(number)) else {
                throw ScriptError(kind: .type, message: Message.literalOverflow("\(number)", into: kind.name))
            }
            return Int128(number)
        case .native(let object as IntegerValue):
            guard object.kind == kind else { throw ScriptError(kind: .type, message: Message.binary(op, kind.name, object.kind.name)) }
            return object.value
        case .native(let literal as LargeIntegerLiteral):
            guard kind.contains(Int128(literal.value)) else { throw literal.overflow(into: kind.name) }
            return Int128(literal.value)
        default: return nil
        }
    }

    private func make(_ result: Int128) throws(ScriptError) -> Value {
        guard kind.contains(result) else { throw ScriptError(kind: .runtime, message: "\(Message.overflow) (\(kind.name))") }
        return .native(IntegerValue(kind, result))
    }

    func binaryOperator(_ op: String, other: Value, selfOnLeft: Bool) throws(ScriptError) -> Value? {
        if op == "<<" || op == ">>" {
            if selfOnLeft { return try shift(op, other) }
            // `1 << n` with a fixed-width `n`: the result has the left operand's type (Int).
            guard case .int(let number) = other else { return nil }
            let distance = value.magnitude, left = (op == "<<") == (value >= 0)
            if left { return .int(distance >= 64 ? 0 : number << Int(distance)) }
            return .int(distance >= 64 ? (number < 0 ? -1 : 0) : number >> Int(distance))
        }
        guard let otherValue = try operand(other, op) else { return nil }
        let (a, b) = selfOnLeft ? (value, otherValue) : (otherValue, value)
        switch op {
        case "+": return try make(a + b)
        case "-": return try make(a - b)
        case "*":
            let (product, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? try make(kind.max + 1) : try make(product)
        case "/", "%":
            guard b != 0 else { throw ScriptError(kind: .runtime, message: Message.divisionByZero) }
            return try make(op == "/" ? a / b : a % b)
        case "&+": return .native(IntegerValue(kind, kind.wrapping(a + b)))
        case "&-": return .native(IntegerValue(kind, kind.wrapping(a - b)))
        case "&*": return .native(IntegerValue(kind, kind.wrapping(a &* b)))
        case "&": return .native(IntegerValue(kind, a & b))
        case "|": return .native(IntegerValue(kind, a | b))
        case "^": return .native(IntegerValue(kind, a ^ b))
        default: return nil
        }
    }

    /// Swift's smart shifts: a negative amount shifts the other way, an amount past the width gives 0 (or -1).
    private func shift(_ op: String, _ other: Value) throws(ScriptError) -> Value? {
        let amount: Int128
        switch other {
        case .int(let number): amount = Int128(number)
        case .native(let object as IntegerValue): amount = object.value
        default: return nil
        }
        let left = (op == "<<") == (amount >= 0), distance = amount.magnitude
        if left { return .native(IntegerValue(kind, distance >= UInt128(kind.bits) ? 0 : kind.wrapping(value << Int(distance)))) }
        if distance >= UInt128(kind.bits) { return .native(IntegerValue(kind, value < 0 ? -1 : 0)) }
        return .native(IntegerValue(kind, value >> Int(distance)))
    }

    func unaryOperator(_ op: String) throws(ScriptError) -> Value? {
        switch op {
        case "-": return kind.isSigned ? try make(-value) : nil
        case "+": return .native(self)
        case "~": return .native(IntegerValue(kind, kind.wrapping(~value)))
        default: return nil
        }
    }

    /// Swift compares any two integers by value (`UInt8(3) == 3`, `Int8(-1) < UInt8(0)`).
    func isEqual(to other: Value) -> Bool? { Self.number(other).map { $0 == value } }

    /// The check of an annotation `UInt8` (…): a value of the type, or an Int that fits.
    static func check(_ name: String) -> (Value) -> Value? {
        guard let kind = IntegerKind.named[name] else { return { _ in nil } }
        return { value in
            switch value {
            case .native(let object as IntegerValue): object.kind == kind ? value : nil
            case .int(let number): kind.contains(Int128(number)) ? .native(IntegerValue(kind, Int128(number))) : nil
            case .native(let literal as LargeIntegerLiteral):
                kind.contains(Int128(literal.value)) ? .native(IntegerValue(kind, Int128(literal.value))) : nil
            default: nil
            }
        }
    }

    static func number(_ value: Value) -> Int128? {
        switch value {
        case .int(let number): Int128(number)
        case .native(let object as IntegerValue): object.value
        case .native(let literal as LargeIntegerLiteral): Int128(literal.value)
        default: nil
        }
    }
}
