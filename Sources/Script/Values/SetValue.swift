/// Swift's `Set`: unique hashable elements (numbers, strings, characters, Bool, Hashable declared types). Kept in
/// insertion order so a cell prints the same text each run (Swift's own order is unspecified and changes between
/// runs). Prints like an array (`[1, 2]`), `Set([1, 2])` as a cell result and in `debugPrint`, as Swift does.
final class SetValue: NativeObject {
    var storage: OrderedDictionary

    init(_ storage: OrderedDictionary = OrderedDictionary()) { self.storage = storage }

    /// A set of the elements (duplicates dropped), or nil naming the first element that cannot be hashed.
    static func make(_ elements: [Value]) throws(ScriptError) -> SetValue {
        let set = SetValue()
        for element in elements { try set.insert(element) }
        return set
    }

    var elements: [Value] { storage.keys.map(\.value) }
    var count: Int { storage.count }

    static func key(_ element: Value) throws(ScriptError) -> DictionaryKey {
        guard let key = DictionaryKey(element) else {
            throw ScriptError(kind: .type, message: Message.notHashable(element.typeName))
        }
        return key
    }

    func contains(_ element: Value) -> Bool {
        guard let key = DictionaryKey(element) else { return false }
        return storage[key] != nil
    }

    /// Adds the element; false when it was already there.
    @discardableResult
    func insert(_ element: Value) throws(ScriptError) -> Bool {
        let key = try Self.key(element)
        if storage[key] != nil { return false }
        storage.set(.void, for: key)
        return true
    }

    /// Puts the element in, replacing an equal member: the member it replaced, or nil when it was inserted.
    func update(with element: Value) throws(ScriptError) -> Value? {
        storage.replaceKey(try Self.key(element))?.value
    }

    func remove(_ element: Value) -> Bool {
        guard let key = DictionaryKey(element) else { return false }
        return storage.removeValue(for: key) != nil
    }

    var typeName: String { "Set<\(elements.first?.typeName ?? "AnyHashable")>" }
    var description: String { Value.array(elements).description }
    var debugDescription: String { "Set(\(Value.array(elements).debugDescription))" }
    var memberNames: [String] { ["count", "isEmpty", "first"] + SetMethods.names }

    func property(_ name: String) throws(ScriptError) -> Value? {
        switch name {
        case "count": .int(count)
        case "isEmpty": .bool(count == 0)
        case "first": storage.keys.first.map { .wrapped($0.value) } ?? .null
        default: nil
        }
    }

    func isEqual(to other: Value) -> Bool? {
        guard let set = Self.from(other) else { return nil }
        return set.count == count && set.storage.keys.allSatisfy { storage[$0] != nil }
    }

    /// The set a value is (a set, or an array literal where Swift would have typed it as a set).
    static func from(_ value: Value) -> SetValue? {
        if case .native(let object) = value, let set = object as? SetValue { return set }
        if let items = value.arrayElements { return try? make(items) }
        return nil
    }

    /// The check of a `Set` / `Set<Element>` annotation: an array literal becomes a set.
    static func check(element: ((Value) -> Value?)?) -> (Value) -> Value? {
        { value in
            if case .native(let object) = value, object is SetValue { return value }
            guard var items = value.arrayElements else { return nil }
            if let element {
                for index in items.indices { guard let x = element(items[index]) else { return nil }; items[index] = x }
            }
            return (try? make(items)).map { .native($0) }
        }
    }
}
