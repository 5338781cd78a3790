/// Method tables of the built-in value types.
enum Methods {
    nonisolated(unsafe) static let array: [String: [Method]] = ArrayMethods.table
    nonisolated(unsafe) static let string: [String: [Method]] = StringMethods.table
    nonisolated(unsafe) static let dictionary: [String: [Method]] = DictionaryMethods.table
    nonisolated(unsafe) static let double: [String: [Method]] = NumberMethods.double
    nonisolated(unsafe) static let int: [String: [Method]] = NumberMethods.int
    nonisolated(unsafe) static let character: [String: [Method]] = CharacterMembers.methods

    /// Names of methods that change their receiver on some built-in type: a call site with one of them on a
    /// variable compiles the write-back path. Whether a call mutates is decided by its receiver's type
    /// (`mutates(_:_:)`, `Runtime.methodMutates`), so `optimizer.update(…)` on a `let` stays a plain call.
    static let possiblyMutatingNames: Set<String> = Set(
        [array, string, dictionary, double, int].flatMap { $0.values.joined() }.filter(\.isMutating).map(\.builtin.name))
        .union(SliceMethods.mutatingNames).union(SetMethods.mutatingNames)

    /// Whether the built-in method `name` changes a receiver of this value's type (never for a native reference
    /// object such as an optimizer, nor for a type without such a method).
    static func mutates(_ receiver: Value, _ name: String) -> Bool {
        if case .native(let object) = receiver {
            if object is SetValue { return SetMethods.mutatingNames.contains(name) }
            if object is ArraySliceValue { return SliceMethods.mutatingNames.contains(name) || arrayMutates(name) }
            return false
        }
        return table(for: receiver)[name]?.contains(where: \.isMutating) ?? false
    }

    static func arrayMutates(_ name: String) -> Bool { array[name]?.contains(where: \.isMutating) ?? false }

    static func table(for value: Value) -> [String: [Method]] {
        switch value {
        case .array: array
        case .string: string
        case .dictionary: dictionary
        case .double: double
        case .int: int
        case .character: character
        default: [:]
        }
    }
}

/// Groups methods by name.
func methodTable(_ methods: [Method]) -> [String: [Method]] {
    Dictionary(grouping: methods, by: { $0.builtin.name })
}
