/// Properties and method dispatch on values.
enum Members {
    static func property(_ value: Value, _ name: String, _ span: SourceSpan, rt: Runtime? = nil) throws(ScriptError) -> Value {
        if let rt, let found = try rt.readMember(value, name, span: span) { return found }
        switch value {
        case .array(let items):
            switch name {
            case "count": return .int(items.count)
            case "isEmpty": return .bool(items.isEmpty)
            case "first": return items.first.map(Value.wrapped) ?? .null
            case "last": return items.last.map(Value.wrapped) ?? .null
            case "indices": return .range(RangeValue(lower: .int(0), upper: .int(items.count), isClosed: false))
            case "startIndex": return .int(0)
            case "endIndex": return .int(items.count)
            case "lazy": return value
            default: break
            }
        case .string(let text):
            switch name {
            case "count": return .int(try StringCharacters.count(text))
            case "isEmpty": return .bool(text.isEmpty)
            case "first": return text.first.map { .wrapped(.character($0)) } ?? .null
            case "last": return text.last.map { .wrapped(.character($0)) } ?? .null
            case "startIndex": return .native(StringIndexValue(0))
            case "endIndex": return .native(StringIndexValue(try StringCharacters.count(text)))
            case "utf8": return .native(StringViewValue(text, .utf8))
            case "utf16": return .native(StringViewValue(text, .utf16))
            case "unicodeScalars": return .native(StringViewValue(text, .unicodeScalars))
            case "capitalized": return .string(StringFoundation.capitalized(text))
            default: break
            }
        case .dictionary(let dict):
            switch name {
            case "count": return .int(dict.count)
            case "isEmpty": return .bool(dict.count == 0)
            case "keys": return .array(dict.keys.map(\.value))
            case "values": return .array(dict.values)
            case "first": return dict.first.map { .wrapped(DictionaryMethods.pair($0.key, $0.value)) } ?? .null
            default: break
            }
        case .tuple(let tuple):
            if let index = tuple.labels.firstIndex(of: name) { return tuple.elements[index] }
        case .range(let range):
            switch name {
            case "lowerBound": return range.lower
            case "upperBound": return range.upper
            case "count": return .int(range.intRange?.count ?? 0)
            case "isEmpty": return .bool(range.intRange?.isEmpty ?? false)
            default: break
            }
        case .character(let character):
            if let found = CharacterMembers.property(character, name) { return found }
        case .int(let number):
            switch name {
            case "magnitude":
                // Swift's `magnitude` is a UInt; Int.min's does not fit the Int Loupe gives back.
                guard number != Int.min else { throw ScriptError(kind: .runtime, message: Message.overflow, span: span) }
                return .int(abs(number))
            case "bitWidth": return .int(Int.bitWidth)
            case "nonzeroBitCount": return .int(number.nonzeroBitCount)
            case "leadingZeroBitCount": return .int(number.leadingZeroBitCount)
            case "trailingZeroBitCount": return .int(number.trailingZeroBitCount)
            default: break
            }
        case .double(let number):
            switch name {
            case "isNaN": return .bool(number.isNaN)
            case "isInfinite": return .bool(number.isInfinite)
            case "isFinite": return .bool(number.isFinite)
            case "magnitude": return .double(number.magnitude)
            case "ulp": return .double(number.ulp)
            default: break
            }
        case .instance(let instance):
            if let index = instance.type.fieldIndex[name] { return instance[index] }
        case .native(let object):
            do throws(ScriptError) {
                if let result = try object.property(name) { return result }
            } catch { throw error.located(at: span) }
            if let overloads = object.method(name) { return .function(Function(overloads: overloads)) }
        default: break
        }
        // Every value has Swift's `description` (what print writes); instances with their own were found above.
        if name == "description", value.isDescribable { return .string(try value.exactDescription()) }
        if name == "debugDescription", value.isDescribable { return try StringConversions.reflecting(value) }
        throw noMember(value, name, span)
    }

    static func noMember(_ value: Value, _ name: String, _ span: SourceSpan) -> ScriptError {
        let suggestion = Suggestions.closest(to: name, among: memberNames(of: value))
        return ScriptError(kind: .name, message: Message.didYouMean(Message.noMember(value.typeName, name), suggestion), span: span)
    }

    /// Property and method names of a value's type (completion, "did you mean").
    static func memberNames(of value: Value) -> [String] {
        switch value {
        case .array: ["count", "isEmpty", "first", "last", "indices", "startIndex", "endIndex"] + Array(Methods.array.keys)
        case .string: ["count", "isEmpty", "first", "last", "startIndex", "endIndex", "utf8", "utf16", "unicodeScalars", "capitalized"]
            + Array(Methods.string.keys)
        case .dictionary: ["count", "isEmpty", "keys", "values", "first"] + Array(Methods.dictionary.keys)
        case .tuple(let tuple): tuple.labels.compactMap { $0 }
        case .range: ["lowerBound", "upperBound", "count", "isEmpty"] + Array(Methods.array.keys)
        case .double: ["isNaN", "isInfinite", "isFinite", "magnitude", "ulp"] + Array(Methods.double.keys)
        case .int: ["magnitude", "bitWidth", "nonzeroBitCount", "leadingZeroBitCount", "trailingZeroBitCount"]
            + Array(Methods.int.keys)
        case .character: CharacterMembers.propertyNames
        case .native(let object): object.memberNames
        case .type(let namespace): namespace.memberNames
        case .instance(let instance): instance.type.memberNames + (instance.type.kind == .enumeration ? ["rawValue"] : [])
        default: []
        }
    }

    static func tupleElement(_ value: Value, _ index: Int, _ span: SourceSpan) throws(ScriptError) -> Value {
        guard case .tuple(let tuple) = value, index >= 0, index < tuple.elements.count else {
            throw ScriptError(kind: .name, message: Message.noMember(value.typeName, String(index)), span: span)
        }
        return tuple.elements[index]
    }

    /// Calls method `name` on `receiver` (mutating methods change it in place).
    static func callMethod(_ receiver: inout Value, _ name: String, _ arguments: inout [Value], labels: [String?],
                           trailing: [Bool], nameSpan: SourceSpan, span: SourceSpan, rt: Runtime) throws(ScriptError) -> Value {
        if let result = try rt.callMember(&receiver, name, &arguments, labels: labels, trailing: trailing, span: span) {
            return result
        }
        if UserSequences.isSequence(receiver), Methods.array[name] != nil, !Methods.arrayMutates(name) {
            // A cell's own sequence: `s.prefix(3)`, `s.first(where:)` take what they need, the rest every element.
            if let result = try UserSequences.lazyCall(receiver, name, arguments, labels: labels, rt: rt, span: span) { return result }
            var elements = Value.array(try UserSequences.elements(of: receiver, rt: rt, span: span))
            return try callMethod(&elements, name, &arguments, labels: labels, trailing: trailing, nameSpan: nameSpan, span: span, rt: rt)
        }
        if SetMethods.isSet(receiver) {
            return try SetMethods.call(&receiver, name, &arguments, labels: labels, trailing: trailing,
                                       nameSpan: nameSpan, span: span, rt: rt)
        }
        if case .native(let object) = receiver {
            if let slice = object as? ArraySliceValue {
                return try SliceMethods.call(&receiver, slice, name, &arguments, labels: labels, trailing: trailing,
                                             nameSpan: nameSpan, span: span, rt: rt)
            }
            if let view = object as? StringViewValue, Methods.array[name] != nil {
                // `s.utf8.map { … }`, `s.unicodeScalars.filter { … }`: the view's elements as an array.
                var elements = Value.array(try view.elements())
                return try callMethod(&elements, name, &arguments, labels: labels, trailing: trailing, nameSpan: nameSpan, span: span, rt: rt)
            }
            if let overloads = object.method(name) {
                return try rt.callBuiltin(overloads, &arguments, labels: labels, trailing: trailing, span: span)
            }
            if let property = try? object.property(name) {
                return try rt.callValue(property, &arguments, labels: nil, trailing: trailing, span: span)
            }
            throw noMember(receiver, name, nameSpan)
        }
        if case .range(let range) = receiver, name == "map", arguments.count == 1, labels == [nil], let bounds = range.intRange {
            try Limits.checkAllocation(bounds.count)
            let transform = rt.caller1(arguments[0], span: span)
            var out: [Value] = []
            out.reserveCapacity(bounds.count)
            for index in bounds { out.append(try transform(.int(index))) }
            return .array(out)
        }
        // `r.contains(3)`; `r.contains { $0 > 3 }` (a trailing closure has no label) is `contains(where:)` below.
        if case .range(let range) = receiver, name == "contains", arguments.count == 1, labels == [nil], !arguments[0].isFunction {
            return .bool(Ranges.contains(range, arguments[0]))
        }
        if case .range = receiver, Methods.array[name] != nil {
            var asArray = Value.array(try Sequences.elements(of: receiver, span: span))
            return try callMethod(&asArray, name, &arguments, labels: labels, trailing: trailing, nameSpan: nameSpan, span: span, rt: rt)
        }
        if case .string(let text) = receiver, Methods.string[name] == nil, StringMethods.asCharacters.contains(name) {
            if let part = StringMethods.part(name, of: text, arguments, labels: labels) { return part }
            var characters = Value.array(try StringCharacters.values(of: text))
            let result = try callMethod(&characters, name, &arguments, labels: labels, trailing: trailing, nameSpan: nameSpan, span: span, rt: rt)
            if StringMethods.returningSubstrings.contains(name), let items = result.arrayElements {
                return .string(String(items.compactMap { if case .character(let c) = $0 { c } else { nil } }))
            }
            return result
        }
        if case .dictionary(let dict) = receiver, Methods.dictionary[name] == nil, Methods.array[name] != nil, !Methods.arrayMutates(name) {
            // A dictionary is a sequence of (key, value) pairs: `d.min { … }`, `d.first(where:)`, `d.reduce`.
            var pairs = Value.array(dict.pairs.map { DictionaryMethods.pair($0.key, $0.value) })
            return try callMethod(&pairs, name, &arguments, labels: labels, trailing: trailing, nameSpan: nameSpan, span: span, rt: rt)
        }
        if name == "map" || name == "flatMap", arguments.count == 1, receiver.isOptionalValue {
            guard case .wrapped(let inner) = receiver else { return .null }
            let result = try rt.caller1(arguments[0], span: span)(inner)
            if name == "flatMap" { return result }
            return result.asOptional
        }
        if case .tuple(let tuple) = receiver, let index = tuple.labels.firstIndex(of: name) {
            return try rt.callValue(tuple.elements[index], &arguments, labels: nil, trailing: trailing, span: span)
        }
        guard let overloads = Methods.table(for: receiver)[name] else { throw noMember(receiver, name, nameSpan) }
        let chosen: (Int, [ArgumentSource])
        switch CallMatching.choose(overloads.map(\.shapes), labels: labels, trailing: trailing) {
        case .success(let match): chosen = match
        case .failure(let error): throw error.located(at: span)
        }
        let method = overloads[chosen.0]
        var values: [Value] = []
        for (index, source) in chosen.1.enumerated() {
            switch source {
            case .argument(let argument): values.append(arguments[argument])
            case .variadic(let indices): values.append(.array(indices.map { arguments[$0] }))
            case .defaultValue: values.append(method.builtin.parameters[index].defaultValue?.make() ?? .void)
            }
        }
        var args = Arguments(values: values, parameters: method.builtin.parameters, span: span, interpreter: rt.interpreter)
        do throws(ScriptError) { return try method.body(&receiver, &args) } catch { throw error.located(at: span) }
    }
}

extension Value {
    /// An optional as Loupe marks it: `nil` or a wrapped value (what `map` on an optional receives).
    var isOptionalValue: Bool {
        switch self { case .null, .wrapped: true; default: false }
    }

    /// Whether `.description` reads the printed text (not for functions, types and void).
    var isDescribable: Bool {
        switch self {
        case .function, .type, .void, .symbol: false
        default: true
        }
    }
}
