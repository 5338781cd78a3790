/// Swift's literal typing where it shows in output: a collection literal mixing Int and Double elements is
/// `[Double]` (`[1, 2.5]` prints `[1.0, 2.5]`); one with a fixed-width integer or a Float among literals has that
/// type (`[Float(1), 2, 3]` is `[Float]`, `[UInt8(1), 2]` is `[UInt8]`).
enum Literals {
    static func unifyNumbers(_ elements: [Value]) -> [Value] {
        var sawDouble = false, sawInt = false
        var kind: KeyKind?
        for element in elements {
            switch element {
            case .double: sawDouble = true
            case .int: sawInt = true
            case .native(let object as IntegerValue):
                guard kind == nil || kind == .integer(object.kind) else { return elements }
                kind = .integer(object.kind)
            case .native(let object) where object is FloatValue:
                guard kind == nil || kind == .float else { return elements }
                kind = .float
            default: return elements
            }
        }
        if let kind {
            guard sawInt || sawDouble else { return elements }
            return elements.map { kind.converted($0) ?? $0 }
        }
        guard sawDouble && sawInt else { return elements }
        return elements.map { if case .int(let x) = $0 { .double(Double(x)) } else { $0 } }
    }

    static func unifyNumbers(_ dict: OrderedDictionary) -> OrderedDictionary {
        let values = unifyNumbers(dict.values)
        guard values.count == dict.count, zip(values, dict.values).contains(where: { !$0.isUnchanged(from: $1) }) else { return dict }
        var result = OrderedDictionary()
        for (key, value) in zip(dict.keys, values) { result.set(value, for: key) }
        return result
    }
}
