/// Swift's `String.Index` (`s.startIndex`, `s.index(i, offsetBy: 2)`, `s.firstIndex(of: "l")`), as a count of
/// characters from the start: `s[i]` is a Character, `s[i..<j]` a string, indices compare with `<` and `==`.
final class StringIndexValue: NativeObject {
    let offset: Int

    init(_ offset: Int) { self.offset = offset }

    var typeName: String { "String.Index" }
    var description: String { "Index(offset: \(offset))" }

    func isEqual(to other: Value) -> Bool? { Self.offset(of: other).map { $0 == offset } }

    static func offset(of value: Value) -> Int? {
        if case .native(let object) = value, let index = object as? StringIndexValue { return index.offset }
        return nil
    }

    /// A range of string indices as a range of character offsets (`s[i..<j]`, `s[i...]`), or nil.
    static func offsets(_ range: RangeValue) -> RangeValue? {
        let lower = offset(of: range.lower), upper = offset(of: range.upper)
        guard lower != nil || upper != nil else { return nil }
        return RangeValue(lower: lower.map(Value.int) ?? range.lower, upper: upper.map(Value.int) ?? range.upper,
                          isClosed: range.isClosed)
    }
}
