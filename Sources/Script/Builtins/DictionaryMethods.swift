/// Members of `[K: V]` (LANGUAGE.md section 6).
enum DictionaryMethods {
    static func dict(_ receiver: Value) -> OrderedDictionary {
        if case .dictionary(let dict) = receiver { return dict }
        return OrderedDictionary()
    }

    static func pair(_ key: DictionaryKey, _ value: Value) -> Value {
        .tuple(TupleValue(elements: [key.value, value], labels: ["key", "value"]))
    }

    static var table: [String: [Method]] { methodTable(merges + [
        Method("removeValue", [.labeled("forKey", "Key")], returns: "Value?", doc: "Removes the key; returns its old value, or nil.", mutating: true) { receiver, args throws(ScriptError) in
            var entries = dict(receiver)
            receiver = .void
            defer { receiver = .dictionary(entries) }
            guard let key = entries.key(for: args[0]) else { return .null }
            return entries.removeValue(for: key).map(Value.wrapped) ?? .null
        },
        Method("updateValue", [.positional("value", "Value"), .labeled("forKey", "Key")], returns: "Value?", doc: "Sets the value; returns the old one, or nil.", mutating: true) { receiver, args throws(ScriptError) in
            var entries = dict(receiver)
            receiver = .void
            defer { receiver = .dictionary(entries) }
            guard let key = entries.key(for: args[1]) else { throw ScriptError(kind: .type, message: "type '\(args[1].typeName)' cannot be a dictionary key") }
            let old = entries[key]
            entries.set(entries.valueKind?.converted(args[0]) ?? args[0], for: key)
            return old.map(Value.wrapped) ?? .null
        },
        Method("sorted", [Parameter("by", "areInIncreasingOrder", type: "((key: Key, value: Value), (key: Key, value: Value)) -> Bool")], returns: "[(key: Key, value: Value)]", doc: "The key-value pairs ordered by the predicate.") { receiver, args throws(ScriptError) in
            let pairs = dict(receiver).pairs.map { pair($0.key, $0.value) }
            let less = args[0]
            return .array(try Sorting.sorted(pairs) { (a, b) throws(ScriptError) in try args.test(less, [a, b]) })
        },
        Method("map", [ArrayMethods.closure], returns: "[T]", doc: "The results of calling the closure on each (key, value) pair.") { receiver, args throws(ScriptError) in
            var out: [Value] = []
            for entry in dict(receiver).pairs { out.append(try args.call1(args[0], pair(entry.key, entry.value))) }
            return .array(out)
        },
        Method("mapValues", [ArrayMethods.closure], returns: "[Key: T]", doc: "The dictionary with each value transformed.") { receiver, args throws(ScriptError) in
            var out = OrderedDictionary()
            for entry in dict(receiver).pairs { out.set(try args.call1(args[0], entry.value), for: entry.key) }
            return .dictionary(out)
        },
        Method("compactMapValues", [ArrayMethods.closure], returns: "[Key: T]", doc: "The dictionary with each value transformed, nil results dropped.") { receiver, args throws(ScriptError) in
            var out = OrderedDictionary()
            for entry in dict(receiver).pairs {
                switch try args.call1(args[0], entry.value) {
                case .null: continue
                case .wrapped(let value): out.set(value, for: entry.key)
                case let value: out.set(value, for: entry.key)
                }
            }
            return .dictionary(out)
        },
        Method("filter", [Parameter(nil, "isIncluded", type: "((key: Key, value: Value)) -> Bool")], returns: "[Key: Value]", doc: "The entries satisfying the predicate.") { receiver, args throws(ScriptError) in
            var out = OrderedDictionary()
            for entry in dict(receiver).pairs where try args.test(args[0], [pair(entry.key, entry.value)]) { out.set(entry.value, for: entry.key) }
            return .dictionary(out)
        },
        Method("forEach", [Parameter(nil, "body", type: "((key: Key, value: Value)) -> Void")], doc: "Calls the closure on each entry.") { receiver, args throws(ScriptError) in
            for entry in dict(receiver).pairs { _ = try args.call1(args[0], pair(entry.key, entry.value)) }
            return .void
        },
    ]) }
}
