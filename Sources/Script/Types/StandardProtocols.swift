/// The standard library's protocols as Loupe knows them: which built-in values conform to which, so generic
/// constraints (`<T: Comparable>`), `is`/`as?` and `extension Numeric { … }` work on built-in values too.
enum StandardProtocols {
    static let integer = ["Equatable", "Hashable", "Comparable", "Numeric", "AdditiveArithmetic", "SignedNumeric",
                          "BinaryInteger", "SignedInteger", "FixedWidthInteger", "Strideable", "CustomStringConvertible",
                          "LosslessStringConvertible", "Codable", "Encodable", "Decodable", "Sendable"]
    static let floating = ["Equatable", "Hashable", "Comparable", "Numeric", "AdditiveArithmetic", "SignedNumeric",
                           "FloatingPoint", "BinaryFloatingPoint", "Strideable", "CustomStringConvertible",
                           "LosslessStringConvertible", "Codable", "Encodable", "Decodable", "Sendable"]
    static let string = ["Equatable", "Hashable", "Comparable", "Sequence", "Collection", "BidirectionalCollection",
                         "StringProtocol", "CustomStringConvertible", "LosslessStringConvertible", "Codable", "Encodable",
                         "Decodable", "Sendable", "RangeReplaceableCollection"]
    static let collection = ["Sequence", "Collection", "BidirectionalCollection", "RandomAccessCollection",
                             "MutableCollection", "RangeReplaceableCollection", "CustomStringConvertible", "Sendable"]

    /// Every standard protocol name a cell may write in a conformance or constraint.
    static let names: Set<String> = Set(integer + floating + string + collection + [
        "CustomDebugStringConvertible", "Error", "CaseIterable", "RawRepresentable", "Identifiable", "AnyObject",
        "IteratorProtocol", "ExpressibleByIntegerLiteral", "ExpressibleByFloatLiteral", "ExpressibleByStringLiteral",
        "ExpressibleByArrayLiteral", "ExpressibleByDictionaryLiteral", "ExpressibleByBooleanLiteral",
        "ExpressibleByNilLiteral", "TextOutputStream", "TextOutputStreamable", "Any", "CVarArg",
        "UnsignedInteger", "SetAlgebra", "OptionSet", "Actor",
    ])

    /// The standard protocols a built-in value conforms to.
    static func conformances(of value: Value) -> [String] {
        switch value {
        case .int: integer
        case .double: floating
        case .string: string
        case .character: ["Equatable", "Hashable", "Comparable", "CustomStringConvertible", "Sendable", "Codable"]
        case .bool: ["Equatable", "Hashable", "CustomStringConvertible", "LosslessStringConvertible", "Codable", "Sendable"]
        case .array(let items):
            collection + (items.first.map { elementConformances($0) } ?? ["Equatable", "Hashable", "Codable"])
        case .dictionary: collection.filter { $0 != "RandomAccessCollection" && $0 != "MutableCollection" } + ["Equatable"]
        case .range: ["Sequence", "Collection", "BidirectionalCollection", "RandomAccessCollection", "Equatable", "Hashable", "CustomStringConvertible"]
        case .tuple: []
        case .wrapped(let inner): ["ExpressibleByNilLiteral"] + elementConformances(inner)
        case .null: ["ExpressibleByNilLiteral", "Equatable", "Hashable"]
        default: []
        }
    }

    /// Equatable/Hashable/Codable follow the elements of a collection or optional.
    private static func elementConformances(_ element: Value) -> [String] {
        let inner = Set(conformances(of: element))
        return ["Equatable", "Hashable", "Codable"].filter {
            inner.contains($0) || (element.declaredType?.conforms(to: $0) ?? false)
        }
    }

    /// Whether `value` conforms to the protocol (standard or declared) called `name`.
    static func conforms(_ value: Value, to name: String, registry: TypeRegistry) -> Bool {
        if name == "Any" { return true }
        if let type = value.declaredType {
            if name == "AnyObject" { return type.isReference }
            return type.conforms(to: name)
        }
        if conformances(of: value).contains(name) { return true }
        if case .native = value, name == "AnyObject" { return true }
        return registry.extensions(for: value).contains { $0.conforms(to: name) }
    }
}
