import Platform

/// Swift's `Set`: unique hashable elements (numbers, strings, characters, Bool, Hashable declared types). Kept in
/// insertion order so a cell prints the same text each run (Swift's own order is unspecified and changes between
/// runs). Prints like an array (`[1, 2]`), `Set([1, 2])` as a cell result and in `debugPrint`, as Swift does.
final class SetValue: NativeObject {
    var storage: OrderedDictionary

    init(_ storage: OrderedDictionary = OrderedDictionary()) { self.storage = storage }

    /// A set of the elements (duplicates dropped); a TypeError names the first element that cannot be hashed.
    /// Millions of elements take seconds, so it stops when the cell is interrupted.
    static func make(_ elements: [Value]) throws(ScriptError) -> SetValue {
        let set = SetValue()
        for (index, element) in elements.enumerated() {
            if index & 4095 == 4095, Interrupt.isRequested { try Interrupt.checkCell() }
            try set.insert(element)
        }
        return set
    }

    var elements: [Value] { storage.keys.map(\.value) }
    var count: Int { storage.count }

    /// The element's key, a literal converted to the element type (`Set<UInt8>`'s `insert(3)` stores a UInt8).
    func key(_ element: Value) throws(ScriptError) -> DictionaryKey {
        guard let key = storage.key(for: element) else {
            throw ScriptError(kind: .type, message: Message.notHashable(element.typeName))
        }
        return key
    }

    func contains(_ element: Value) -> Bool {
        guard let key = storage.key(for: element) else { return false }
        return storage[key] != nil
    }

    /// Adds the element (converted to the element type); false when it was already there.
    @discardableResult
    func insert(_ element: Value) throws(ScriptError) -> Bool {
        let key = try key(element)
        if storage[key] != nil { return false }
        storage.set(.void, for: key)
        return true
    }

    /// Puts the element in, replacing an equal member: the member it replaced, or nil when it was inserted.
    func update(with element: Value) throws(ScriptError) -> Value? {
        storage.replaceKey(try key(element))?.value
    }

    func remove(_ element: Value) -> Bool {
        guard let key = storage.key(for: element) else { return false }
        return storage.removeValue(for: key) != nil
    }

    /// An element as the set stores it (an Int or Double literal converted to the element type).
    func literal(_ element: Value) -> Value { storage.keyKind?.converted(element) ?? element }

    /// An empty set of this one's element type, for a set built from its elements (`filter`, `intersection`).
    func emptyLike() -> SetValue {
        var storage = OrderedDictionary()
        storage.keyKind = self.storage.keyKind
        return SetValue(storage)
    }

    /// A set of `elements` with this set's element type.
    func like(_ elements: [Value]) throws(ScriptError) -> SetValue {
        let set = emptyLike()
        for element in elements { try set.insert(element) }
        return set
    }

    /// The first element in order (O(1): no array of the elements is built).
    var first: Value? { storage.first?.key.value }

    var typeName: String { "Set<\(first?.typeName ?? storage.keyKind?.typeName ?? "AnyHashable")>" }
    var description: String { Value.array(elements).description }
    var debugDescription: String { "Set(\(Value.array(elements).debugDescription))" }
    var memberNames: [String] { ["count", "isEmpty", "first"] + SetMethods.names }

    func property(_ name: String) throws(ScriptError) -> Value? {
        switch name {
        case "count": .int(count)
        case "isEmpty": .bool(count == 0)
        case "first": first.map(Value.wrapped) ?? .null
        default: nil
        }
    }

    func isEqual(to other: Value) -> Bool? {
        guard let set = Self.from(other, like: self) else { return nil }
        return set.count == count && set.storage.keys.allSatisfy { storage[$0] != nil }
    }

    /// The set a value is (a set, or an array literal where Swift would have typed it as a set).
    /// An array literal's set takes the element type of `model` (`s == [1, 2]` for a `Set<UInt8>`).
    static func from(_ value: Value, like model: SetValue? = nil) -> SetValue? {
        if case .native(let object) = value, let set = object as? SetValue { return set }
        if let items = value.arrayElements { return try? (model.map { try $0.like(items) } ?? make(items)) }
        return nil
    }

    /// The check of a `Set` / `Set<Element>` annotation: an array literal becomes a set; a set of a written element
    /// type converts its literals (`var s: Set<UInt8> = []`, then `s.insert(3)` stores a UInt8).
    static func check(element: ((Value) -> Value?)?, kind: KeyKind? = nil) -> (Value) -> Value? {
        { value in
            if case .native(let object) = value, let set = object as? SetValue {
                guard let kind, set.storage.keyKind != kind else { return value }
                guard let element else { return nil }
                return convert(set.elements, element, kind)
            }
            guard let items = value.arrayElements else { return nil }
            guard let element else { return (try? make(items)).map { .native($0) } }
            return convert(items, element, kind)
        }
    }

    private static func convert(_ items: [Value], _ element: (Value) -> Value?, _ kind: KeyKind?) -> Value? {
        var storage = OrderedDictionary()
        storage.keyKind = kind
        let set = SetValue(storage)
        for item in items {
            guard let x = element(item), (try? set.insert(x)) != nil else { return nil }
        }
        return .native(set)
    }
}
