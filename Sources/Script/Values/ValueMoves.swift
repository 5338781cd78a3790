/// Moving a container out of a value so its storage stays uniquely referenced while it is mutated.
///
/// A `switch` or `if case` over a stored value keeps a second reference to the payload alive until the end of
/// the statement, so `case .array(var items) = value` followed by `items[i] = x` copies the whole array. These
/// helpers read the payload in a separate function (whose copy ends at its return) and leave `.void` behind:
/// the caller then holds the only reference and puts the mutated payload back itself.
extension Value {
    /// The value, leaving `.void` in its place (a move: no reference count changes).
    @inline(__always)
    static func take(_ value: inout Value) -> Value {
        var taken = Value.void
        swap(&taken, &value)
        return taken
    }

    /// The array held by `value`, moved out (`value` becomes `.void`); nil, with `value` untouched, for others.
    /// The value is swapped out first and its payload taken from the owned temporary: no reference count changes.
    @inline(__always)
    static func takeArray(_ value: inout Value) -> [Value]? {
        guard case .array = value else { return nil }
        switch take(&value) {
        case .array(let items): return items
        case let other: value = other; return nil
        }
    }

    @inline(never)
    private static func stringPayload(_ value: Value) -> String? {
        if case .string(let text) = value { return text }
        return nil
    }

    /// The string held by `value`, moved out (see `takeArray`): `s.append(c)` in a loop stays linear.
    @inline(__always)
    static func takeString(_ value: inout Value) -> String? {
        guard let text = stringPayload(value) else { return nil }
        value = .void
        return text
    }

    /// The dictionary held by `value`, moved out (see `takeArray`).
    @inline(__always)
    static func takeDictionary(_ value: inout Value) -> OrderedDictionary? {
        guard case .dictionary = value else { return nil }
        switch take(&value) {
        case .dictionary(let dict): return dict
        case let other: value = other; return nil
        }
    }

    @inline(never)
    private static func tuplePayload(_ value: Value) -> TupleValue? {
        if case .tuple(let tuple) = value { return tuple }
        return nil
    }

    /// The tuple held by `value`, moved out (see `takeArray`).
    static func takeTuple(_ value: inout Value) -> TupleValue? {
        guard let tuple = tuplePayload(value) else { return nil }
        value = .void
        return tuple
    }

    @inline(never)
    private static func wrappedPayload(_ value: Value) -> Value? {
        if case .wrapped(let inner) = value { return inner }
        return nil
    }

    /// The value inside `Optional.some`, moved out (see `takeArray`).
    static func takeWrapped(_ value: inout Value) -> Value? {
        guard let inner = wrappedPayload(value) else { return nil }
        value = .void
        return inner
    }

    /// Whether the value is a native object (tested without keeping a copy of it alive).
    var isNative: Bool { if case .native = self { true } else { false } }

    @inline(never)
    private static func nativePayload(_ value: Value) -> AnyObject? {
        if case .native(let object) = value { return object }
        return nil
    }

    @inline(never)
    private static func takeNativeReference(_ value: inout Value) -> AnyObject? {
        let reference = nativePayload(value)
        if reference != nil { value = .void }
        return reference
    }

    /// The native object held by `value`, moved out, and whether no other value shares it.
    static func takeNative(_ value: inout Value) -> (object: any NativeObject, isUnique: Bool)? {
        guard var reference = takeNativeReference(&value) else { return nil }
        let isUnique = isKnownUniquelyReferenced(&reference)
        guard let object = reference as? any NativeObject else { return nil }
        return (object, isUnique)
    }
}

