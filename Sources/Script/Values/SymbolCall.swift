/// An implicit member called with arguments, `.stepDecay(initial: 0.1, factor: 0.5, every: 10)`:
/// an enum case with associated values for builtins that take one (`fit(learningRate:)`), read
/// by the builtin (`case .native(let call as SymbolCall)`).
public final class SymbolCall: NativeObject {
    public let name: String
    /// The argument labels (nil for none) and values, in order.
    public let labels: [String?]
    public let values: [Value]

    public init(name: String, labels: [String?], values: [Value]) {
        self.name = name
        self.labels = labels
        self.values = values
    }

    public var typeName: String { "Symbol" }

    public var description: String {
        let arguments = zip(labels, values).map { label, value in (label.map { $0 + ": " } ?? "") + value.debugDescription }
        return "." + name + "(" + arguments.joined(separator: ", ") + ")"
    }

    /// The value labelled `label`, or nil.
    public func value(_ label: String) -> Value? {
        labels.firstIndex(of: label).map { values[$0] }
    }

    public func isEqual(to other: Value) -> Bool? {
        guard case .native(let call as SymbolCall) = other else { return false }
        return call.name == name && call.labels == labels
            && zip(call.values, values).allSatisfy { Operators.equalIfComparable($0, $1) == true }
    }
}
