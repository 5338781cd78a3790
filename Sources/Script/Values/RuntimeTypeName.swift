/// What `type(of:)` prints: Swift's run-time type names, which spell collections out (`Array<Int>`,
/// `Dictionary<String, Array<Double>>`, `Optional<Int>`), unlike the sugared names of messages (`[Int]`).
extension Value {
    /// The run-time type name; an error where Loupe cannot know it (the element type of an empty collection or
    /// the wrapped type of `nil` come from declarations Loupe does not keep), never a guess.
    func runtimeTypeName() throws(ScriptError) -> String {
        switch self {
        case .array(let items): return "Array<\(try Self.elementTypeName(items.first))>"
        case .dictionary(let dict):
            let first = dict.first
            let key = try first.map { (entry) throws(ScriptError) in try entry.key.value.runtimeTypeName() }
                ?? dict.keyKind?.typeName
            guard let key else { throw Self.unknownType("an empty dictionary") }
            return "Dictionary<\(key), \(try Self.elementTypeName(first?.value))>"
        case .tuple(let tuple):
            var parts: [String] = []
            for (label, element) in zip(tuple.labels, tuple.elements) {
                parts.append((label.map { "\($0): " } ?? "") + (try element.runtimeTypeName()))
            }
            return "(" + parts.joined(separator: ", ") + ")"
        case .wrapped(let inner): return "Optional<\(try inner.runtimeTypeName())>"
        case .null: throw Self.unknownType("nil")
        case .native(let set as SetValue):
            guard let first = set.first else {
                guard let kind = set.storage.keyKind else { throw Self.unknownType("an empty set") }
                return "Set<\(kind.typeName)>"
            }
            return "Set<\(try first.runtimeTypeName())>"
        case .native(let slice as ArraySliceValue): return "ArraySlice<\(try Self.elementTypeName(slice.items.first))>"
        default: return typeName
        }
    }

    private static func elementTypeName(_ element: Value?) throws(ScriptError) -> String {
        guard let element else { throw unknownType("an empty collection") }
        return try element.runtimeTypeName()
    }

    private static func unknownType(_ what: String) -> ScriptError {
        ScriptError(kind: .type, message: "type(of:) cannot tell the full type of \(what) in Loupe (an empty collection's element type or nil's wrapped type is not kept)")
    }
}
