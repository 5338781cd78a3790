/// The session's declared types, type aliases and extensions of built-in types, and the member names
/// compiled code asks about (is `move` a method of some declared type? is `.north` a case of one enum?).
final class TypeRegistry {
    /// Declared types by name (nested ones as `Outer.Inner` too).
    var types: [String: DeclaredType] = [:]
    var aliases: [String: TypeAnnotation] = [:]
    /// Extensions of built-in types (`Int`, `Array`, `Tensor`…), as pseudo-types holding the added members.
    var builtinExtensions: [String: DeclaredType] = [:]
    /// Names of instance methods and properties of every declared type and extension.
    var memberNames: Set<String> = []
    /// Names of mutating methods (a call on a variable goes through the in-place path).
    var mutatingNames: Set<String> = []
    /// Bumped whenever a type or extension changes: call-site caches recheck what they resolved.
    nonisolated(unsafe) static var epoch = 0

    /// The registry state to restore when a cell fails to compile.
    struct Snapshot {
        var types: [String: DeclaredType]
        var aliases: [String: TypeAnnotation]
        var builtinExtensions: [String: DeclaredType]
        var memberNames: Set<String>
        var mutatingNames: Set<String>
    }

    var snapshot: Snapshot {
        Snapshot(types: types, aliases: aliases, builtinExtensions: builtinExtensions, memberNames: memberNames,
                 mutatingNames: mutatingNames)
    }

    func restore(_ snapshot: Snapshot) {
        types = snapshot.types; aliases = snapshot.aliases; builtinExtensions = snapshot.builtinExtensions
        memberNames = snapshot.memberNames; mutatingNames = snapshot.mutatingNames
        Self.epoch += 1
    }

    /// The enums having a case called `name` (an implicit member `.name` is that case when there is one).
    func enums(withCase name: String) -> [DeclaredType] {
        var found: [DeclaredType] = []
        for type in types.values where type.kind == .enumeration && type.caseIndex[name] != nil && !found.contains(where: { $0 === type }) {
            found.append(type)
        }
        return found
    }

    /// Types with a static member (property or method) called `name` (`.origin`, `.make()` as implicit members).
    func types(withStaticMember name: String) -> [DeclaredType] {
        var found: [DeclaredType] = []
        for type in types.values where type.staticProperties[name] != nil || type.staticMethods[name] != nil {
            if !found.contains(where: { $0 === type }) { found.append(type) }
        }
        return found
    }

    /// The built-in type name whose extensions apply to `value` (`Int`, `Array`, `Tensor` …).
    static func builtinTypeName(of value: Value) -> String? {
        switch value {
        case .int: "Int"
        case .double: "Double"
        case .bool: "Bool"
        case .string: "String"
        case .character: "Character"
        case .array: "Array"
        case .dictionary: "Dictionary"
        case .range(let range): range.isClosed ? "ClosedRange" : "Range"
        case .wrapped, .null: "Optional"
        case .native(let object): object.typeName
        default: nil
        }
    }

    /// The extension pseudo-types that apply to a built-in value: its own type's, then those of the standard
    /// protocols it conforms to (`extension Collection`, `extension Numeric`).
    func extensions(for value: Value) -> [DeclaredType] {
        guard !builtinExtensions.isEmpty, let name = Self.builtinTypeName(of: value) else { return [] }
        var found: [DeclaredType] = []
        if let own = builtinExtensions[name] { found.append(own) }
        for protocolName in StandardProtocols.conformances(of: value) {
            if let extended = builtinExtensions[protocolName] { found.append(extended) }
        }
        return found
    }
}
