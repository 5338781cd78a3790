/// Instances of a cell's own types that declare `Sequence` (with `makeIterator()`) or
/// `IteratorProtocol` (with `mutating func next()`): their elements come from those methods, as in
/// Swift. `for-in`, `prefix(_:)`, `first(where:)` and `contains` ask for elements one at a time, so
/// an endless sequence stops where they stop; the other operations take every element, up to
/// `materializeLimit`.
enum UserSequences {
    /// The most elements an operation that needs them all takes from a cell's sequence: past it an
    /// endless sequence gets an error instead of running until the memory limit.
    static let materializeLimit = 1_000_000

    /// Whether `value` is an instance whose type declares `Sequence` or `IteratorProtocol`.
    static func isSequence(_ value: Value) -> Bool {
        guard case .instance(let instance) = value else { return false }
        return instance.type.conforms(to: "Sequence") || instance.type.conforms(to: "IteratorProtocol")
    }

    /// What `next()` is called on: `makeIterator()`'s result, or a copy of the value itself.
    static func iterator(of value: Value, rt: Runtime, span: SourceSpan) throws(ScriptError) -> Value {
        guard case .instance(let instance) = value else { return value }
        if !instance.type.methods(named: "makeIterator").isEmpty {
            var receiver = value, none: [Value] = []
            if let made = try rt.callMember(&receiver, "makeIterator", &none, labels: [], trailing: [], span: span) { return made }
        }
        guard !instance.type.methods(named: "next").isEmpty else {
            throw ScriptError(kind: .type, message: Message.notIterator(instance.type.name), span: span)
        }
        return value
    }

    /// Calls `next()` on `iterator`; nil at the end.
    static func next(_ iterator: inout Value, rt: Runtime, span: SourceSpan) throws(ScriptError) -> Value? {
        var none: [Value] = []
        guard let result = try rt.callMember(&iterator, "next", &none, labels: [], trailing: [], span: span) else {
            throw ScriptError(kind: .type, message: Message.notIterator(iterator.typeName), span: span)
        }
        switch result {
        case .null: return nil
        case .wrapped(let element): return element
        default: return result
        }
    }

    /// Calls `body` with each element until it returns false or the sequence ends.
    static func forEach(_ value: Value, rt: Runtime, span: SourceSpan,
                        _ body: (Value) throws(ScriptError) -> Bool) throws(ScriptError) {
        var iterator = try iterator(of: value, rt: rt, span: span)
        while let element = try next(&iterator, rt: rt, span: span) {
            try rt.checkInterrupt(at: span)
            guard try body(element) else { return }
        }
    }

    /// Every element, for the operations that need them all; without a span (a builtin's argument) the
    /// error of an endless sequence takes the call's.
    static func elements(of value: Value, rt: Runtime, span: SourceSpan?) throws(ScriptError) -> [Value] {
        var elements: [Value] = []
        try forEach(value, rt: rt, span: span ?? SourceSpan(cell: 0, start: 0, end: 0)) { element throws(ScriptError) in
            guard elements.count < materializeLimit else {
                throw ScriptError(kind: .runtime, message: Message.endlessSequence(value.typeName, materializeLimit), span: span)
            }
            elements.append(element)
            return true
        }
        return elements
    }

    /// `prefix(n)`, `first(where:)`, `contains(_:)` and `contains(where:)` on a cell's sequence, taking only
    /// the elements they need; nil for any other call.
    static func lazyCall(_ receiver: Value, _ name: String, _ arguments: [Value], labels: [String?], rt: Runtime,
                         span: SourceSpan) throws(ScriptError) -> Value? {
        guard arguments.count == 1 else { return nil }
        switch (name, labels) {
        case ("prefix", [nil]):
            guard case .int(let count) = arguments[0] else { return nil }
            var taken: [Value] = []
            if count > 0 {
                try forEach(receiver, rt: rt, span: span) { element throws(ScriptError) in
                    taken.append(element)
                    return taken.count < count
                }
            }
            return .array(taken)
        case ("first", ["where"]), ("contains", ["where"]), ("contains", [nil]) where arguments[0].isFunction:
            let test = rt.caller1(arguments[0], span: span)
            var found: Value?
            try forEach(receiver, rt: rt, span: span) { element throws(ScriptError) in
                guard case .bool(true) = try test(element) else { return true }
                found = element
                return false
            }
            return name == "first" ? (found.map(Value.wrapped) ?? .null) : .bool(found != nil)
        case ("contains", [nil]):
            var found = false
            try forEach(receiver, rt: rt, span: span) { element throws(ScriptError) in
                found = try Operators.equal(element, arguments[0], rt: rt, span: span)
                return !found
            }
            return .bool(found)
        default:
            return nil
        }
    }
}
