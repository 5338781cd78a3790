/// A run-time value of a Loupe cell. Int, Double and Bool are stored inline (no allocation);
/// arrays and strings are Swift's copy-on-write storage, so cells get value semantics for free.
///
/// `description` is Swift's `String(describing:)` / `print` text (`[1, 2, 3]`, `Optional(3)`, `1.0`);
/// `debugDescription` quotes strings and characters (`"hello"`). A cell's `text/plain` result is
/// `debugDescription` — what the Swift REPL shows — so strings appear quoted and everything else as `print` writes it.
public enum Value: CustomStringConvertible, CustomDebugStringConvertible {
    case void
    case int(Int)
    case double(Double)
    case bool(Bool)
    case string(String)
    case character(Character)
    case array([Value])
    case dictionary(OrderedDictionary)
    indirect case tuple(TupleValue)
    /// `Optional.some`; `null` is `nil`.
    indirect case wrapped(Value)
    case null
    indirect case range(RangeValue)
    case function(Function)
    /// An implicit member expression such as `.auto` or `.viridis`, for builtins to read.
    case symbol(String)
    /// A type used as a value (`Double`, `Dataset`): its static members and initialisers.
    case type(TypeNamespace)
    /// A value of a type the Prelude (or a test) defines.
    case native(any NativeObject)
    /// A value of a type a cell declares: a struct, class or enum (see `Instance`).
    case instance(Instance)
}

/// A tuple's elements and optional labels (`(x: 1, y: 2)`).
public struct TupleValue {
    public var elements: [Value]
    public var labels: [String?]
    public init(elements: [Value], labels: [String?]? = nil) {
        self.elements = elements
        self.labels = labels ?? Array(repeating: nil, count: elements.count)
    }
}

/// `lower..<upper` or `lower...upper`, over Int or Double bounds.
public struct RangeValue {
    public var lower: Value
    public var upper: Value
    public var isClosed: Bool
    public init(lower: Value, upper: Value, isClosed: Bool) { self.lower = lower; self.upper = upper; self.isClosed = isClosed }

    /// The Int bounds as a half-open Swift range, when both bounds are Int, the range is valid and its
    /// count fits in an Int (so `count` never traps).
    var intRange: Range<Int>? {
        guard case .int(let low) = lower, case .int(var high) = upper else { return nil }
        if isClosed {
            guard high < Int.max else { return nil }
            high += 1
        }
        guard low <= high, !high.subtractingReportingOverflow(low).overflow else { return nil }
        return low..<high
    }
}

extension Value {
    /// The Swift-style type name used in messages (`Int`, `[Double]`, `[String: Int]`, `Optional<Int>`).
    public var typeName: String {
        switch self {
        case .void: "()"
        case .int: "Int"
        case .double: "Double"
        case .bool: "Bool"
        case .string: "String"
        case .character: "Character"
        case .array(let items): "[\(items.first?.typeName ?? "Any")]"
        case .dictionary(let dict):
            "[\(dict.first?.key.value.typeName ?? "AnyHashable"): \(dict.first?.value.typeName ?? "Any")]"
        case .tuple(let tuple):
            "(" + zip(tuple.labels, tuple.elements).map { ($0.map { "\($0): " } ?? "") + $1.typeName }
                .joined(separator: ", ") + ")"
        case .wrapped(let inner): "Optional<\(inner.typeName)>"
        case .null: "Optional<Any>"
        case .range(let range): (range.isClosed ? "ClosedRange<" : "Range<") + range.lower.typeName + ">"
        case .function(let function): function.typeDescription
        case .symbol: "Symbol"
        case .type(let namespace): "\(namespace.name).Type"
        case .native(let object): object.typeName
        case .instance(let instance): instance.typeName
        }
    }

    var isVoid: Bool { if case .void = self { true } else { false } }
    var isFunction: Bool { if case .function = self { true } else { false } }

    /// Whether the value is `nil` or `Optional(…)`.
    var isOptional: Bool {
        switch self { case .wrapped, .null: true; default: false }
    }

    /// Wraps in `Optional` unless already optional (Swift flattens optional chaining this way).
    var asOptional: Value { isOptional ? self : .wrapped(self) }
}
