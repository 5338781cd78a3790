/// A function value: a user closure, a set of builtin overloads, or a method bound to its receiver.
public final class Function {
    enum Kind {
        case closure(Closure)
        case builtin([Builtin])
    }
    let kind: Kind
    init(_ kind: Kind) { self.kind = kind }

    /// Wraps builtin overloads as a function value (so they can be passed around: `map(sqrt)`).
    public convenience init(overloads: [Builtin]) { self.init(.builtin(overloads)) }

    var typeDescription: String {
        switch kind {
        case .closure(let closure):
            "(" + closure.proto.parameterTypes.joined(separator: ", ") + ") -> " + closure.proto.returnTypeText
        case .builtin(let overloads): overloads.first.map { "(" + $0.parameters.map(\.type).joined(separator: ", ") + ") -> " + $0.returns } ?? "()"
        }
    }

    /// The name users see in frames and inspect (`train(steps:)`).
    var displayName: String {
        switch kind {
        case .closure(let closure): closure.proto.signatureName
        case .builtin(let overloads): overloads.first?.signatureName ?? "function"
        }
    }
}

/// A user function or closure with its captured variables.
final class Closure {
    /// Not retained on every call: `owner` keeps it alive, and the session frees no proto while a cell runs.
    unowned(unsafe) let proto: FunctionProto
    let captures: [Box]
    private let owner: FunctionProto
    init(proto: FunctionProto, captures: [Box]) { self.proto = proto; self.captures = captures; owner = proto }
}
