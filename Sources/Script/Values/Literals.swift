/// Swift's literal typing where it shows in output: a collection literal mixing Int and Double elements is
/// `[Double]` (`[1, 2.5]` prints `[1.0, 2.5]`).
enum Literals {
    static func unifyNumbers(_ elements: [Value]) -> [Value] {
        var sawDouble = false, sawInt = false
        for element in elements {
            switch element {
            case .double: sawDouble = true
            case .int: sawInt = true
            default: return elements
            }
        }
        guard sawDouble && sawInt else { return elements }
        return elements.map { if case .int(let x) = $0 { .double(Double(x)) } else { $0 } }
    }

    static func unifyNumbers(_ dict: OrderedDictionary) -> OrderedDictionary {
        let values = unifyNumbers(dict.values)
        guard values.count == dict.count, case .double = values.first ?? .void else { return dict }
        var result = OrderedDictionary()
        for (key, value) in zip(dict.keys, values) { result.set(value, for: key) }
        return result
    }
}
