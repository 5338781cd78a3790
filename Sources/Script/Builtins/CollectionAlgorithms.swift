/// More of the standard library's everyday members (LANGUAGE.md section 6): `prefix(while:)`, `drop(while:)`,
/// `lastIndex`, `removeAll(where:)`, `lazy`, `Dictionary(grouping:by:)`, `Dictionary(uniqueKeysWithValues:)`,
/// `merging`, `quotientAndRemainder`, `signum`, radix conversions, `Character` properties, `Optional.map`.
extension ArrayMethods {
    static var algorithms: [Method] { [
        Method("split", [.labeled("separator", "Element"),
                         Parameter("omittingEmptySubsequences", type: "Bool", default: .constant("true", .bool(true)))],
               returns: "[ArraySlice<Element>]", doc: "The runs of elements between the separators.") { receiver, args throws(ScriptError) in
            let separator = args[0]
            // `split { … }`: the trailing closure is `whereSeparator`.
            if case .function = separator { return try split(items(receiver), omitting: try args.bool(1), args.predicate(separator)) }
            return try split(items(receiver), omitting: try args.bool(1)) { Operators.equalIfComparable($0, separator) ?? false }
        },
        Method("split", [Parameter("omittingEmptySubsequences", type: "Bool", default: .constant("true", .bool(true))),
                         Parameter("whereSeparator", "isSeparator", type: "(Element) -> Bool")],
               returns: "[ArraySlice<Element>]", doc: "The runs of elements between the ones satisfying the predicate.") { receiver, args throws(ScriptError) in
            let test = args.predicate(args[1])
            return try split(items(receiver), omitting: try args.bool(0), test)
        },
        Method("prefix", [Parameter("while", "predicate", type: "(Element) -> Bool")], returns: "ArraySlice<Element>",
               doc: "The leading elements that satisfy the predicate.") { receiver, args throws(ScriptError) in
            let test = args.predicate(args[0])
            var out: [Value] = []
            for item in items(receiver) { guard try test(item) else { break }; out.append(item) }
            return leadingPart(out)
        },
        Method("drop", [Parameter("while", "predicate", type: "(Element) -> Bool")], returns: "ArraySlice<Element>",
               doc: "The elements after the leading ones that satisfy the predicate.") { receiver, args throws(ScriptError) in
            let test = args.predicate(args[0])
            let all = items(receiver)
            var start = 0
            while start < all.count, try test(all[start]) { start += 1 }
            return Value.slice(all, start..<all.count)
        },
        Method("min", [Parameter("by", "areInIncreasingOrder", type: "(Element, Element) -> Bool")], returns: "Element?",
               doc: "The smallest element by the ordering, or nil.") { receiver, args throws(ScriptError) in
            try extreme(items(receiver), args, smallest: true)
        },
        Method("max", [Parameter("by", "areInIncreasingOrder", type: "(Element, Element) -> Bool")], returns: "Element?",
               doc: "The largest element by the ordering, or nil.") { receiver, args throws(ScriptError) in
            try extreme(items(receiver), args, smallest: false)
        },
        Method("lastIndex", [.labeled("of", "Element")], returns: "Int?", doc: "The last index of the element, or nil.") { receiver, args throws(ScriptError) in
            let target = args[0]
            return items(receiver).lastIndex { Operators.equalIfComparable($0, target) ?? false }.map { .wrapped(.int($0)) } ?? .null
        },
        Method("lastIndex", [Parameter("where", "predicate", type: "(Element) -> Bool")], returns: "Int?",
               doc: "The last index whose element satisfies the predicate.") { receiver, args throws(ScriptError) in
            let test = args.predicate(args[0])
            let all = items(receiver)
            for index in all.indices.reversed() where try test(all[index]) { return .wrapped(.int(index)) }
            return .null
        },
        Method("removeAll", [Parameter("where", "shouldBeRemoved", type: "(Element) -> Bool")],
               doc: "Removes the elements that satisfy the predicate.", mutating: true) { receiver, args throws(ScriptError) in
            let test = args.predicate(args[0])
            let all = take(&receiver)
            var kept: [Value] = []
            kept.reserveCapacity(all.count)
            do throws(ScriptError) {
                for item in all where !(try test(item)) { kept.append(item) }
            } catch {
                receiver = .array(all)
                throw error
            }
            receiver = .array(kept)
            return .void
        },
    ] }
}

extension ArrayMethods {
    /// `min(by:)` / `max(by:)`: the first smallest, or the last largest, as Swift's sequence algorithms pick them.
    static func extreme(_ all: [Value], _ args: Arguments, smallest: Bool) throws(ScriptError) -> Value {
        guard var best = all.first else { return .null }
        let less = args.caller2(args[0])
        for item in all.dropFirst() {
            let result = smallest ? try less(item, best) : try less(best, item)
            guard case .bool(let replaces) = result else {
                throw ScriptError(kind: .type, message: "cannot convert value of type '\(result.typeName)' to closure result type 'Bool'", span: args.span)
            }
            if replaces { best = item }
        }
        return .wrapped(best)
    }
}

extension DictionaryMethods {
    static var merges: [Method] { [
        Method("merging", [.positional("other", "[Key: Value]"), Parameter("uniquingKeysWith", "combine", type: "(Value, Value) -> Value")],
               returns: "[Key: Value]", doc: "The dictionary with the other's entries added; the closure picks the value of a repeated key.") { receiver, args throws(ScriptError) in
            guard case .dictionary(var entries) = receiver, case .dictionary(let other) = args[0] else { throw args.mismatch(0, "[Key: Value]") }
            let combine = args.caller2(args[1])
            for (key, value) in zip(other.keys, other.values) {
                if let old = entries[key] { entries[key] = try combine(old, value) } else { entries[key] = value }
            }
            return .dictionary(entries)
        },
    ] }
}

extension ArrayMethods {
    /// Swift's `split`: slices (keeping the array's indices) between the separators, empty ones dropped when
    /// `omitting`.
    static func split(_ all: [Value], omitting: Bool, _ isSeparator: (Value) throws(ScriptError) -> Bool) throws(ScriptError) -> Value {
        var parts: [Value] = []
        var start = 0
        for index in all.indices where try isSeparator(all[index]) {
            if !omitting || index > start { parts.append(Value.slice(all, start..<index)) }
            start = index + 1
        }
        if !omitting || all.count > start { parts.append(Value.slice(all, start..<all.count)) }
        return .array(parts)
    }
}

extension ScalarTypes {
    /// `Dictionary(grouping:by:)` and `Dictionary(uniqueKeysWithValues:)`.
    static var dictionaryBuilders: [Builtin] { [
        Builtin("Dictionary", [.labeled("grouping", "Sequence"), Parameter("by", "keyForValue", type: "(Element) -> Key")],
                returns: "[Key: [Element]]", doc: "The elements grouped by the key the closure gives each, in order.") { args throws(ScriptError) in
            let key = args.caller1(args[1])
            var groups = OrderedDictionary()
            for element in try Sequences.elements(of: args[0], span: args.span) {
                let keyValue = try key(element)
                guard let dictionaryKey = DictionaryKey(keyValue) else {
                    throw ScriptError(kind: .type, message: "type '\(keyValue.typeName)' cannot be a dictionary key", span: args.span)
                }
                try groups.modifyValue(for: dictionaryKey) { (group: inout Value) throws(ScriptError) in
                    var items = Value.takeArray(&group) ?? []
                    items.append(element)
                    group = .array(items)
                }
            }
            return .dictionary(groups)
        },
        Builtin("Dictionary", [.labeled("uniqueKeysWithValues", "Sequence")], returns: "[Key: Value]",
                doc: "A dictionary of (key, value) pairs; a repeated key is an error.") { args throws(ScriptError) in
            var entries = OrderedDictionary()
            for pair in try Sequences.elements(of: args[0], span: args.span) {
                guard case .tuple(let tuple) = pair, tuple.elements.count == 2, let key = DictionaryKey(tuple.elements[0]) else {
                    throw args.mismatch(0, "[(Key, Value)]")
                }
                if entries[key] != nil {
                    throw ScriptError(kind: .runtime, message: "Fatal error: Duplicate values for key: '\(tuple.elements[0].description)'", span: args.span)
                }
                entries[key] = tuple.elements[1]
            }
            return .dictionary(entries)
        },
        Builtin("Dictionary", [.positional("keysAndValues", "Sequence"), Parameter("uniquingKeysWith", "combine", type: "(Value, Value) -> Value")],
                returns: "[Key: Value]", doc: "A dictionary of (key, value) pairs; a repeated key's values are combined by the closure.") { args throws(ScriptError) in
            let combine = args.caller2(args[1])
            var entries = OrderedDictionary()
            for pair in try Sequences.elements(of: args[0], span: args.span) {
                guard case .tuple(let tuple) = pair, tuple.elements.count == 2, let key = DictionaryKey(tuple.elements[0]) else {
                    throw args.mismatch(0, "[(Key, Value)]")
                }
                if let existing = entries[key] { entries[key] = try combine(existing, tuple.elements[1]) } else { entries[key] = tuple.elements[1] }
            }
            return .dictionary(entries)
        },
    ] }

    /// `String(255, radix: 16)` → "ff".
    static var radixString: Builtin {
        Builtin("String", [.positional("value", "Int"), .labeled("radix", "Int"), Parameter("uppercase", type: "Bool", default: .constant("false", .bool(false)))],
                returns: "String", doc: "The integer written in the radix (2…36).") { args throws(ScriptError) in
            // Any integer, fixed-width ones too (`String(byte, radix: 16)`), written by value as Swift does.
            guard let value = IntegerValue.number(args[0]) else { throw args.mismatch(0, "Int") }
            let radix = try args.int(1)
            guard (2...36).contains(radix) else { throw ScriptError(kind: .runtime, message: "Radix must be between 2 and 36", span: args.span) }
            return .string(String(value, radix: radix, uppercase: try args.bool(2)))
        }
    }

    /// `Int("ff", radix: 16)` → 255 (nil when the text is not a number in that radix).
    static var radixInt: Builtin {
        Builtin("Int", [.positional("text", "String"), .labeled("radix", "Int")], returns: "Int?",
                doc: "The number the text writes in the radix (2…36), or nil.") { args throws(ScriptError) in
            let text = try args.string(0), radix = try args.int(1)
            guard (2...36).contains(radix) else { throw ScriptError(kind: .runtime, message: "Radix must be between 2 and 36", span: args.span) }
            return Int(text, radix: radix).map { .wrapped(.int($0)) } ?? .null
        }
    }
}

extension NumberMethods {
    static var integerArithmetic: [Method] { [
        Method("quotientAndRemainder", [.labeled("dividingBy", "Int")], returns: "(quotient: Int, remainder: Int)",
               doc: "The quotient and remainder of dividing by the other value.") { receiver, args throws(ScriptError) in
            guard case .int(let value) = receiver else { return .void }
            let divisor = try args.int(0)
            if divisor == 0 { throw ScriptError(kind: .runtime, message: Message.divisionByZero) }
            if divisor == -1 && value == Int.min { throw ScriptError(kind: .runtime, message: Message.overflow) }
            let (quotient, remainder) = value.quotientAndRemainder(dividingBy: divisor)
            return .tuple(TupleValue(elements: [.int(quotient), .int(remainder)], labels: ["quotient", "remainder"]))
        },
        Method("signum", returns: "Int", doc: "-1, 0 or 1: the sign of the value.") { receiver, _ throws(ScriptError) in
            guard case .int(let value) = receiver else { return .void }
            return .int(value.signum())
        },
    ] }
}

/// Members of `Character`: the classification properties Swift's `Character` has.
enum CharacterMembers {
    static func property(_ character: Character, _ name: String) -> Value? {
        switch name {
        case "isLetter": .bool(character.isLetter)
        case "isNumber": .bool(character.isNumber)
        case "isWholeNumber": .bool(character.isWholeNumber)
        case "isWhitespace": .bool(character.isWhitespace)
        case "isNewline": .bool(character.isNewline)
        case "isUppercase": .bool(character.isUppercase)
        case "isLowercase": .bool(character.isLowercase)
        case "isPunctuation": .bool(character.isPunctuation)
        case "isSymbol": .bool(character.isSymbol)
        case "isASCII": .bool(character.isASCII)
        case "isHexDigit": .bool(character.isHexDigit)
        case "isCased": .bool(character.isCased)
        case "asciiValue": character.asciiValue.map { .wrapped(IntegerValue.make("UInt8", Int128($0))) } ?? .null
        case "wholeNumberValue": character.wholeNumberValue.map { .wrapped(.int($0)) } ?? .null
        case "hexDigitValue": character.hexDigitValue.map { .wrapped(.int($0)) } ?? .null
        default: nil
        }
    }

    /// `uppercased()` and `lowercased()`, which give a String (`"ß"` upper-cases to `"SS"`).
    static var methods: [String: [Method]] { methodTable([
        Method("uppercased", returns: "String", doc: "The character in upper case, as a String.") { receiver, _ throws(ScriptError) in
            guard case .character(let character) = receiver else { return .void }
            return .string(character.uppercased())
        },
        Method("lowercased", returns: "String", doc: "The character in lower case, as a String.") { receiver, _ throws(ScriptError) in
            guard case .character(let character) = receiver else { return .void }
            return .string(character.lowercased())
        },
    ]) }

    static let propertyNames = [
        "isLetter", "isNumber", "isWholeNumber", "isWhitespace", "isNewline", "isUppercase", "isLowercase", "isPunctuation",
        "isSymbol", "isASCII", "isHexDigit", "isCased", "asciiValue", "wholeNumberValue", "hexDigitValue",
    ]
}
