/// A `Unicode.Scalar` (`UnicodeScalar(65)`, an element of `s.unicodeScalars`): `value` is its UInt32 code point.
final class ScalarValue: NativeObject {
    let scalar: Unicode.Scalar

    init(_ scalar: Unicode.Scalar) { self.scalar = scalar }

    /// Swift's run-time name, as `type(of:)` prints it.
    var typeName: String { "Scalar" }
    var description: String { String(scalar) }
    var debugDescription: String { scalar.debugDescription }
    var memberNames: [String] { ["description", "isASCII", "value"] }

    func property(_ name: String) throws(ScriptError) -> Value? {
        switch name {
        case "value": IntegerValue.make("UInt32", Int128(scalar.value))
        case "isASCII": .bool(scalar.isASCII)
        default: nil
        }
    }

    /// A scalar, or a one-scalar string or character (a literal `"a"` in Swift).
    static func scalar(_ value: Value) -> Unicode.Scalar? {
        let text: String
        switch value {
        case .native(let object as ScalarValue): return object.scalar
        case .string(let string): text = string
        case .character(let character): text = String(character)
        default: return nil
        }
        guard text.unicodeScalars.count == 1 else { return nil }
        return text.unicodeScalars.first
    }

    func isEqual(to other: Value) -> Bool? { Self.scalar(other).map { $0 == scalar } }

    /// A scalar value, also inside an Optional: `Character(UnicodeScalar(65))` compiles in Swift (a literal picks the
    /// non-failable `init(_: UInt8)`), where Loupe's `UnicodeScalar(65)` is the Int initializer's optional.
    static func unwrapped(_ value: Value) -> Unicode.Scalar? {
        switch value {
        case .native(let object as ScalarValue): object.scalar
        case .wrapped(.native(let object as ScalarValue)): object.scalar
        default: nil
        }
    }
}

extension Value {
    var isStringView: Bool { if case .native(let object) = self { object is StringViewValue } else { false } }
    var isScalar: Bool { if case .native(let object) = self { object is ScalarValue } else { false } }
}

/// `s.utf8`, `s.utf16` and `s.unicodeScalars`: the string's code units or scalars as a collection (`count`, `first`,
/// `for b in s.utf8`, `Array(s.utf8)`, `map`, `prefix` … as an array of them); printing shows the string, as Swift.
final class StringViewValue: NativeObject {
    enum Encoding { case utf8, utf16, unicodeScalars }
    let text: String
    let encoding: Encoding

    init(_ text: String, _ encoding: Encoding) { self.text = text; self.encoding = encoding }

    /// Swift's run-time names, as `type(of:)` prints them.
    var typeName: String {
        switch encoding {
        case .utf8: "UTF8View"
        case .utf16: "UTF16View"
        case .unicodeScalars: "UnicodeScalarView"
        }
    }
    var description: String { text }
    var memberNames: [String] { ["count", "first", "isEmpty", "last"] + Methods.array.keys.sorted() }

    var count: Int {
        switch encoding {
        case .utf8: text.utf8.count
        case .utf16: text.utf16.count
        case .unicodeScalars: text.unicodeScalars.count
        }
    }

    /// The code units or scalars as values (each one an object: the memory budget is asked for them first).
    func elements() throws(ScriptError) -> [Value] {
        try Limits.checkAllocation(count, of: "a \(typeName)", stride: MemoryLayout<Value>.stride + 48)
        return switch encoding {
        case .utf8: text.utf8.map { IntegerValue.make("UInt8", Int128($0)) }
        case .utf16: text.utf16.map { IntegerValue.make("UInt16", Int128($0)) }
        case .unicodeScalars: text.unicodeScalars.map { .native(ScalarValue($0)) }
        }
    }

    func property(_ name: String) throws(ScriptError) -> Value? {
        switch name {
        case "count": return .int(count)
        case "isEmpty": return .bool(text.isEmpty)
        case "first": return end(first: true)
        case "last": return end(first: false)
        default: return nil
        }
    }

    /// `first` or `last` (computed alone, not from every element).
    private func end(first: Bool) -> Value {
        let found: Value? = switch encoding {
        case .utf8: (first ? text.utf8.first : text.utf8.last).map { IntegerValue.make("UInt8", Int128($0)) }
        case .utf16: (first ? text.utf16.first : text.utf16.last).map { IntegerValue.make("UInt16", Int128($0)) }
        case .unicodeScalars: (first ? text.unicodeScalars.first : text.unicodeScalars.last).map { .native(ScalarValue($0)) }
        }
        return found.map(Value.wrapped) ?? .null
    }

    func isEqual(to other: Value) -> Bool? {
        guard case .native(let object as StringViewValue) = other, object.encoding == encoding else { return nil }
        return object.text == text
    }
}
