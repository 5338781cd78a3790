/// `Int8` … `UInt64`, `UInt`, `Int64` (Loupe's `Int`), `Float` and `UnicodeScalar` as types: conversions and limits,
/// with Swift's run-time errors where a conversion cannot hold the value.
enum FixedWidthTypes {
    static var all: [TypeNamespace] { IntegerKind.all.map(integer) + [int64, float, unicodeScalar, unicode, utf8] }

    /// `Unicode.Scalar(65)`: the `Unicode` namespace's scalar type is `UnicodeScalar`.
    static var unicode: TypeNamespace {
        TypeNamespace(name: "Unicode", doc: "Unicode's types (Unicode.Scalar).", staticMethods: ["Scalar": unicodeScalar.initializers])
    }

    /// `String(scalar)` (also of `UnicodeScalar(65)`'s optional, see `ScalarValue.unwrapped`); other values go on to
    /// the next `String(_:)`.
    static var stringOfScalar: Builtin {
        Builtin("String", [.positional("scalar", "Unicode.Scalar")], returns: "String", doc: "The text of a Unicode scalar.") { args throws(ScriptError) in
            guard let scalar = ScalarValue.unwrapped(args[0]) else { throw args.mismatch(0, "Unicode.Scalar") }
            return .string(String(scalar))
        }
    }

    /// `UTF8.self`, for `String(decoding: bytes, as: UTF8.self)`.
    static var utf8: TypeNamespace {
        TypeNamespace(name: "UTF8", doc: "The UTF-8 encoding.", staticProperties: ["self": { .symbol("UTF8") }])
    }

    /// `String(decoding: bytes, as: UTF8.self)`: the text of UTF-8 bytes (invalid ones become U+FFFD, as Swift).
    static var stringDecoding: Builtin {
        Builtin("String", [.labeled("decoding", "[UInt8]"), .labeled("as", "UTF8.Type")], returns: "String",
                doc: "The text of UTF-8 code units (invalid sequences become U+FFFD).") { args throws(ScriptError) in
            guard case .symbol("UTF8") = args[1] else { throw args.mismatch(1, "UTF8.Type") }
            var items = args[0].arrayElements
            if args[0].isStringView { items = try Sequences.elements(of: args[0], span: nil) }
            guard let items else { throw args.mismatch(0, "[UInt8]") }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(items.count)
            for item in items {
                guard let byte = IntegerValue.number(item), byte >= 0, byte <= 255 else { throw args.mismatch(0, "[UInt8]") }
                bytes.append(UInt8(byte))
            }
            return .string(String(decoding: bytes, as: UTF8.self))
        }
    }

    static func notEnoughBits() -> ScriptError {
        ScriptError(kind: .runtime, message: "Not enough bits to represent the passed value")
    }

    /// An integer's value for a conversion: an Int, a fixed-width integer, or a Double (truncated toward zero).
    static func integerSource(_ value: Value, into name: String) throws(ScriptError) -> Int128? {
        switch value {
        case .int(let number): return Int128(number)
        case .native(let object as IntegerValue): return object.value
        case .native(let literal as LargeIntegerLiteral): return Int128(literal.value)
        case .double(let number):
            return try truncated(number, value.typeName, into: name)
        case .native(let object as FloatValue):
            return try truncated(Double(object.value), value.typeName, into: name)
        default: return nil
        }
    }

    /// A Float's (or Double's) value as an Int, truncated toward zero.
    static func int(_ x: Double, from typeName: String) throws(ScriptError) -> Int {
        guard let value = Int(exactly: try truncated(x, typeName, into: "Int")) else {
            throw ScriptError(kind: .runtime, message: "\(typeName) value cannot be converted to Int because it is outside the representable range")
        }
        return value
    }

    private static func truncated(_ x: Double, _ typeName: String, into name: String) throws(ScriptError) -> Int128 {
        guard x.isFinite else {
            throw ScriptError(kind: .runtime, message: "\(typeName) value cannot be converted to \(name) because it is either infinite or NaN")
        }
        guard x > -1.8e19, x < 1.8e19 else {
            throw ScriptError(kind: .runtime, message: "\(typeName) value cannot be converted to \(name) because it is outside the representable range")
        }
        return Int128(x.rounded(.towardZero))
    }

    static func integer(_ kind: IntegerKind) -> TypeNamespace {
        let name = kind.name
        func exact(_ args: inout Arguments) throws(ScriptError) -> Value {
            if case .string(let text) = args[0] {
                return Int128(text).flatMap { kind.contains($0) ? Value.wrapped(.native(IntegerValue(kind, $0))) : nil } ?? .null
            }
            guard let number = try integerSource(args[0], into: name) else { throw args.mismatch(0, "BinaryInteger") }
            guard kind.contains(number) else {
                if case .double = args[0] {
                    throw ScriptError(kind: .runtime, message: "Double value cannot be converted to \(name) because it is outside the representable range")
                }
                throw notEnoughBits()
            }
            return .native(IntegerValue(kind, number))
        }
        var initializers = [
            Builtin(name, [.positional("value")], returns: name,
                    doc: "Converts a number (an error when it does not fit), or a String (giving \(name)?).", body: exact),
            Builtin(name, [.labeled("truncatingIfNeeded")], returns: name, doc: "The low \(kind.bits) bits of an integer.") { args throws(ScriptError) in
                guard let number = IntegerValue.number(args[0]) else { throw args.mismatch(0, "BinaryInteger") }
                return .native(IntegerValue(kind, kind.wrapping(number)))
            },
            Builtin(name, [.labeled("clamping")], returns: name, doc: "The integer, or the nearest limit of \(name).") { args throws(ScriptError) in
                guard let number = IntegerValue.number(args[0]) else { throw args.mismatch(0, "BinaryInteger") }
                return .native(IntegerValue(kind, Swift.min(Swift.max(number, kind.min), kind.max)))
            },
            Builtin(name, [.labeled("exactly")], returns: "\(name)?", doc: "The number when \(name) holds it exactly, else nil.") { args throws(ScriptError) in
                let number: Int128
                switch args[0] {
                case .double(let x):
                    guard x.isFinite, x.rounded(.towardZero) == x, x > -1.8e19, x < 1.8e19 else { return .null }
                    number = Int128(x)
                default:
                    guard let found = IntegerValue.number(args[0]) else { throw args.mismatch(0, "BinaryInteger") }
                    number = found
                }
                return kind.contains(number) ? .wrapped(.native(IntegerValue(kind, number))) : .null
            },
            Builtin(name, [.labeled("bitPattern")], returns: name, doc: "The same bits read as \(name).") { args throws(ScriptError) in
                // The other-signed type of the same width (an Int literal takes that type).
                let counterpart = IntegerKind(name: (kind.isSigned ? "U" : "") + name.drop { $0 == "U" }, bits: kind.bits, isSigned: !kind.isSigned)
                let number: Int128
                switch args[0] {
                case .native(let object as IntegerValue) where object.kind.bits == kind.bits && object.kind.isSigned != kind.isSigned:
                    number = object.value
                case .int(let literal) where counterpart.contains(Int128(literal)): number = Int128(literal)
                default: throw args.mismatch(0, counterpart.name)
                }
                return .native(IntegerValue(kind, kind.wrapping(number)))
            },
        ]
        if name == "UInt8" {
            initializers.append(Builtin(name, [.labeled("ascii", "Unicode.Scalar")], returns: name, doc: "The code of an ASCII character.") { args throws(ScriptError) in
                guard let scalar = ScalarValue.scalar(args[0]) else { throw args.mismatch(0, "Unicode.Scalar") }
                guard scalar.isASCII else { throw ScriptError(kind: .runtime, message: "Code point value does not fit into ASCII") }
                return .native(IntegerValue(kind, Int128(scalar.value)))
            })
        }
        return TypeNamespace(name: name, doc: "A \(kind.bits)-bit \(kind.isSigned ? "signed" : "unsigned") integer.",
                             initializers: initializers, staticProperties: [
            "max": { .native(IntegerValue(kind, kind.max)) },
            "min": { .native(IntegerValue(kind, kind.min)) },
            "zero": { .native(IntegerValue(kind, 0)) },
            "bitWidth": { .int(kind.bits) },
        ], staticMethods: [
            "random": [Builtin("random", [.labeled("in", "Range<\(name)>")], returns: name,
                               doc: "A uniform random \(name) in the range (seeded generator).") { args throws(ScriptError) in
                try RandomFunctions.sample(args[0], args.interpreter.random, kind: kind)
            }],
        ])
    }

    /// `Int(truncatingIfNeeded:)`, `Int(clamping:)`, `Int(exactly:)`, `Int(bitPattern:)` from any integer (and
    /// `exactly:` from a Double).
    static var intConversions: [Builtin] {
        let int = IntegerKind(name: "Int", bits: 64, isSigned: true)
        func integer(_ args: Arguments) throws(ScriptError) -> Int128 {
            guard let number = IntegerValue.number(args[0]) else { throw args.mismatch(0, "BinaryInteger") }
            return number
        }
        return [
            Builtin("Int", [.labeled("truncatingIfNeeded")], returns: "Int", doc: "The low 64 bits of an integer.") { args throws(ScriptError) in
                .int(Int(int.wrapping(try integer(args))))
            },
            Builtin("Int", [.labeled("clamping")], returns: "Int", doc: "The integer, or the nearest limit of Int.") { args throws(ScriptError) in
                .int(Int(Swift.min(Swift.max(try integer(args), int.min), int.max)))
            },
            Builtin("Int", [.labeled("bitPattern")], returns: "Int", doc: "The bits of a UInt read as Int.") { args throws(ScriptError) in
                guard case .native(let object as IntegerValue) = args[0], object.kind.name == "UInt" else { throw args.mismatch(0, "UInt") }
                return .int(Int(int.wrapping(object.value)))
            },
            Builtin("Int", [.labeled("exactly")], returns: "Int?", doc: "The number when Int holds it exactly, else nil.") { args throws(ScriptError) in
                if case .double(let x) = args[0] {
                    guard x.isFinite, x.rounded(.towardZero) == x, let value = Int(exactly: x) else { return .null }
                    return .wrapped(.int(value))
                }
                let number = try integer(args)
                return int.contains(number) ? .wrapped(.int(Int(number))) : .null
            },
        ]
    }

    /// `Int64` is `Int` (64 bits): its conversions give an Int.
    static var int64: TypeNamespace {
        let int = ScalarTypes.int
        return TypeNamespace(name: "Int64", doc: "Int (64-bit signed integer).", initializers: int.initializers,
                             staticProperties: int.staticProperties, staticMethods: int.staticMethods)
    }

    static var float: TypeNamespace {
        TypeNamespace(name: "Float", doc: "A 32-bit floating-point number.", initializers: [
            Builtin("Float", [.positional("value")], returns: "Float", doc: "Converts a number (or a String, giving Float?).") { args throws(ScriptError) in
                switch args[0] {
                case .string(let text): return Float(text).map { .wrapped(.native(FloatValue($0))) } ?? .null
                case .native(let object as IntegerValue): return .native(FloatValue(Float(object.value)))
                default:
                    guard let x = FloatValue.number(args[0]) else { throw args.mismatch(0, "Float") }
                    return .native(FloatValue(x))
                }
            },
        ], staticProperties: [
            "pi": { .native(FloatValue(Float.pi)) },
            "infinity": { .native(FloatValue(Float.infinity)) },
            "nan": { .native(FloatValue(Float.nan)) },
            "greatestFiniteMagnitude": { .native(FloatValue(Float.greatestFiniteMagnitude)) },
            "leastNonzeroMagnitude": { .native(FloatValue(Float.leastNonzeroMagnitude)) },
            "ulpOfOne": { .native(FloatValue(Float.ulpOfOne)) },
        ], staticMethods: [
            "random": [Builtin("random", [.labeled("in", "Range<Float>")], returns: "Float",
                               doc: "A uniform random Float in the range (seeded generator).") { args throws(ScriptError) in
                try RandomFunctions.sampleFloat(args[0], args.interpreter.random)
            }],
        ])
    }

    /// `UnicodeScalar(65)` is optional, as Swift's `init?(_: Int)`; from a UInt8 it is not.
    static var unicodeScalar: TypeNamespace {
        TypeNamespace(name: "UnicodeScalar", doc: "A Unicode scalar value (a code point).", initializers: [
            Builtin("UnicodeScalar", [.positional("value")], returns: "Unicode.Scalar?",
                    doc: "The scalar with this code (nil when it is not one), or the scalar of a one-scalar string.") { args throws(ScriptError) in
                if let scalar = ScalarValue.scalar(args[0]) { return .native(ScalarValue(scalar)) }
                if case .native(let object as IntegerValue) = args[0], object.kind.name == "UInt8" {
                    return .native(ScalarValue(Unicode.Scalar(UInt8(object.value))))
                }
                guard let code = IntegerValue.number(args[0]) else { throw args.mismatch(0, "UInt32") }
                guard code >= 0, code <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(code)) else { return .null }
                return .wrapped(.native(ScalarValue(scalar)))
            },
        ])
    }
}
