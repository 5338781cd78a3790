/// A hashable form of the values that can be dictionary keys: Int, Double, String, Bool, Character, and
/// values of declared Hashable types (`InstanceKey`).
public enum DictionaryKey: Hashable, Sendable {
    case int(Int), double(Double), string(String), bool(Bool), character(Character)
    case instance(InstanceKey)

    init?(_ value: Value) {
        switch value {
        case .int(let v): self = .int(v)
        case .double(let v): self = .double(v)
        case .string(let v): self = .string(v)
        case .bool(let v): self = .bool(v)
        // A literal `["a": 1]` has String keys where Swift may have typed them Character: one key for both.
        case .character(let v): self = .string(String(v))
        case .instance(let instance):
            guard let key = InstanceKey(instance) else { return nil }
            self = .instance(key)
        default: return nil
        }
    }

    public var value: Value {
        switch self {
        case .int(let v): .int(v)
        case .double(let v): .double(v)
        case .string(let v): .string(v)
        case .bool(let v): .bool(v)
        case .character(let v): .character(v)
        case .instance(let key): .instance(key.instance)
        }
    }
}

/// An insertion-ordered dictionary (display follows insertion order, as LANGUAGE.md asks).
public struct OrderedDictionary {
    public private(set) var keys: [DictionaryKey] = []
    public private(set) var values: [Value] = []
    private var positions: [DictionaryKey: Int] = [:]

    public init() {}

    public var count: Int { keys.count }

    public subscript(key: DictionaryKey) -> Value? {
        get { positions[key].map { values[$0] } }
        set {
            if let newValue { set(newValue, for: key) } else { removeValue(for: key) }
        }
    }

    public mutating func set(_ value: Value, for key: DictionaryKey) {
        if let position = positions[key] { values[position] = value; return }
        positions[key] = keys.count
        keys.append(key)
        values.append(value)
    }

    @discardableResult
    public mutating func removeValue(for key: DictionaryKey) -> Value? {
        guard let position = positions.removeValue(forKey: key) else { return nil }
        keys.remove(at: position)
        let old = values.remove(at: position)
        for index in position..<keys.count { positions[keys[index]] = index }
        return old
    }

    /// Mutates the value stored for `key` in place (no copy of the value's storage).
    mutating func modifyValue(for key: DictionaryKey, _ body: (inout Value) throws(ScriptError) -> Void) throws(ScriptError) {
        if let position = positions[key] {
            var value = values[position]
            values[position] = .void
            do throws(ScriptError) { try body(&value) } catch { values[position] = value; throw error }
            if case .null = value { removeValue(for: key) } else { values[position] = value }
        } else {
            var value = Value.null
            try body(&value)
            if case .null = value { return }
            set(value, for: key)
        }
    }

    public var pairs: [(key: DictionaryKey, value: Value)] { Array(zip(keys, values)) }
}
