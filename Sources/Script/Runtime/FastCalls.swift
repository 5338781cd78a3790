/// Calls from builtins back into functions (`map`, `filter`, `reduce`): a direct path for user closures of
/// matching arity and for single-overload positional builtins; everything else goes through `callValue`.
extension Runtime {
    func call(_ function: Value, _ arguments: [Value], span: SourceSpan?) throws(ScriptError) -> Value {
        let span = span ?? SourceSpan(cell: 0, start: 0, end: 0)
        if case .function(let wrapper) = function {
            switch wrapper.kind {
            case .closure(let closure):
                let proto = closure.proto
                var arguments = arguments
                if proto.labels.count > 1, arguments.count == 1, case .tuple(let tuple) = arguments[0],
                   tuple.elements.count == proto.labels.count {
                    arguments = tuple.elements
                }
                if arguments.count == proto.labels.count, proto.variadicParameter == nil, !proto.hasInout {
                    let base = top
                    reserveStack(base + arguments.count + 1)
                    top = base + arguments.count
                    for (index, value) in arguments.enumerated() { stack[base + index] = value }
                    return try invoke(closure, base: base, span: span)
                }
                var values = arguments
                return try callClosure(closure, &values, labels: nil, trailing: values.map { _ in false }, span: span)
            case .builtin(let overloads):
                if overloads.count == 1, overloads[0].parameters.count == arguments.count,
                   overloads[0].parameters.allSatisfy({ $0.label == nil && !$0.isVariadic && !$0.isInout }) {
                    var args = Arguments(values: arguments, parameters: overloads[0].parameters, span: span, interpreter: interpreter)
                    do throws(ScriptError) { return try overloads[0].body(&args) } catch { throw error.located(at: span) }
                }
            }
        }
        var values = arguments
        return try callValue(function, &values, labels: nil, trailing: values.map { _ in false }, span: span)
    }

    /// A predicate's answer, which must be a Bool.
    func test(_ function: Value, _ arguments: [Value], span: SourceSpan?) throws(ScriptError) -> Bool {
        let result = try call(function, arguments, span: span)
        guard case .bool(let flag) = result else {
            throw ScriptError(kind: .type, message: "cannot convert value of type '\(result.typeName)' to closure result type 'Bool'", span: span)
        }
        return flag
    }
}

extension Arguments {
    /// Calls a function argument (a closure passed to this builtin).
    public func call(_ function: Value, _ values: [Value]) throws(ScriptError) -> Value {
        try interpreter.session.runtime.call(function, values, span: span)
    }

    func test(_ function: Value, _ values: [Value]) throws(ScriptError) -> Bool {
        try interpreter.session.runtime.test(function, values, span: span)
    }
}

/// Sorting with a throwing comparison (the first error wins).
enum Sorting {
    static func sorted(_ items: [Value], by less: (Value, Value) throws(ScriptError) -> Bool) throws(ScriptError) -> [Value] {
        var failure: ScriptError?
        let result = items.sorted { a, b in
            if failure != nil { return false }
            do throws(ScriptError) { return try less(a, b) } catch { failure = error; return false }
        }
        if let failure { throw failure }
        return result
    }

    static func natural(_ a: Value, _ b: Value) throws(ScriptError) -> Bool {
        guard let result = Operators.lessIfComparable(a, b) else {
            throw ScriptError(kind: .type, message: "cannot compare values of type '\(a.typeName)' and '\(b.typeName)'")
        }
        return result
    }
}
