/// Members of `String` (LANGUAGE.md section 6).
enum StringMethods {
    static func text(_ receiver: Value) -> String {
        if case .string(let text) = receiver { return text }
        return ""
    }

    static var table: [String: [Method]] { methodTable(mutations + indexMethods + indexMutations + [
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
            // `s.contains { $0.isUppercase }`: a trailing closure is the predicate of `contains(where:)`.
            if case .function = args[0] {
                for character in text(receiver) where try args.test1(args[0], .character(character)) { return .bool(true) }
                return .bool(false)
            }
            let other = try args.string(0)
            return .bool(other.isEmpty || text(receiver).contains(other))
        },
        Method("contains", [Parameter("where", "predicate", type: "(Character) -> Bool")], returns: "Bool",
               doc: "Whether some character satisfies the predicate.") { receiver, args throws(ScriptError) in
            for character in text(receiver) where try args.test1(args[0], .character(character)) { return .bool(true) }
            return .bool(false)
        },
        Method("split", [.labeled("separator", "Character")], returns: "[String]", doc: "The pieces between separators (empty pieces dropped).") { receiver, args throws(ScriptError) in
            let separator = try args.string(0)
            return .array(split(text(receiver), separator).map(Value.string))
        },
        Method("split", [.labeled("separator", "Character"), Parameter("maxSplits", type: "Int", default: .constant("Int.max", .int(Int.max))),
                         Parameter("omittingEmptySubsequences", type: "Bool", default: .constant("true", .bool(true)))],
               returns: "[String]", doc: "The pieces between separators, at most maxSplits + 1, empty pieces kept when asked.") { receiver, args throws(ScriptError) in
            let separator = try args.string(0), maxSplits = try args.int(1), omitting = try args.bool(2)
            guard maxSplits >= 0 else { throw ScriptError(kind: .runtime, message: "Must take zero or more splits") }
            guard !separator.isEmpty else { return .array([.string(text(receiver))]) }
            return .array(text(receiver).split(separator: separator, maxSplits: maxSplits, omittingEmptySubsequences: omitting)
                .map { .string(String($0)) })
        },
        Method("split", [Parameter("maxSplits", type: "Int", default: .constant("Int.max", .int(Int.max))),
                         Parameter("omittingEmptySubsequences", type: "Bool", default: .constant("true", .bool(true))),
                         Parameter("whereSeparator", "isSeparator", type: "(Character) -> Bool")],
               returns: "[String]", doc: "The pieces between the characters satisfying the predicate.") { receiver, args throws(ScriptError) in
            let maxSplits = try args.int(0), omitting = try args.bool(1)
            guard maxSplits >= 0 else { throw ScriptError(kind: .runtime, message: "Must take zero or more splits") }
            var pieces: [Value] = [], current = "", splits = 0
            for character in text(receiver) {
                if splits < maxSplits, try args.test1(args[2], .character(character)) {
                    if !(omitting && current.isEmpty) { pieces.append(.string(current)); splits += 1 }
                    current = ""
                } else {
                    current.append(character)
                }
            }
            if !(omitting && current.isEmpty) { pieces.append(.string(current)) }
            return .array(pieces)
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
        Method("components", [.labeled("separatedBy", "String")], returns: "[String]",
               doc: "The pieces between occurrences of the separator, empty pieces kept (Foundation).") { receiver, args throws(ScriptError) in
            let separator = try args.string(0), whole = text(receiver)
            guard !separator.isEmpty else { return .array([.string(whole)]) }
            return .array(whole.split(separator: separator, omittingEmptySubsequences: false).map { .string(String($0)) })
        },
        Method("padding", [.labeled("toLength", "Int"), .labeled("withPad", "String"), .labeled("startingAt", "Int")], returns: "String",
               doc: "The string cut or padded to the length, the pad repeated from a character of it (Foundation).") { receiver, args throws(ScriptError) in
            .string(try StringFoundation.padding(text(receiver), toLength: try args.int(0), with: try args.string(1), startingAt: try args.int(2)))
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

/// A string is a collection of characters: these members of `[Character]` apply to it as they are (the ones in
/// `returningSubstrings` give a string back, as Swift's `Substring`). Index-returning members are left out: a
/// `String.Index` is not an Int.
extension StringMethods {
    static let asCharacters: Set<String> = [
        "enumerated", "sorted", "shuffled", "min", "max", "first", "last", "allSatisfy", "reduce", "forEach", "compactMap",
        "flatMap", "contains", "prefix", "suffix", "dropFirst", "dropLast", "drop", "count", "isEmpty", "randomElement",
    ]
    static let returningSubstrings: Set<String> = ["prefix", "suffix", "dropFirst", "dropLast", "drop"]

    /// `prefix(k)`, `suffix(k)`, `dropFirst(k)`, `dropLast(k)` and the argument-less drops taken from the string
    /// itself — work in proportion to `k` (from the end for `suffix` and `dropLast`) rather than an array of all
    /// its characters first; nil for any other member or arguments. A negative count is taken as 0, as for arrays.
    static func part(_ name: String, of text: String, _ arguments: [Value], labels: [String?]) -> Value? {
        let count: Int
        switch (arguments.first, labels) {
        case (nil, _) where name == "dropFirst" || name == "dropLast": count = 1
        case (.int(let k)?, [nil]): count = max(0, k)
        default: return nil
        }
        switch name {
        case "prefix": return .string(String(text.prefix(count)))
        case "suffix": return .string(String(text.suffix(count)))
        case "dropFirst": return .string(String(text.dropFirst(count)))
        case "dropLast": return .string(String(text.dropLast(count)))
        default: return nil
        }
    }
}

/// Mutating members of `String`: the string is moved out of its place while it changes, so appending in a loop is
/// linear.
extension StringMethods {
    static func modify<T>(_ receiver: inout Value, _ body: (inout String) throws(ScriptError) -> T) throws(ScriptError) -> T {
        var text = Value.takeString(&receiver) ?? ""
        defer { receiver = .string(text) }
        return try body(&text)
    }

    static func piece(_ value: Value, _ args: Arguments, _ index: Int) throws(ScriptError) -> String {
        switch value {
        case .string(let text): return text
        case .character(let character): return String(character)
        default: throw args.mismatch(index, "String")
        }
    }

    static var mutations: [Method] { [
        Method("append", [.positional("c", "Character")], doc: "Adds a character or a string at the end.", mutating: true) { receiver, args throws(ScriptError) in
            let more = try piece(args[0], args, 0)
            return try modify(&receiver) { (text: inout String) throws(ScriptError) in
                try Limits.checkStringGrowth(bytes: text.utf8.count, adding: more.utf8.count)
                text += more
                return .void
            }
        },
        Method("append", [.labeled("contentsOf", "String")], doc: "Adds the characters at the end.", mutating: true) { receiver, args throws(ScriptError) in
            let more: String
            if let characters = ScalarTypes.characters(args[0]) { more = characters } else { more = try piece(args[0], args, 0) }
            return try modify(&receiver) { (text: inout String) throws(ScriptError) in
                try Limits.checkStringGrowth(bytes: text.utf8.count, adding: more.utf8.count)
                text += more
                return .void
            }
        },
        Method("removeLast", returns: "Character", doc: "Removes and returns the last character.", mutating: true) { receiver, _ throws(ScriptError) in
            try modify(&receiver) { (text: inout String) throws(ScriptError) in
                guard let last = text.popLast() else { throw ScriptError(kind: .runtime, message: "can't remove last element from an empty collection") }
                return .character(last)
            }
        },
        Method("removeFirst", returns: "Character", doc: "Removes and returns the first character.", mutating: true) { receiver, _ throws(ScriptError) in
            try modify(&receiver) { (text: inout String) throws(ScriptError) in
                guard !text.isEmpty else { throw ScriptError(kind: .runtime, message: "can't remove first element from an empty collection") }
                return .character(text.removeFirst())
            }
        },
        Method("removeAll", doc: "Removes every character.", mutating: true) { receiver, _ throws(ScriptError) in
            try modify(&receiver) { (text: inout String) in text = ""; return .void }
        },
    ] }
}
