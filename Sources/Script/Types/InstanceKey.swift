/// A value of a declared `Hashable` type as a dictionary key or set element: hashed and compared member by
/// member (Swift's synthesised conformance), or through the type's own `hash(into:)` and `==`.
public struct InstanceKey: Hashable, @unchecked Sendable {
    let instance: Instance
    /// The hashed parts: the stored properties (or associated values), or what `hash(into:)` combined.
    let parts: [DictionaryKey]
    let customEquality: Bool

    init?(_ instance: Instance) {
        let type = instance.type
        guard type.conforms(to: "Hashable") else { return nil }
        self.instance = instance
        customEquality = !type.staticMethods(named: "==").isEmpty
        if let hash = type.methods(named: "hash").first(where: { $0.signatureName == "hash(into:)" }) {
            let hasher = HasherObject()
            var receiver = Value.instance(instance)
            guard (try? type.session.runtime.callAccessor(hash, &receiver, [.native(hasher)], span: nil)) != nil else { return nil }
            parts = hasher.parts
        } else {
            var parts: [DictionaryKey] = []
            for index in 0..<instance.count {
                guard let part = DictionaryKey(instance[index]) else { return nil }
                parts.append(part)
            }
            self.parts = parts
        }
    }

    public static func == (lhs: InstanceKey, rhs: InstanceKey) -> Bool {
        guard lhs.instance.type === rhs.instance.type else { return false }
        if lhs.instance === rhs.instance { return true }
        if lhs.customEquality {
            let rt = lhs.instance.type.session.runtime
            if let result = try? UserOperators.binary("==", .instance(lhs.instance), .instance(rhs.instance), rt: rt, span: nil),
               case .bool(let flag) = result {
                return flag
            }
            return false
        }
        return lhs.instance.tag == rhs.instance.tag && lhs.parts == rhs.parts
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(instance.type))
        hasher.combine(instance.tag)
        hasher.combine(parts)
    }
}

/// The `Hasher` a declared type's `hash(into:)` receives: it collects what `combine(_:)` is given.
final class HasherObject: NativeObject {
    var parts: [DictionaryKey] = []
    var typeName: String { "Hasher" }
    var description: String { "Hasher" }
    var memberNames: [String] { ["combine"] }

    func method(_ name: String) -> [Builtin]? {
        guard name == "combine" else { return nil }
        return [Builtin("combine", [Parameter(nil, "value")], doc: "Adds the value to the hash.") { [unowned self] args throws(ScriptError) in
            guard let key = DictionaryKey(args[0]) else {
                throw ScriptError(kind: .type, message: "type '\(args[0].typeName)' does not conform to protocol 'Hashable'")
            }
            self.parts.append(key)
            return .void
        }]
    }
}
