/// Methods on array slices. A slice's methods run on its elements as an array's do; the ones
/// about indices are translated to the parent's indices (`firstIndex`, `swapAt`, `insert(_:at:)`, `remove(at:)`),
/// the ones returning a part keep them, and `removeFirst` moves the start.
enum SliceMethods {
    /// Parts starting where the receiver starts.
    static let leadingParts: Set<String> = ["prefix", "dropLast"]
    /// Parts ending where the receiver ends.
    static let trailingParts: Set<String> = ["suffix", "dropFirst", "drop"]
    static let indexResults: Set<String> = ["firstIndex", "lastIndex"]
    /// Mutating methods slices have and arrays do not.
    static let mutatingNames: Set<String> = ["popFirst"]

    /// An array method's result (run on the slice's elements) for the slice whose indices are `start ..< start + count`.
    static func retype(_ name: String, _ result: Value, start: Int, count: Int) -> Value {
        if let items = result.arrayElements {
            if leadingParts.contains(name) { return .native(ArraySliceValue(start: start, items: items)) }
            if trailingParts.contains(name) { return .native(ArraySliceValue(start: start + count - items.count, items: items)) }
        }
        if start != 0, indexResults.contains(name), case .wrapped(.int(let index)) = result { return .wrapped(.int(index + start)) }
        return result
    }

    static func call(_ receiver: inout Value, _ slice: ArraySliceValue, _ name: String, _ arguments: inout [Value],
                     labels: [String?], trailing: [Bool], nameSpan: SourceSpan, span: SourceSpan, rt: Runtime) throws(ScriptError) -> Value {
        let start = slice.start, count = slice.items.count
        if name == "popFirst", arguments.isEmpty {
            guard let first = slice.items.first else { return .null }
            receiver = .native(ArraySliceValue(start: start + 1, items: Array(slice.items.dropFirst())))
            return .wrapped(first)
        }
        if start != 0 {
            for (position, label) in labels.enumerated() where name == "swapAt" || (label == "at" && (name == "insert" || name == "remove")) {
                guard position < arguments.count, case .int(let index) = arguments[position] else { continue }
                if !(name == "insert" && index == slice.end) {
                    do throws(ScriptError) { _ = try slice.offset(of: index) } catch { throw error.located(at: span) }
                }
                arguments[position] = .int(index - start)
            }
        }
        var elements = Value.array(slice.items)
        let result = try Members.callMethod(&elements, name, &arguments, labels: labels, trailing: trailing,
                                            nameSpan: nameSpan, span: span, rt: rt)
        if Methods.arrayMutates(name), let changed = elements.arrayElements {
    let newStart = name == "removeFirst" ? start + count - changed.count : start
            receiver = .native(ArraySliceValue(start: newStart, items: changed))
        }
        return retype(name, result, start: start, count: count)
    }
}
