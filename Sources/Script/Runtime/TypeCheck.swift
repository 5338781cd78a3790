/// A compiled check of a written type: converts where Swift would (an Int literal into a Double) or fails.
struct TypeCheck {
    let text: String
    let apply: (Value) -> Value?
    /// 1 Int, 2 Double, 3 Bool, 4 String, 5 one declared type (always checked by `apply`), 0 anything else.
    /// Functions whose parameters are all unchecked or of a simple kind can take the direct call path.
    var simple: UInt8
    /// A message better than "cannot convert" for a value the check refuses (a violated generic constraint).
    var explain: ((Value) -> String?)?
    /// For kind 5: the declared type's identity (`DeclaredType.identity(at:)` of its values).
    var declaredIdentity: UnsafeMutableRawPointer?

    init(text: String, apply: @escaping (Value) -> Value?) {
        self.text = text; self.apply = apply
        simple = switch text { case "Int": 1; case "Double": 2; case "Bool": 3; case "String": 4; default: 0 }
    }

    /// A quick yes for values that already have the simple type (no conversion needed).
    @inline(__always)
    func accepts(_ value: Value) -> Bool { Self.accepts(simple, value) }

    @inline(__always)
    static func accepts(_ simple: UInt8, _ value: Value) -> Bool {
        switch (simple, value) {
        case (1, .int), (2, .double), (3, .bool), (4, .string): true
        default: false
        }
    }

    /// Checks for the names the built-in ones do not cover (declared types, protocols, generic parameters);
    /// nil from the resolver means "accepts anything".
    typealias Resolver = (String) -> ((Value) -> Value?)?

    /// The check for an annotation; nil for types that accept anything (`Any`, functions, library types).
    static func make(_ type: TypeAnnotation, resolve: Resolver? = nil) -> TypeCheck? {
        guard let apply = checker(type, resolve) else { return nil }
        return TypeCheck(text: type.text, apply: apply)
    }

    static func checker(_ type: TypeAnnotation, _ resolve: Resolver? = nil) -> ((Value) -> Value?)? {
        let checker = { (type: TypeAnnotation) in Self.checker(type, resolve) }
        switch type {
        case .named("Set"): return SetValue.check(element: nil)
        case .generic("Set", let arguments) where arguments.count == 1:
            return SetValue.check(element: checker(arguments[0]), kind: KeyKind(arguments[0]))
        case .named(let name):
            if let check = named(name) { return check }
            return resolve?(name) ?? nil
        case .generic(let name, _): return resolve?(name) ?? nil
        case .optional(let wrapped):
            let inner = checker(wrapped)
            return { value in
                switch value {
                case .null: return .null
                case .wrapped(let x): return inner.map { $0(x).map(Value.wrapped) } ?? value
                default: return inner.map { $0(value).map(Value.wrapped) } ?? .wrapped(value)
                }
            }
        case .array(let element):
            let inner = checker(element)
            return { value in
                guard case .array(let items) = value else { return nil }
                guard let inner else { return value }
                if samplesAccepted(items, inner) { return value }
                var out = items
                for index in out.indices { guard let x = inner(out[index]) else { return nil }; out[index] = x }
                return .array(out)
            }
        case .dictionary(let keyType, let valueType):
            let inner = checker(valueType)
            let keys = KeyKind(keyType).map { kind in { (dict: OrderedDictionary) in dict.converted(keysTo: kind) } }
            let valueKind = KeyKind(valueType)
            return { value in
                guard case .dictionary(var dict) = value else { return nil }
                if let keys { guard let converted = keys(dict) else { return nil }; dict = converted }
                if let valueKind, dict.count == 0 { dict.valueKind = valueKind }
                guard let inner else { return .dictionary(dict) }
                if samplesAccepted(dict.values, inner) { return .dictionary(dict) }
                for (key, item) in dict.pairs { guard let x = inner(item) else { return nil }; dict.set(x, for: key) }
                return .dictionary(dict)
            }
        case .tuple(let items, let labels):
            let checks = items.map(checker)
            let hasLabels = labels.contains { $0 != nil }
            return { value in
                guard case .tuple(var tuple) = value, tuple.elements.count == checks.count else { return nil }
                if hasLabels { tuple.labels = labels }
                for (index, check) in checks.enumerated() {
                    guard let check else { continue }
                    guard let x = check(tuple.elements[index]) else { return nil }
                    tuple.elements[index] = x
                }
                return .tuple(tuple)
            }
        case .function:
            return { value in if case .function = value { value } else { nil } }
        }
    }

    /// Whether the first, middle and last elements already have the element type unchanged. Checking (and
    /// converting) every element would make each call with an array argument O(n) — `func f(_ a: inout [Int])`
    /// in a loop quadratic — so a collection whose samples pass is taken as it is (docs/script.md, Deviations).
    static func samplesAccepted(_ items: [Value], _ check: (Value) -> Value?) -> Bool {
        guard !items.isEmpty else { return true }
        func passes(_ sample: Value) -> Bool { check(sample)?.isUnchanged(from: sample) ?? false }
        return passes(items[0]) && passes(items[items.count / 2]) && passes(items[items.count - 1])
    }

    static func named(_ name: String) -> ((Value) -> Value?)? {
        switch name {
        case "Int", "Int64": return { value in
            switch value {
            case .int: value
            case .symbol(let name): ImplicitNumberMembers.value(name, like: .int(0))
            default: nil
            }
        }
        // Other widths are `IntegerValue`s: an Int (a literal) that fits becomes one.
        case "Int8", "Int16", "Int32", "UInt", "UInt8", "UInt16", "UInt32", "UInt64": return IntegerValue.check(name)
        case "Float": return { value in
            if case .native(let object) = value, object is FloatValue { return value }
            return FloatValue.number(value).map { .native(FloatValue($0)) }
        }
        case "Double": return { value in
            switch value {
            case .double: value
            case .int(let x): .double(Double(x))
            case .native(let literal as LargeIntegerLiteral): .double(Double(literal.value))
            case .symbol(let name): ImplicitNumberMembers.value(name, like: .double(0))
            default: nil
            }
        }
        case "Bool": return { if case .bool = $0 { $0 } else { nil } }
        case "String": return { value in
            switch value { case .string: value; case .character(let c): .string(String(c)); default: nil }
        }
        case "Character": return { value in
            switch value {
            case .character: value
            case .string(let s) where s.count == 1: s.first.map(Value.character)
            default: nil
            }
        }
        default: return nil
        }
    }
}

extension Value {
    /// True when a check returned the value unconverted: the same scalar case, the same array storage, an optional
    /// or tuple whose parts are unchanged.
    func isUnchanged(from other: Value) -> Bool {
        switch (self, other) {
        case (.int, .int), (.double, .double), (.bool, .bool), (.string, .string), (.character, .character),
             (.null, .null), (.function, .function), (.native, .native), (.range, .range), (.void, .void):
            return true
        case (.array(let a), .array(let b)): return a.sharesStorage(with: b)
        case (.dictionary(let a), .dictionary(let b)): return a.sharesStorage(with: b)
        case (.wrapped(let a), .wrapped(let b)): return a.isUnchanged(from: b)
        case (.tuple(let a), .tuple(let b)):
            return a.labels == b.labels && zip(a.elements, b.elements).allSatisfy { $0.isUnchanged(from: $1) }
        default: return false
        }
    }
}

extension Array {
    /// Whether both arrays are views of one buffer (nothing was copied or converted).
    func sharesStorage(with other: [Element]) -> Bool {
        count == other.count && withUnsafeBufferPointer { mine in other.withUnsafeBufferPointer { $0.baseAddress == mine.baseAddress } }
    }
}
