/// Members of `String` (LANGUAGE.md section 6).
enum StringMethods {
    static func text(_ receiver: Value) -> String {
        if case .string(let text) = receiver { return text }
        return ""
    }

    static var table: [String: [Method]] { methodTable([
        Method("uppercased", returns: "String", doc: "The string in upper case.") { receiver, _ throws(ScriptError) in
            .string(text(receiver).uppercased())
        },
        Method("lowercased", returns: "String", doc: "The string in lower case.") { receiver, _ throws(ScriptError) in
            .string(text(receiver).lowercased())
        },
        Method("hasPrefix", [.positional("prefix", "String")], returns: "Bool", doc: "Whether the string starts with the prefix.") { receiver, args throws(ScriptError) in
            .bool(text(receiver).hasPrefix(try args.string(0)))
        },
        Method("hasSuffix", [.positional("suffix", "String")], returns: "Bool", doc: "Whether the string ends with the suffix.") { receiver, args throws(ScriptError) in
            .bool(text(receiver).hasSuffix(try args.string(0)))
        },
        Method("contains", [.positional("other", "String")], returns: "Bool", doc: "Whether the string contains the other string.") { receiver, args throws(ScriptError) in
            let other = try args.string(0)
            return .bool(other.isEmpty || text(receiver).contains(other))
        },
        Method("split", [.labeled("separator", "Character")], returns: "[String]", doc: "The pieces between separators (empty pieces dropped).") { receiver, args throws(ScriptError) in
            let separator = try args.string(0)
            return .array(split(text(receiver), separator).map(Value.string))
        },
        Method("replacingOccurrences", [.labeled("of", "String"), .labeled("with", "String")], returns: "String", doc: "The string with every occurrence replaced.") { receiver, args throws(ScriptError) in
            .string(replace(text(receiver), try args.string(0), try args.string(1)))
        },
        Method("reversed", returns: "String", doc: "The characters in reverse order.") { receiver, _ throws(ScriptError) in
            .string(String(text(receiver).reversed()))
        },
        Method("map", [ArrayMethods.closure], returns: "[T]", doc: "The results of calling the closure on each character.") { receiver, args throws(ScriptError) in
            var out: [Value] = []
            for character in text(receiver) { out.append(try args.call1(args[0], .character(character))) }
            return .array(out)
        },
        Method("filter", [Parameter(nil, "isIncluded", type: "(Character) -> Bool")], returns: "String", doc: "The characters satisfying the predicate.") { receiver, args throws(ScriptError) in
            var out = ""
            for character in text(receiver) where try args.test1(args[0], .character(character)) { out.append(character) }
            return .string(out)
        },
        Method("trimmingCharacters", [.labeled("in", "CharacterSet")], returns: "String", doc: "The string without leading and trailing whitespace.") { receiver, _ throws(ScriptError) in
            .string(String(text(receiver).drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()))
        },
    ]) }

    static func split(_ text: String, _ separator: String) -> [String] {
        guard !separator.isEmpty else { return [text] }
        return text.split(separator: separator, omittingEmptySubsequences: true).map(String.init)
    }

    static func replace(_ text: String, _ target: String, _ replacement: String) -> String {
        guard !target.isEmpty else { return text }
        return text.split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
