/// One step from a variable into its parts: `[i]`, `.label`, `.0`, `!`, `?`.
enum PathComponent {
    /// `[k…]`: the keys are `keys[first ..< first + count]` of the place's evaluated keys.
    case subscriptKey(first: Int, count: Int, labels: [String?], SourceSpan)
    case member(String, SourceSpan)
    case tupleIndex(Int, SourceSpan)
    case forceUnwrap(SourceSpan)
    /// `a?[0] = 1`: nothing happens when the value is nil.
    case optionalChain
}

/// What a walk down a place does at its end.
enum PlaceMode {
    /// Runs the body on the place (compound assignment, mutating method).
    case update
    /// A plain `=` of this value: a native's setter is called without reading the old value first.
    case assign(Value)
    /// Moves the value out for an inout argument: natives on the way are read, not written.
    case take
}

/// A place being walked: the path, its keys (evaluated before the variable was touched), the mode.
struct PlaceWalk {
    let components: [PathComponent]
    let keys: UnsafePointer<Value>
    let mode: PlaceMode
    unowned(unsafe) let rt: Runtime
    /// A `let` root reached through elements: the value at `depth` must be a reference to be written through.
    var letCheck: LetCheck? = nil

    struct LetCheck {
        let depth: Int
        let message: String
        let span: SourceSpan
    }

    func keys(_ first: Int, _ count: Int) -> UnsafeBufferPointer<Value> {
        UnsafeBufferPointer(start: keys + first, count: count)
    }

    func isLast(_ depth: Int) -> Bool { depth == components.count - 1 }
}

/// In-place mutation through subscripts and members (`a[i][j] += 1`, `d["k"] = nil`, `t.x = 2`,
/// `model[0].bias[2] = 0`). Each container is moved out of its parent while its part changes, so copy-on-write
/// storage stays unique and a write costs O(1) when nothing else shares the value. Native values are read with
/// their getter, changed, and written back through `NativeObject.subscriptSet`/`setProperty` (`NativePlaces`).
enum Places {
    static func modify(_ value: inout Value, _ walk: PlaceWalk, _ depth: Int,
                       _ body: (inout Value) throws(ScriptError) -> Void) throws(ScriptError) {
        guard depth < walk.components.count else { try body(&value); return }
        if let check = walk.letCheck, check.depth == depth, !allowsWritesThroughLet(value) {
            throw ScriptError(kind: .type, message: check.message, span: check.span)
        }
        switch walk.components[depth] {
        case .subscriptKey(let first, let count, let labels, let span):
            let keys = walk.keys(first, count)
            if var items = Value.takeArray(&value) {
                defer { value = .array(items) }
                try modifyElement(&items, keys, walk, depth, span, body)
            } else if var dict = Value.takeDictionary(&value) {
                defer { value = .dictionary(dict) }
                try modifyEntry(&dict, keys, labels, walk, depth, span, body)
            } else if value.declaredType != nil {
                try walk.rt.modifySubscript(&value, Array(keys), labels: labels, span: span) { (part: inout Value) throws(ScriptError) in
                    try modify(&part, walk, depth + 1, body)
                }
            } else if value.isNative {
                try NativePlaces.modifySubscript(&value, keys, labels, walk, depth, span, body)
            } else if value.isSubscriptable {
                throw ScriptError(kind: .type, message: Message.getOnlySubscript, span: span)
            } else {
                throw ScriptError(kind: .type, message: Message.notSubscriptable(value.typeName), span: span)
            }
        case .member(let name, let span):
            if value.declaredType != nil {
                try walk.rt.modifyMember(&value, name, span: span) { (part: inout Value) throws(ScriptError) in
                    try modify(&part, walk, depth + 1, body)
                }
            } else if let index = labelIndex(name, in: value), var tuple = Value.takeTuple(&value) {
                defer { value = .tuple(tuple) }
                try modify(&tuple.elements[index], walk, depth + 1, body)
            } else if value.isNative {
                try NativePlaces.modifyProperty(&value, name, walk, depth, span, body)
            } else {
                throw notAssignableMember(value, name, span)
            }
        case .tupleIndex(let index, let span):
            guard let count = tupleCount(value), index < count, var tuple = Value.takeTuple(&value) else {
                throw ScriptError(kind: .name, message: Message.noMember(value.typeName, String(index)), span: span)
            }
            defer { value = .tuple(tuple) }
            try modify(&tuple.elements[index], walk, depth + 1, body)
        case .forceUnwrap(let span):
            if case .null = value { throw ScriptError(kind: .runtime, message: Message.unwrapNil, span: span) }
            try modifyUnwrapped(&value, walk, depth, body)
        case .optionalChain:
            if case .null = value { return }
            try modifyUnwrapped(&value, walk, depth, body)
        }
    }

    /// The wrapped value of an optional (or a dictionary's stored value, which is not wrapped), changed in place.
    private static func modifyUnwrapped(_ value: inout Value, _ walk: PlaceWalk, _ depth: Int,
                                        _ body: (inout Value) throws(ScriptError) -> Void) throws(ScriptError) {
        guard var inner = Value.takeWrapped(&value) else { try modify(&value, walk, depth + 1, body); return }
        defer { value = .wrapped(inner) }
        try modify(&inner, walk, depth + 1, body)
    }

    /// `items[i]` (or `items[a..<b]`) changed in place.
    private static func modifyElement(_ items: inout [Value], _ keys: UnsafeBufferPointer<Value>, _ walk: PlaceWalk,
                                      _ depth: Int, _ span: SourceSpan,
                                      _ body: (inout Value) throws(ScriptError) -> Void) throws(ScriptError) {
        guard keys.count == 1 else { throw ScriptError(kind: .type, message: "array subscript takes one index", span: span) }
        switch keys[0] {
        case .int(let index):
            guard index >= 0, index < items.count else {
                throw ScriptError(kind: .runtime, message: Message.indexOutOfRange(index, items.count), span: span)
            }
            try modify(&items[index], walk, depth + 1, body)
        case .range(let range):
            let bounds = try Subscripts.bounds(range, count: items.count, span: span)
            var slice = Value.slice(items, bounds)
            try modify(&slice, walk, depth + 1, body)
            guard let replacement = slice.arrayElements else {
                throw ScriptError(kind: .type, message: Message.convert(slice.typeName, to: "ArraySlice"), span: span)
            }
            try Limits.checkAllocation(items.count - bounds.count + replacement.count)
            items.replaceSubrange(bounds, with: replacement)
        default:
            throw ScriptError(kind: .type, message: "cannot subscript an array with '\(keys[0].typeName)'", span: span)
        }
    }

    /// `dict[key]` or `dict[key, default: v]` changed in place; a plain `=` of nil removes the entry.
    private static func modifyEntry(_ dict: inout OrderedDictionary, _ keys: UnsafeBufferPointer<Value>, _ labels: [String?],
                                    _ walk: PlaceWalk, _ depth: Int, _ span: SourceSpan,
                                    _ body: (inout Value) throws(ScriptError) -> Void) throws(ScriptError) {
        let defaultValue = keys.count == 2 && labels.count == 2 && labels[1] == "default" ? keys[1] : nil
        var assigns = false
        if case .assign = walk.mode, walk.isLast(depth) { assigns = true }
        try modifyEntry(&dict, keys.first ?? .void, defaultValue: defaultValue, assigns: assigns, span) { (element: inout Value) throws(ScriptError) in
            try modify(&element, walk, depth + 1, body)
        }
    }

    /// The entry for `key` changed in place: a missing entry starts as `defaultValue` (or nil); a plain `=` (`assigns`)
    /// without a default stores the optional it is given unwrapped, and nil removes the entry.
    static func modifyEntry(_ dict: inout OrderedDictionary, _ key: Value, defaultValue: Value?, assigns: Bool, _ span: SourceSpan,
                            _ body: (inout Value) throws(ScriptError) -> Void) throws(ScriptError) {
        guard let hashable = dict.key(for: key) else {
            throw ScriptError(kind: .type, message: "type '\(key.typeName)' cannot be a dictionary key", span: span)
        }
        let assignsOptional = assigns && defaultValue == nil
        let valueKind = dict.valueKind
        try dict.modifyValue(for: hashable) { (element: inout Value) throws(ScriptError) in
            if case .null = element, let defaultValue { element = defaultValue }
            try body(&element)
            if assignsOptional, let inner = Value.takeWrapped(&element) { element = inner }
            // A literal stored as a value of a `[K: UInt8]` (or Float) takes the value type (`KeyKind`).
            if let valueKind, let converted = valueKind.converted(element) { element = converted }
        }
    }

    @inline(never)
    static func labelIndex(_ name: String, in value: Value) -> Int? {
        if case .tuple(let tuple) = value { return tuple.labels.firstIndex(of: name) }
        return nil
    }

    @inline(never)
    static func tupleCount(_ value: Value) -> Int? {
        if case .tuple(let tuple) = value { return tuple.elements.count }
        return nil
    }

    /// Whether a `let` variable holding this value may still have its properties set (a class-like native).
    static func allowsWritesThroughLet(_ value: Value) -> Bool {
        if case .native(let object) = value { return object.isReferenceType }
        return value.declaredType?.isReference == true
    }

    /// `x.name = …` where `x` has no settable `name`: Swift's get-only message, or "no member".
    static func notAssignableMember(_ value: Value, _ name: String, _ span: SourceSpan) -> ScriptError {
        if (try? Members.property(value, name, span)) != nil {
            return ScriptError(kind: .type, message: Message.getOnlyProperty(name), span: span)
        }
        return Members.noMember(value, name, span)
    }

    /// `array += other` and `string += other` in place (amortised O(1) per element or character when the value
    /// is not shared: `Operators.add` would copy the whole string on every `s += "x"`).
    static func append(_ place: inout Value, _ other: Value) throws(ScriptError) {
        if case .string = place { return try appendText(&place, other) }
        guard case .array(let more) = other, var items = Value.takeArray(&place) else {
            place = try Operators.add(place, other)
            return
        }
        defer { place = .array(items) }
        try Limits.checkGrowth(of: items, adding: more.count)
        items.append(contentsOf: try KeyKind.elements(more, of: items))
    }

    /// `string += string` / `string += character`, appended to the string moved out of its place; other operands
    /// take `Operators.add` (its messages and limits).
    private static func appendText(_ place: inout Value, _ other: Value) throws(ScriptError) {
        switch other {
        case .string, .character: break
        default: place = try Operators.add(place, other); return
        }
        guard var text = Value.takeString(&place) else { return }
        defer { place = .string(text) }
        switch other {
        case .string(let more):
            try Limits.checkStringGrowth(bytes: text.utf8.count, adding: more.utf8.count)
            text.append(more)
        case .character(let character):
            try Limits.checkStringGrowth(bytes: text.utf8.count, adding: character.utf8.count)
            text.append(character)
        default: break
        }
    }
}
