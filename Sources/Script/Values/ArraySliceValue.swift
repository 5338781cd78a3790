/// Swift's `ArraySlice`: `a[2..<4]`, `a.dropFirst()`, `a.suffix(2)`. It prints like an array but keeps its parent's
/// indices: `a[2..<4][2]` is `a[2]`, `startIndex` is 2 and `a[2..<4][0]` is an error naming the slice's bounds.
/// `Array(slice)` re-indexes from 0. Methods other than the ones about indices run on the elements as on an array.
final class ArraySliceValue: NativeObject {
    /// The index of `items[0]` in the parent.
    let start: Int
    var items: [Value]

    init(start: Int, items: [Value]) { self.start = start; self.items = items }

    var end: Int { start + items.count }
    var typeName: String { "ArraySlice<\(items.first?.typeName ?? "Any")>" }
    var description: String { Value.array(items).description }
    /// `debugPrint`, a cell's result and an element of a printed collection: `ArraySlice([2, 3])`, as Swift writes it.
    var debugDescription: String { "ArraySlice(\(Value.array(items).debugDescription))" }
    var memberNames: [String] {
        ["count", "isEmpty", "first", "last", "indices", "startIndex", "endIndex", "popFirst"] + Array(Methods.array.keys)
    }

    func property(_ name: String) throws(ScriptError) -> Value? {
        switch name {
        case "count": .int(items.count)
        case "isEmpty": .bool(items.isEmpty)
        case "first": items.first.map(Value.wrapped) ?? .null
        case "last": items.last.map(Value.wrapped) ?? .null
        case "startIndex": .int(start)
        case "endIndex": .int(end)
        case "indices": .range(RangeValue(lower: .int(start), upper: .int(end), isClosed: false))
        case "lazy": .native(self)
        default: nil
        }
    }

    func subscriptGet(_ arguments: Arguments) throws(ScriptError) -> Value? {
        guard arguments.values.count == 1 else { return nil }
        switch arguments[0] {
        case .int(let index): return items[try offset(of: index)]
        case .range(let range):
            let bounds = try Subscripts.bounds(range, within: start..<end, sliceOf: self)
            return .native(ArraySliceValue(start: bounds.lowerBound, items: Array(items[(bounds.lowerBound - start)..<(bounds.upperBound - start)])))
        default: return nil
        }
    }

    func subscriptSet(_ arguments: Arguments, to newValue: Value,
                      isUniquelyReferenced: Bool) throws(ScriptError) -> (any NativeObject)? {
        guard arguments.values.count == 1 else { return nil }
        let target = isUniquelyReferenced ? self : ArraySliceValue(start: start, items: items)
        switch arguments[0] {
        case .int(let index): target.items[try offset(of: index)] = newValue
        case .range(let range):
            let bounds = try Subscripts.bounds(range, within: start..<end, sliceOf: self)
            guard let replacement = newValue.arrayElements else {
                throw ScriptError(kind: .type, message: Message.convert(newValue.typeName, to: typeName))
            }
            try Limits.checkAllocation(items.count - bounds.count + replacement.count)
            target.items.replaceSubrange((bounds.lowerBound - start)..<(bounds.upperBound - start), with: replacement)
        default: return nil
        }
        return target
    }

    /// `slice + other` keeps the slice's start (Swift appends to the left operand); `array + slice` is an array.
    func binaryOperator(_ op: String, other: Value, selfOnLeft: Bool) throws(ScriptError) -> Value? {
        guard op == "+", let more = other.arrayElements else { return nil }
        try Limits.checkAllocation(items.count + more.count)
        if selfOnLeft { return .native(ArraySliceValue(start: start, items: items + more)) }
        return .array(more + items)
    }

    func isEqual(to other: Value) -> Bool? {
        guard let elements = other.arrayElements else { return nil }
        return elements.count == items.count && zip(items, elements).allSatisfy { Operators.equalIfComparable($0, $1) ?? false }
    }

    /// The position in `items` of a parent index, or the error naming the index and the slice's bounds.
    func offset(of index: Int) throws(ScriptError) -> Int {
        guard index >= start, index < end else {
            throw ScriptError(kind: .runtime, message: Message.sliceIndexOutOfRange(index, start, end))
        }
        return index - start
    }
}

extension Value {
    /// The elements of an array or an array slice (`xs.prefix(3)`, `xs[2...]`): what a builtin taking "an array"
    /// should read, so a slice is accepted wherever an array is.
    public var arrayElements: [Value]? {
        switch self {
        case .array(let items): items
        case .native(let object): (object as? ArraySliceValue)?.items
        default: nil
        }
    }

    /// `items[bounds]` as a slice keeping the parent's indices.
    static func slice(_ items: [Value], _ bounds: Range<Int>) -> Value {
        .native(ArraySliceValue(start: bounds.lowerBound, items: Array(items[bounds])))
    }
}
