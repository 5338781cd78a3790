/// Calls from builtins back into functions (`map`, `filter`, `reduce`): a direct path for user closures of
/// matching arity and for single-overload positional builtins; everything else goes through `callValue`.
extension Runtime {
    /// A user closure of exactly this arity, or nil.
    @inline(__always)
    private func directClosure(_ function: Value, arity: Int) -> Closure? {
        guard case .function(let wrapper) = function, case .closure(let closure) = wrapper.kind else { return nil }
        let proto = closure.proto
        return proto.labels.count == arity && proto.variadicParameter == nil && !proto.hasInout ? closure : nil
    }

    /// A Swift function that calls `function` with one argument, resolved once (the loops of map, filter …).
    func caller1(_ function: Value, span: SourceSpan?) -> (Value) throws(ScriptError) -> Value {
        if let closure = directClosure(function, arity: 1) {
            let span = span ?? closure.proto.span
            if closure.proto.isSimple, case .function(let wrapper) = function {
                let owner = DirectTarget(function: wrapper, proto: closure.proto)
                // The Runtime is reached through Unmanaged and the target through this closure's own
                // context, so a call retains neither.
                let runtime = Unmanaged.passUnretained(self)
                return { a throws(ScriptError) in
                    do {
                        return try runtime._withUnsafeGuaranteedRef { try $0.callSimple(owner, closure, a, span: span) }
                    } catch let error as ScriptError {
                        throw error
                    } catch {
                        throw ScriptError(kind: .runtime, message: "\(error)", span: span)
                    }
                }
            }
            return { [unowned(unsafe) self] a throws(ScriptError) in
                let base = self.openFrame(arguments: 1)
                self.stack[base] = a
                return try self.invoke(closure, base: base, span: span)
            }
        }
        return { [unowned(unsafe) self] a throws(ScriptError) in try self.call1(function, a, span: span) }
    }

    /// A Swift function that calls `function` with two arguments, resolved once (reduce, sorted(by:)).
    func caller2(_ function: Value, span: SourceSpan?) -> (Value, Value) throws(ScriptError) -> Value {
        if let closure = directClosure(function, arity: 2) {
            let span = span ?? closure.proto.span
            return { [unowned(unsafe) self] a, b throws(ScriptError) in
                let base = self.openFrame(arguments: 2)
                self.stack[base] = a
                self.stack[base + 1] = b
                return try self.invoke(closure, base: base, span: span)
            }
        }
        if case .function(let wrapper) = function, case .builtin(let overloads) = wrapper.kind,
           overloads.count == 1, let binary = overloads[0].binary {
            let location = span ?? SourceSpan(cell: 0, start: 0, end: 0)
            return { a, b throws(ScriptError) in
                do throws(ScriptError) { return try binary(a, b) } catch { throw error.located(at: location) }
            }
        }
        return { [unowned(unsafe) self] a, b throws(ScriptError) in try self.call2(function, a, b, span: span) }
    }

    /// Calls a one-argument function without building an argument array.
    func call1(_ function: Value, _ a: Value, span: SourceSpan?) throws(ScriptError) -> Value {
        if let closure = directClosure(function, arity: 1) {
            let base = openFrame(arguments: 1)
            stack[base] = a
            return try invoke(closure, base: base, span: span ?? closure.proto.span)
        }
        if case .function(let wrapper) = function, case .builtin(let overloads) = wrapper.kind,
           overloads.count == 1, let unary = overloads[0].unary {
            do throws(ScriptError) { return try unary(a) } catch { throw error.located(at: span ?? SourceSpan(cell: 0, start: 0, end: 0)) }
        }
        return try call(function, [a], span: span)
    }

    /// Calls a two-argument function without building an argument array.
    func call2(_ function: Value, _ a: Value, _ b: Value, span: SourceSpan?) throws(ScriptError) -> Value {
        if let closure = directClosure(function, arity: 2) {
            let base = openFrame(arguments: 2)
            stack[base] = a
            stack[base + 1] = b
            return try invoke(closure, base: base, span: span ?? closure.proto.span)
        }
        if case .function(let wrapper) = function, case .builtin(let overloads) = wrapper.kind,
           overloads.count == 1, let binary = overloads[0].binary {
            do throws(ScriptError) { return try binary(a, b) } catch { throw error.located(at: span ?? SourceSpan(cell: 0, start: 0, end: 0)) }
        }
        return try call(function, [a, b], span: span)
    }

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
                    let base = openFrame(arguments: arguments.count)
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
        let rt = interpreter.session.runtime
        switch values.count {
        case 1: return try rt.call1(function, values[0], span: span)
        case 2: return try rt.call2(function, values[0], values[1], span: span)
        default: return try rt.call(function, values, span: span)
        }
    }

    /// Calls a one-argument function argument (no array built).
    public func call1(_ function: Value, _ a: Value) throws(ScriptError) -> Value {
        try interpreter.session.runtime.call1(function, a, span: span)
    }

    /// Calls a two-argument function argument (no array built).
    public func call2(_ function: Value, _ a: Value, _ b: Value) throws(ScriptError) -> Value {
        try interpreter.session.runtime.call2(function, a, b, span: span)
    }

    /// `function` resolved once as a one-argument Swift function.
    public func caller1(_ function: Value) -> (Value) throws(ScriptError) -> Value {
        interpreter.session.runtime.caller1(function, span: span)
    }

    /// `function` resolved once as a two-argument Swift function.
    public func caller2(_ function: Value) -> (Value, Value) throws(ScriptError) -> Value {
        interpreter.session.runtime.caller2(function, span: span)
    }

    /// `function` resolved once as a predicate.
    func predicate(_ function: Value) -> (Value) throws(ScriptError) -> Bool {
        let call = caller1(function)
        let span = self.span
        return { value throws(ScriptError) in
            let result = try call(value)
            guard case .bool(let flag) = result else {
                throw ScriptError(kind: .type, message: "cannot convert value of type '\(result.typeName)' to closure result type 'Bool'", span: span)
            }
            return flag
        }
    }

    func test1(_ function: Value, _ a: Value) throws(ScriptError) -> Bool {
        let result = try call1(function, a)
        guard case .bool(let flag) = result else {
            throw ScriptError(kind: .type, message: "cannot convert value of type '\(result.typeName)' to closure result type 'Bool'", span: span)
        }
        return flag
    }

    func test(_ function: Value, _ values: [Value]) throws(ScriptError) -> Bool {
        let result = try call(function, values)
        guard case .bool(let flag) = result else {
            throw ScriptError(kind: .type, message: "cannot convert value of type '\(result.typeName)' to closure result type 'Bool'", span: span)
        }
        return flag
    }
}
