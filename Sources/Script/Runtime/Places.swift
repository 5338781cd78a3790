/// In-place mutation through subscripts and members (`a[i][j] += 1`, `d["k"] = nil`, `t.x = 2`),
/// moving each container out of its parent first so copy-on-write storage stays unique.
enum Places {
    static func modify(_ value: inout Value, _ components: [PathComponent], _ keys: [[Value]], _ depth: Int,
                       _ body: (inout Value) throws(ScriptError) -> Void) throws(ScriptError) {
        guard depth < components.count else { try body(&value); return }
        switch components[depth] {
        case .subscriptKey(_, let labels, let span):
            let key = keys[depth]
            switch value {
            case .array(var items):
                guard key.count == 1 else { throw ScriptError(kind: .type, message: "array subscript takes one index", span: span) }
                if case .range(let range) = key[0], depth == components.count - 1 {
                    value = .void
                    defer { value = .array(items) }
                    var slice: Value = .array(Array(try Subscripts.slice(items, range, span: span)))
                    try body(&slice)
                    guard case .array(let replacement) = slice, let bounds = try? Subscripts.bounds(range, count: items.count, span: span) else { return }
                    items.replaceSubrange(bounds, with: replacement)
                    return
                }
                guard case .int(let index) = key[0] else {
                    throw ScriptError(kind: .type, message: "cannot subscript an array with '\(key[0].typeName)'", span: span)
                }
                guard index >= 0, index < items.count else {
                    throw ScriptError(kind: .runtime, message: Message.indexOutOfRange(index, items.count), span: span)
                }
                value = .void
                var element = items[index]
                items[index] = .void
                defer { items[index] = element; value = .array(items) }
                try modify(&element, components, keys, depth + 1, body)
            case .dictionary(var dict):
                guard let first = key.first, let hashable = DictionaryKey(first) else {
                    throw ScriptError(kind: .type, message: "type '\(key.first?.typeName ?? "()")' cannot be a dictionary key", span: span)
                }
                let defaultValue = labels.count > 1 && labels[1] == "default" ? key[1] : nil
                value = .void
                defer { value = .dictionary(dict) }
                try dict.modifyValue(for: hashable) { (element: inout Value) throws(ScriptError) in
                    if case .null = element, let defaultValue { element = defaultValue }
                    try modify(&element, components, keys, depth + 1, body)
                }
            default:
                if let type = value.declaredType {
                    try type.session.runtime.modifySubscript(&value, key, labels: labels, span: span) { (element: inout Value) throws(ScriptError) in
                        try modify(&element, components, keys, depth + 1, body)
                    }
                    return
                }
                throw ScriptError(kind: .type, message: Message.notSubscriptable(value.typeName), span: span)
            }
        case .member(let name, let span):
            if let type = value.declaredType {
                try type.session.runtime.modifyMember(&value, name, span: span) { (element: inout Value) throws(ScriptError) in
                    try modify(&element, components, keys, depth + 1, body)
                }
                return
            }
            guard case .tuple(var tuple) = value, let index = tuple.labels.firstIndex(of: name) else {
                throw ScriptError(kind: .type, message: "cannot assign to property '\(name)' of '\(value.typeName)'", span: span)
            }
            value = .void
            defer { value = .tuple(tuple) }
            try modify(&tuple.elements[index], components, keys, depth + 1, body)
        case .tupleIndex(let index, let span):
            guard case .tuple(var tuple) = value, index < tuple.elements.count else {
                throw ScriptError(kind: .type, message: "value of type '\(value.typeName)' has no member '\(index)'", span: span)
            }
            value = .void
            defer { value = .tuple(tuple) }
            try modify(&tuple.elements[index], components, keys, depth + 1, body)
        }
    }

    /// `array += other` in place.
    static func append(_ place: inout Value, _ other: Value) throws(ScriptError) {
        guard case .array(var items) = place, case .array(let more) = other else {
            place = try Operators.add(place, other)
            return
        }
        try Limits.checkAllocation(items.count + more.count)
        place = .void
        items.append(contentsOf: more)
        place = .array(items)
    }
}
