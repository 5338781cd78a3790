/// The type of a set's elements or a dictionary's keys when a literal is not stored as that type: a fixed-width
/// integer other than `Int`, or `Float`. `Set<UInt8>().insert(3)` stores `UInt8(3)`, `d[1]` of a `[UInt8: T]` finds
/// `UInt8(1)`, as Swift types the literal from the collection.
public enum KeyKind: Hashable, Sendable {
    case integer(IntegerKind)
    case float

    init?(_ key: DictionaryKey) {
        switch key {
        case .integer(let kind, _): self = .integer(kind)
        case .float: self = .float
        default: return nil
        }
    }

    /// The kind of a value: its fixed-width integer type or `Float`; nil for any other value.
    @inline(__always)
    init?(of value: Value) {
        guard case .native(let object) = value else { return nil }
        switch object {
        case let integer as IntegerValue: self = .integer(integer.kind)
        case is FloatValue: self = .float
        default: return nil
        }
    }

    /// The kind a written type names (`UInt8`, `Float`), or nil for types whose literals are stored as they are.
    init?(_ type: TypeAnnotation) {
        guard case .named(let name) = type else { return nil }
        if name == "Float" { self = .float; return }
        guard let kind = IntegerKind.named[name] else { return nil }
        self = .integer(kind)
    }

    /// An Int or Double literal as this type (nil when it does not fit or is some other value).
    func converted(_ value: Value) -> Value? {
        switch (self, value) {
        case (.integer(let kind), .int(let number)):
            return kind.contains(Int128(number)) ? .native(IntegerValue(kind, Int128(number))) : nil
        case (.float, .int(let number)): return .native(FloatValue(Float(number)))
        case (.float, .double(let number)): return .native(FloatValue(Float(number)))
        default: return nil
        }
    }

    var typeName: String {
        switch self {
        case .integer(let kind): kind.name
        case .float: "Float"
        }
    }
}

extension OrderedDictionary {
    /// The key a value stands for in this dictionary: an Int or Double literal takes the key type (`keyKind`).
    func key(for value: Value) -> DictionaryKey? {
        switch value {
        case .int, .double:
            if let kind = keyKind, let converted = kind.converted(value) { return DictionaryKey(converted) }
            return DictionaryKey(value)
        default: return DictionaryKey(value)
        }
    }
}

extension OrderedDictionary {
    /// The dictionary with keys of the written type `kind` (its Int or Double literals converted), or nil when a key
    /// is neither of that type nor a literal that fits. A dictionary whose first key already has the type is taken
    /// as it is (checking every key would make each call with a dictionary argument O(n)).
    func converted(keysTo kind: KeyKind) -> OrderedDictionary? {
        if count == 0 {
            var empty = self
            empty.keyKind = kind
            return empty
        }
        if keyKind == kind { return self }
        var out = OrderedDictionary()
        out.keyKind = kind
        for (key, value) in pairs {
            if KeyKind(key) == kind { out.set(value, for: key); continue }
            guard let literal = kind.converted(key.value), let converted = DictionaryKey(literal) else { return nil }
            out.set(value, for: converted)
        }
        return out
    }
}

extension KeyKind {
    /// The kind of an array's elements, read from its first one (an array keeps no written element type).
    static func ofElements(_ items: [Value]) -> KeyKind? { items.first.flatMap(KeyKind.init(of:)) }

    /// `value` added to `items` (`append`, `insert`, `+=`): an Int or Double literal takes the type of the
    /// elements when they are fixed-width integers or Floats (`bytes.append(3)` on a `[UInt8]`).
    static func element(_ value: Value, of items: [Value]) throws(ScriptError) -> Value {
        switch value {
        case .int, .double: try ofElements(items)?.literal(value) ?? value
        default: value
        }
    }
}

extension KeyKind {
    /// `more` added to `items` (`append(contentsOf:)`, `+=`), each literal converted as `element(_:of:)` does;
    /// `more` itself when the elements are of no `KeyKind`.
    static func elements(_ more: [Value], of items: [Value]) throws(ScriptError) -> [Value] {
        guard let kind = ofElements(items) ?? ofElements(more) else { return more }
        return try kind.literals(more)
    }
}

extension KeyKind {
    /// What `place = rhs` stores in a variable or element that holds a fixed-width integer or a Float: an Int or
    /// Double literal takes that type, as Swift types it from the variable (`var y = Float(1); y = 0.1` stores the
    /// Float 0.1), and an Int that does not fit is Swift's overflow error. Any other value is stored as it is.
    @inline(__always)
    static func assigned(_ rhs: Value, over place: Value, span: SourceSpan? = nil) throws(ScriptError) -> Value {
        guard let kind = KeyKind(of: place) else { return rhs }
        return try kind.literal(rhs, span: span)
    }
}

extension KeyKind {
    /// The element kind an array type spells (`[UInt8]`, `Array<Float>`), or nil.
    static func ofArray(_ type: TypeAnnotation) -> KeyKind? {
        switch type {
        case .array(let element): KeyKind(element)
        case .generic("Array", let arguments) where arguments.count == 1: KeyKind(arguments[0])
        default: nil
        }
    }

    /// An Int or Double literal as this type, or Swift's error when it does not fit; any other value as it is.
    func literal(_ value: Value, span: SourceSpan? = nil) throws(ScriptError) -> Value {
        switch value {
        case .int(let number):
            guard let converted = converted(value) else {
                throw ScriptError(kind: .type, message: Message.literalOverflow("\(number)", into: typeName), span: span)
            }
            return converted
        case .double: return converted(value) ?? value
        default: return value
        }
    }

    /// Each element converted as `literal(_:span:)` converts it.
    func literals(_ items: [Value], span: SourceSpan? = nil) throws(ScriptError) -> [Value] {
        var converted: [Value] = []
        converted.reserveCapacity(items.count)
        for item in items { converted.append(try literal(item, span: span)) }
        return converted
    }

    /// An array with each element converted as `literal(_:span:)` converts it; any other value as it is.
    func literals(in value: Value, span: SourceSpan) throws(ScriptError) -> Value {
        guard case .array(let items) = value, items.contains(where: { if case .int = $0 { true } else if case .double = $0 { true } else { false } }) else {
            return value
        }
        return .array(try literals(items, span: span))
    }
}
