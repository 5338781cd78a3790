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
            case .range(let range): return Value.slice(items, try bounds(range, count: items.count, span: span))
            default: break
            }
        case .dictionary(let dict):
            guard let first = keys.first, let key = dict.key(for: first) else { break }
            if keys.count == 2, labels.count == 2, labels[1] == "default" { return dict[key] ?? keys[1] }
            guard keys.count == 1 else { break }
            return dict[key].map(Value.wrapped) ?? .null
        case .string(let text):
            if keys.count == 1, case .range(let range) = keys[0] {
                let count = try StringCharacters.count(text)
                return .string(StringCharacters.part(text, try bounds(StringIndexValue.offsets(range) ?? range, count: count, span: span)))
            }
            if keys.count == 1, let offset = StringIndexValue.offset(of: keys[0]) {
                guard offset >= 0, let character = text.dropFirst(offset).first else {
                    throw ScriptError(kind: .runtime, message: Message.stringIndexOutOfBounds, span: span)
                }
                return .character(character)
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
        try bounds(range, within: 0..<count, span: span) { Message.rangeOutOfBounds($0, count) }
    }

    /// A range of a slice's parent indices (`s[3..<5]` of `a[2..<6]`).
    static func bounds(_ range: RangeValue, within limits: Range<Int>, sliceOf slice: ArraySliceValue) throws(ScriptError) -> Range<Int> {
        try bounds(range, within: limits, span: nil) { Message.sliceRangeOutOfBounds($0, limits.lowerBound, limits.upperBound) }
    }

    private static func bounds(_ range: RangeValue, within limits: Range<Int>, span: SourceSpan?,
                               message: (String) -> String) throws(ScriptError) -> Range<Int> {
        var range = range
        // One-sided ranges (`a[2...]`, `a[..<3]`) run to the collection's ends.
        if case .int(Parser.openLowerBound) = range.lower { range.lower = .int(limits.lowerBound) }
        if case .int(Parser.openUpperBound) = range.upper { range.upper = .int(limits.upperBound); range.isClosed = false }
        guard let bounds = range.intRange, bounds.lowerBound >= limits.lowerBound, bounds.upperBound <= limits.upperBound else {
            throw ScriptError(kind: .runtime, message: message(Value.range(range).description), span: span)
        }
        return bounds
    }
}

extension Value {
    var isSubscriptable: Bool {
        switch self { case .array, .dictionary, .string, .native: true; default: false }
    }
}
