/// One parameter of a builtin: label (`nil` for `_`), name, type text for signatures, default value.
public struct Parameter: Sendable {
    public var label: String?
    public var name: String
    public var type: String
    public var defaultValue: DefaultValue?
    public var isVariadic: Bool
    public var isInout: Bool

    /// A default that is a constant value, built each call (values are not Sendable).
    public struct DefaultValue: Sendable {
        let make: @Sendable () -> Value
        let text: String
        public init(_ text: String, _ make: @escaping @Sendable () -> Value) { self.text = text; self.make = make }
    }

    public init(_ label: String?, _ name: String? = nil, type: String = "Any", default defaultValue: DefaultValue? = nil,
                variadic: Bool = false, isInout: Bool = false) {
        self.label = label; self.name = name ?? label ?? "value"; self.type = type
        self.defaultValue = defaultValue; self.isVariadic = variadic; self.isInout = isInout
    }

    var signatureText: String {
        let head = label == nil ? "_ \(name)" : (label == name ? name : "\(label ?? "_") \(name)")
        var text = "\(head): " + (isInout ? "inout " : "") + type + (isVariadic ? "..." : "")
        if let defaultValue { text += " = \(defaultValue.text)" }
        return text
    }
}

/// The body of a builtin: receives arguments matched to its parameters (variadic ones as an array).
public typealias BuiltinBody = (inout Arguments) throws(ScriptError) -> Value

/// A function implemented in Swift: a name, labelled parameters, a one-line doc and the body.
/// Several builtins with one name are overloads, chosen by argument labels.
public struct Builtin {
    public var name: String
    public var parameters: [Parameter]
    public var returns: String
    public var doc: String
    public var body: BuiltinBody
    /// Optional allocation-free forms for one or two positional arguments (hot paths: `map(Double.init)`, `reduce(0, +)`).
    var unary: ((Value) throws(ScriptError) -> Value)?
    var binary: ((Value, Value) throws(ScriptError) -> Value)?

    public init(_ name: String, _ parameters: [Parameter] = [], returns: String = "Void", doc: String,
                body: @escaping BuiltinBody) {
        self.name = name; self.parameters = parameters; self.returns = returns; self.doc = doc
        self.body = body
    }

    /// `name(label:_:)`.
    public var signatureName: String { name + "(" + parameters.map { ($0.label ?? "_") + ":" }.joined() + ")" }

    /// `name(_ x: Double, bins: Int = 30) -> Chart`.
    public var signature: String {
        name + "(" + parameters.map(\.signatureText).joined(separator: ", ") + ")" + (returns == "Void" ? "" : " -> \(returns)")
    }
}

/// A type usable by name: initialisers (`Tensor(zeros:)`), static properties (`Double.pi`) and static methods
/// (`Dataset.moons(count:noise:seed:)`).
public final class TypeNamespace {
    public let name: String
    public let doc: String
    public var initializers: [Builtin]
    public var staticProperties: [String: () throws(ScriptError) -> Value]
    public var staticMethods: [String: [Builtin]]
    /// The cell-declared type this namespace stands for (`Point` in `let t = Point.self`); nil for library types.
    private(set) var declared: DeclaredType?

    init(name: String, doc: String, declared: DeclaredType) {
        self.name = name; self.doc = doc; self.declared = declared
        initializers = []; staticProperties = [:]; staticMethods = [:]
    }

    public init(name: String, doc: String, initializers: [Builtin] = [],
                staticProperties: [String: () throws(ScriptError) -> Value] = [:], staticMethods: [String: [Builtin]] = [:]) {
        self.name = name; self.doc = doc; self.initializers = initializers
        self.staticProperties = staticProperties; self.staticMethods = staticMethods
    }

    var memberNames: [String] {
        if let declared { return declared.staticMemberNames }
        return (Array(staticProperties.keys) + Array(staticMethods.keys)).sorted()
    }
}
