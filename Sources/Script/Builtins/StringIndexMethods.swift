/// `String.Index` members of `String`: `index(_:offsetBy:)`, `index(after:)`, `index(before:)`, `distance(from:to:)`,
/// `firstIndex(of:)`, `firstIndex(where:)`, `lastIndex(of:)` (see `StringIndexValue`).
extension StringMethods {
    static var indexMethods: [Method] { [
        Method("index", [.positional("i", "String.Index"), .labeled("offsetBy", "Int")], returns: "String.Index",
               doc: "The index the distance away from i.") { receiver, args throws(ScriptError) in
            try moved(receiver, try index(args, 0), by: try args.int(1))
        },
        Method("index", [.labeled("after", "String.Index")], returns: "String.Index", doc: "The next index.") { receiver, args throws(ScriptError) in
            try moved(receiver, try index(args, 0), by: 1)
        },
        Method("index", [.labeled("before", "String.Index")], returns: "String.Index", doc: "The previous index.") { receiver, args throws(ScriptError) in
            try moved(receiver, try index(args, 0), by: -1)
        },
        Method("distance", [.labeled("from", "String.Index"), .labeled("to", "String.Index")], returns: "Int",
               doc: "The number of characters from one index to another.") { _, args throws(ScriptError) in
            .int(try index(args, 1) - (try index(args, 0)))
        },
        Method("firstIndex", [.labeled("of", "Character")], returns: "String.Index?", doc: "The index of the first such character.") { receiver, args throws(ScriptError) in
            let target = args[0]
            return found(text(receiver).firstIndex { Operators.equalIfComparable(.character($0), target) ?? false }, in: text(receiver))
        },
        Method("lastIndex", [.labeled("of", "Character")], returns: "String.Index?", doc: "The index of the last such character.") { receiver, args throws(ScriptError) in
            let target = args[0]
            return found(text(receiver).lastIndex { Operators.equalIfComparable(.character($0), target) ?? false }, in: text(receiver))
        },
        Method("firstIndex", [Parameter("where", "predicate", type: "(Character) -> Bool")], returns: "String.Index?",
               doc: "The index of the first character satisfying the predicate.") { receiver, args throws(ScriptError) in
            for (offset, character) in text(receiver).enumerated() where try args.test1(args[0], .character(character)) {
                return .wrapped(.native(StringIndexValue(offset)))
            }
            return .null
        },
    ] }

    /// `s.insert("x", at: i)`, `s.insert(contentsOf: "ab", at: i)`, `s.remove(at: i)` (mutating; the index must lie
    /// within the string: start…end for inserting, before the end for removing).
    static var indexMutations: [Method] { [
        Method("insert", [.positional("newElement", "Character"), .labeled("at", "String.Index")], doc: "Inserts a character at the index.",
               mutating: true) { receiver, args throws(ScriptError) in
            let piece = try StringMethods.piece(args[0], args, 0), offset = try index(args, 1)
            return try modify(&receiver) { (text: inout String) throws(ScriptError) in
                text.insert(contentsOf: piece, at: try position(offset, in: text, allowingEnd: true))
                return .void
            }
        },
        Method("insert", [.labeled("contentsOf", "String"), .labeled("at", "String.Index")], doc: "Inserts the characters at the index.",
               mutating: true) { receiver, args throws(ScriptError) in
            var piece = ScalarTypes.characters(args[0]) ?? ""
            if ScalarTypes.characters(args[0]) == nil { piece = try StringMethods.piece(args[0], args, 0) }
            let offset = try index(args, 1)
            return try modify(&receiver) { (text: inout String) throws(ScriptError) in
                try Limits.checkAllocation(text.utf8.count + piece.utf8.count)
                text.insert(contentsOf: piece, at: try position(offset, in: text, allowingEnd: true))
                return .void
            }
        },
        Method("remove", [.labeled("at", "String.Index")], returns: "Character", doc: "Removes and returns the character at the index.",
               mutating: true) { receiver, args throws(ScriptError) in
            let offset = try index(args, 0)
            return try modify(&receiver) { (text: inout String) throws(ScriptError) in
                .character(text.remove(at: try position(offset, in: text, allowingEnd: false)))
            }
        },
    ] }

    private static func position(_ offset: Int, in text: String, allowingEnd: Bool) throws(ScriptError) -> String.Index {
        guard offset >= 0, offset < text.count || (allowingEnd && offset == text.count) else {
            throw ScriptError(kind: .runtime, message: Message.stringIndexOutOfBounds)
        }
        return text.index(text.startIndex, offsetBy: offset)
    }

    private static func index(_ args: Arguments, _ position: Int) throws(ScriptError) -> Int {
        guard let offset = StringIndexValue.offset(of: args[position]) else { throw args.mismatch(position, "String.Index") }
        return offset
    }

    /// The index `distance` characters from `offset`, which must stay within the string (start…end).
    private static func moved(_ receiver: Value, _ offset: Int, by distance: Int) throws(ScriptError) -> Value {
        let (target, overflow) = offset.addingReportingOverflow(distance)
        guard !overflow, target >= 0, target <= text(receiver).count else {
            throw ScriptError(kind: .runtime, message: Message.stringIndexOutOfBounds)
        }
        return .native(StringIndexValue(target))
    }

    private static func found(_ index: String.Index?, in text: String) -> Value {
        guard let index else { return .null }
        return .wrapped(.native(StringIndexValue(text.distance(from: text.startIndex, to: index))))
    }
}
