/// Method tables of the built-in value types.
enum Methods {
    nonisolated(unsafe) static let array: [String: [Method]] = ArrayMethods.table
    nonisolated(unsafe) static let string: [String: [Method]] = StringMethods.table
    nonisolated(unsafe) static let dictionary: [String: [Method]] = DictionaryMethods.table
    nonisolated(unsafe) static let double: [String: [Method]] = NumberMethods.double
    nonisolated(unsafe) static let int: [String: [Method]] = NumberMethods.int

    /// Methods that change their receiver (they need a variable, not a value).
    static let mutatingNames: Set<String> = Set(
        [array, string, dictionary, double, int].flatMap { $0.values.joined() }.filter(\.isMutating).map(\.builtin.name))
        .union(SliceMethods.mutatingNames).union(SetMethods.mutatingNames)

    static func table(for value: Value) -> [String: [Method]] {
        switch value {
        case .array: array
        case .string: string
        case .dictionary: dictionary
        case .double: double
        case .int: int
        default: [:]
        }
    }
}

/// Groups methods by name.
func methodTable(_ methods: [Method]) -> [String: [Method]] {
    Dictionary(grouping: methods, by: { $0.builtin.name })
}
