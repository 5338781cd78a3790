/// Reading through subscripts: `a[i]`, `a[1..<3]`, `d[k]` (optional), `d[k, default: v]`, native subscripts.
enum Subscripts {
    static func get(_ container: Value, _ keys: [Value], labels: [String?], span: SourceSpan, rt: Runtime) throws(ScriptError) -> Value {
        if container.declaredType != nil || !container.isSubscriptable || labels.contains(where: { $0 != nil && $0 != "default" }),
           rt.hasUserSubscripts(container) {
            return try rt.readSubscript(container, keys, labels: labels, span: span)
        }
        switch container {
        case .array(let items):
            guard keys.count == 1 else { break }
            switch keys[0] {
            case .int(let index):
                guard index >= 0, index < items.count else {
                    throw ScriptError(kind: .runtime, message: Message.indexOutOfRange(index, items.count), span: span)
                }
                return items[index]
            case .range(let range): return .array(Array(try slice(items, range, span: span)))
            default: break
            }
        case .dictionary(let dict):
            guard let first = keys.first, let key = DictionaryKey(first) else { break }
            if keys.count == 2, labels.count == 2, labels[1] == "default" { return dict[key] ?? keys[1] }
            guard keys.count == 1 else { break }
            return dict[key].map(Value.wrapped) ?? .null
        case .string(let text):
            if keys.count == 1, case .range(let range) = keys[0] {
                let characters = Array(text)
                return .string(String(try slice(characters, range, span: span)))
            }
        case .native(let object):
            let parameters = labels.map { Parameter($0, $0 ?? "index") }
            let args = Arguments(values: keys, parameters: parameters, span: span, interpreter: rt.interpreter)
            let result: Value?
            do throws(ScriptError) { result = try object.subscriptGet(args) } catch { throw error.located(at: span) }
            if let result { return result }
        default: break
        }
        let keyType = keys.first?.typeName ?? "()"
        throw ScriptError(kind: .type, message: container.isSubscriptable
            ? "cannot subscript a value of type '\(container.typeName)' with an argument of type '\(keyType)'"
            : Message.notSubscriptable(container.typeName), span: span)
    }

    static func bounds(_ range: RangeValue, count: Int, span: SourceSpan) throws(ScriptError) -> Range<Int> {
        var range = range
        // One-sided ranges (`a[2...]`, `a[..<3]`) run to the collection's ends.
        if case .int(Parser.openLowerBound) = range.lower { range.lower = .int(0) }
        if case .int(Parser.openUpperBound) = range.upper { range.upper = .int(count); range.isClosed = false }
        guard let bounds = range.intRange, bounds.lowerBound >= 0, bounds.upperBound <= count else {
            throw ScriptError(kind: .runtime, message: Message.rangeOutOfBounds(Value.range(range).description, count), span: span)
        }
        return bounds
    }

    static func slice<T>(_ items: [T], _ range: RangeValue, span: SourceSpan) throws(ScriptError) -> ArraySlice<T> {
        items[try bounds(range, count: items.count, span: span)]
    }
}

extension Value {
    var isSubscriptable: Bool {
        switch self { case .array, .dictionary, .string, .native: true; default: false }
    }
}
