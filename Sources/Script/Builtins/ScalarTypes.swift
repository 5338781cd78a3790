/// `Double`, `Int`, `String`, `Bool`, `Character` and `Array` as types: conversions and static members.
enum ScalarTypes {
    static var all: [TypeNamespace] { [double, int, string, bool, character, array, optional, dictionary, set] }

    static var dictionary: TypeNamespace {
        TypeNamespace(name: "Dictionary", doc: "Keys and values, in insertion order.", initializers: [
            Builtin("Dictionary", returns: "[Key: Value]", doc: "An empty dictionary.") { _ throws(ScriptError) in
                .dictionary(OrderedDictionary())
            },
        ] + dictionaryBuilders)
    }

    static var set: TypeNamespace {
        TypeNamespace(name: "Set", doc: "Unique hashable elements (kept in insertion order).", initializers: [
            Builtin("Set", returns: "Set<Element>", doc: "An empty set.") { _ throws(ScriptError) in .native(SetValue()) },
            Builtin("Set", [.positional("sequence", "Sequence")], returns: "Set<Element>",
                    doc: "The distinct elements of a sequence (array, range, string, set).") { args throws(ScriptError) in
                .native(try SetValue.make(try Sequences.elements(of: args[0], span: nil)))
            },
        ])
    }

    static var optional: TypeNamespace {
        TypeNamespace(name: "Optional", doc: "A value or nil.", initializers: [
            Builtin("Optional", [.positional("value")], returns: "T?", doc: "Wraps the value as Optional.") { args throws(ScriptError) in
                args[0].asOptional
            },
        ])
    }

    static func fast(_ builtin: Builtin, _ unary: @escaping (Value) throws(ScriptError) -> Value) -> Builtin {
        var copy = builtin
        copy.unary = unary
        return copy
    }

    static func toDouble(_ value: Value) throws(ScriptError) -> Value {
        switch value {
        case .int(let x): return .double(Double(x))
        case .double: return value
        case .string(let text): return Double(text).map { .wrapped(.double($0)) } ?? .null
        case .native(let object as IntegerValue): return .double(Double(object.value))
        case .native(let object as FloatValue): return .double(Double(object.value))
        default: throw ScriptError.argumentMismatch(value, expected: "Double", parameter: "value")
        }
    }

    static var double: TypeNamespace {
        TypeNamespace(name: "Double", doc: "A 64-bit floating-point number.", initializers: [
            fast(Builtin("Double", [.positional("value")], returns: "Double", doc: "Converts a number (or a String, giving Double?).") { args throws(ScriptError) in
                try toDouble(args[0])
            }, toDouble),
        ], staticProperties: [
            "pi": { .double(Double.pi) },
            "zero": { .double(0) },
            "infinity": { .double(Double.infinity) },
            "nan": { .double(Double.nan) },
            "greatestFiniteMagnitude": { .double(Double.greatestFiniteMagnitude) },
            "leastNonzeroMagnitude": { .double(Double.leastNonzeroMagnitude) },
            "ulpOfOne": { .double(Double.ulpOfOne) },
        ], staticMethods: [
            "random": [Builtin("random", [.labeled("in", "Range<Double>")], returns: "Double",
                               doc: "A uniform random number in the range (seeded generator).") { args throws(ScriptError) in
                try RandomFunctions.sample(args[0], args.interpreter.random, integer: false)
            }],
        ])
    }

    static var int: TypeNamespace {
        TypeNamespace(name: "Int", doc: "A 64-bit signed integer.", initializers: [
            Builtin("Int", [.positional("value")], returns: "Int", doc: "Converts a number, truncating (or a String, giving Int?).") { args throws(ScriptError) in
                switch args[0] {
                case .int: return args[0]
                case .double(let x):
                    guard x.isFinite, x > -9.3e18, x < 9.3e18, let value = Int(exactly: x.rounded(.towardZero)) else {
                        throw ScriptError(kind: .runtime, message: "Double value cannot be converted to Int because it is outside the representable range")
                    }
                    return .int(value)
                case .string(let text): return Int(text).map { .wrapped(.int($0)) } ?? .null
                case .bool(let flag): return .int(flag ? 1 : 0)
                case .native(let object as IntegerValue):
                    guard let value = object.intValue else { throw FixedWidthTypes.notEnoughBits() }
                    return .int(value)
                case .native(let object as FloatValue): return .int(try FixedWidthTypes.int(Double(object.value), from: "Float"))
                default: throw args.mismatch(0, "Int")
                }
            },
            radixInt,
        ] + FixedWidthTypes.intConversions, staticProperties: [
            "max": { .int(Int.max) },
            "min": { .int(Int.min) },
            "bitWidth": { .int(Int.bitWidth) },
            "zero": { .int(0) },
        ], staticMethods: [
            "random": [Builtin("random", [.labeled("in", "Range<Int>")], returns: "Int",
                               doc: "A uniform random integer in the range (seeded generator).") { args throws(ScriptError) in
                try RandomFunctions.sample(args[0], args.interpreter.random, integer: true)
            }],
        ])
    }

    static var string: TypeNamespace {
        TypeNamespace(name: "String", doc: "A Unicode string.", initializers: [
            FixedWidthTypes.stringOfScalar,
            Builtin("String", [.positional("value")], returns: "String",
                    doc: "The characters of a [Character] joined, else the value's text, as print writes it.") { args throws(ScriptError) in
                if let joined = characters(args[0]) { return .string(joined) }
                return .string(try args[0].exactDescription())
            },
            Builtin("String", [.labeled("describing")], returns: "String", doc: "The value's text, as print writes it.") { args throws(ScriptError) in
                .string(try args[0].exactDescription())
            },
            Builtin("String", [.labeled("reflecting")], returns: "String", doc: "The value's text, as debugPrint writes it.") { args throws(ScriptError) in
                try StringConversions.reflecting(args[0])
            },
            Builtin("String", [.labeled("repeating", "String"), .labeled("count", "Int")], returns: "String", doc: "The string repeated count times.") { args throws(ScriptError) in
                let piece = try args.string(0), count = try args.int(1)
                let (total, overflow) = max(0, count).multipliedReportingOverflow(by: max(1, piece.count))
                try Limits.checkAllocation(overflow ? Int.max : total, of: "a string", stride: 1)
                return .string(repeated(piece, count))
            },
            radixString,
            FixedWidthTypes.stringDecoding,
            Builtin("String", [.labeled("format", "String"), Parameter(nil, "arguments", type: "CVarArg", variadic: true)], returns: "String",
                    doc: "The arguments formatted by printf conversions (%d %f %.2f %e %g %x %@ …), as Foundation's String(format:).") { args throws(ScriptError) in
                .string(try StringFormat.format(try args.string(0), args[1].arrayElements ?? []))
            },
        ])
    }

    /// `String([Character])` joins the characters (as Swift's `String(_: some Sequence<Character>)`, the only
    /// `String(_:)` an array has; an empty array is ""); a literal `["a", "b"]` is an array of one-character
    /// strings here, which Swift would have typed as characters.
    static func characters(_ value: Value) -> String? {
        guard let items = value.arrayElements else { return nil }
        var text = ""
        for item in items {
            switch item {
            case .character(let character): text.append(character)
            case .string(let string) where string.count == 1: text += string
            default: return nil
            }
        }
        return text
    }

    /// `piece` `count` times by doubling: a few copies of whole blocks instead of one append per copy
    /// (a hundred million copies of one character take milliseconds, not seconds).
    static func repeated(_ piece: String, _ count: Int) -> String {
        var result = "", power = piece, left = Swift.max(0, count)
        result.reserveCapacity(piece.utf8.count * left)
        while left > 0 {
            if left & 1 == 1 { result += power }
            left >>= 1
            if left > 0 { power += power }
        }
        return result
    }

    static var bool: TypeNamespace {
        TypeNamespace(name: "Bool", doc: "true or false.", initializers: [
            Builtin("Bool", [.positional("value", "String")], returns: "Bool?", doc: "\"true\" or \"false\" as a Bool, else nil.") { args throws(ScriptError) in
                if case .bool = args[0] { return args[0] }
                return Bool(try args.string(0)).map { .wrapped(.bool($0)) } ?? .null
            },
        ], staticMethods: [
            "random": [Builtin("random", returns: "Bool", doc: "true or false at random (seeded generator).") { args throws(ScriptError) in
                .bool(args.interpreter.random.next() & 1 == 1)
            }],
        ])
    }

    static var character: TypeNamespace {
        TypeNamespace(name: "Character", doc: "One user-perceived character.", initializers: [
            Builtin("Character", [.positional("value", "String")], returns: "Character", doc: "The single character of a string, or a Unicode scalar.") { args throws(ScriptError) in
                if let scalar = ScalarValue.unwrapped(args[0]) { return .character(Character(scalar)) }
                let text = try args.string(0)
                guard text.count == 1, let first = text.first else {
                    throw ScriptError(kind: .runtime, message: "Can't form a Character from a String containing more than one extended grapheme cluster")
                }
                return .character(first)
            },
        ])
    }

    static var array: TypeNamespace {
        TypeNamespace(name: "Array", doc: "An ordered collection with value semantics.", initializers: [
            Builtin("Array", returns: "[Element]", doc: "An empty array.") { _ throws(ScriptError) in .array([]) },
            Builtin("Array", [.positional("sequence", "Sequence")], returns: "[Element]", doc: "The elements of a sequence (range, string, dictionary).") { args throws(ScriptError) in
                .array(try Sequences.elements(of: args[0], span: nil))
            },
            Builtin("Array", [.labeled("repeating", "Element"), .labeled("count", "Int")], returns: "[Element]", doc: "count copies of the value.") { args throws(ScriptError) in
                let count = try args.int(1)
                guard count >= 0 else { throw ScriptError(kind: .runtime, message: "Can't construct Array with count < 0") }
                try Limits.checkAllocation(count)
                return .array(Array(repeating: args[0], count: count))
            },
        ])
    }
}

/// `String(reflecting:)` and `debugDescription`: the text `debugPrint` writes (strings quoted, `Set([1])`).
enum StringConversions {
    static func reflecting(_ value: Value) throws(ScriptError) -> Value {
        let text = value.shownText(quoted: true, nested: true)
        if text.utf8.count >= Value.shownTextBytes {
            throw ScriptError(kind: .runtime, message: Message.stringTooLong(text.utf8.count, limit: Value.shownTextBytes))
        }
        return .string(text)
    }
}
