/// Global functions of one cell that share a name and differ by argument labels or parameter types
/// (`area(side:)`, `area(width:height:)`, `show(_: Int)`, `show(_: String)`). A call picks the overload whose labels
/// match and whose parameter types take the arguments as they are, else one that takes them converted
/// (an Int literal where only a Double overload exists), else fails naming the function.
final class FunctionOverloads: NativeObject {
    let name: String
    let closures: [Closure]

    init(name: String, closures: [Closure]) { self.name = name; self.closures = closures }

    /// The set of `existing` (a function or an overload set) and the closure `added`.
    static func adding(_ added: Value, to existing: Value, name: String) -> Value {
        guard case .function(let function) = added, case .closure(let closure) = function.kind else { return added }
        switch existing {
        case .function(let earlier):
            guard case .closure(let first) = earlier.kind else { return added }
            return .native(FunctionOverloads(name: name, closures: [first, closure]))
        case .native(let set as FunctionOverloads): return .native(FunctionOverloads(name: name, closures: set.closures + [closure]))
        default: return added
        }
    }

    var typeName: String { "(overloaded function '\(name)')" }
    var description: String { "(Function)" }

    func callAsFunction(_ arguments: inout Arguments) throws(ScriptError) -> Value? {
        let labels = arguments.parameters.map(\.label), trailing = labels.map { _ in false }
        var byLabels: [(Closure, [ArgumentSource])] = []
        for closure in closures {
            if case .success(let sources) = CallMatching.match(closure.proto.shapes, labels: labels, trailing: trailing) {
                byLabels.append((closure, sources))
            }
        }
        let values = arguments.values
        let chosen = byLabels.first { Self.takesExactly($0.0.proto, $0.1, values) }
            ?? byLabels.first { Overloads.accepts($0.0.proto, $0.1, values, offset: 0) }
        guard let (closure, _) = chosen else { throw ScriptError(kind: .type, message: Message.noOverload(name)) }
        var passed = values
        let rt = arguments.interpreter.session.runtime
        let result = try rt.callClosure(closure, &passed, labels: labels, trailing: trailing,
                                        span: arguments.span ?? closure.proto.span)
        arguments.values = passed
        return result
    }

    /// Whether every argument has its parameter's type without a conversion.
    private static func takesExactly(_ proto: FunctionProto, _ sources: [ArgumentSource], _ arguments: [Value]) -> Bool {
        for (index, source) in sources.enumerated() {
            guard case .argument(let argument) = source, index < proto.parameterChecks.count,
                  let check = proto.parameterChecks[index] else { continue }
            let value = arguments[argument]
            if check.simple != 0 && check.simple != 5 { if !check.accepts(value) { return false } }
            else if check.apply(value) == nil { return false }
        }
        return true
    }
}
