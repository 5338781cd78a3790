/// Calling any callable value with evaluated arguments: user closures, builtins, native callables, types.
extension Runtime {
    /// Calls `callee`; `arguments` receives the final values of inout parameters (by argument index).
    func callValue(_ callee: Value, _ arguments: inout [Value], labels: [String?]?, trailing: [Bool],
                   span: SourceSpan) throws(ScriptError) -> Value {
        switch callee {
        case .function(let function):
            switch function.kind {
            case .closure(let closure):
                return try callClosure(closure, &arguments, labels: labels, trailing: trailing, span: span)
            case .builtin(let overloads):
                return try callBuiltin(overloads, &arguments, labels: labels ?? arguments.map { _ in nil },
                                       trailing: trailing, span: span)
            }
        case .type(let namespace):
            guard !namespace.initializers.isEmpty else {
                throw ScriptError(kind: .type, message: "type '\(namespace.name)' cannot be constructed", span: span)
            }
            return try callBuiltin(namespace.initializers, &arguments, labels: labels ?? arguments.map { _ in nil },
                                   trailing: trailing, span: span)
        case .native(let object):
            let parameters = (labels ?? arguments.map { _ in nil }).map { Parameter($0, $0 ?? "value") }
            var args = Arguments(values: arguments, parameters: parameters, span: span, interpreter: interpreter)
            let result: Value?
            do throws(ScriptError) { result = try object.callAsFunction(&args) } catch { throw error.located(at: span) }
            guard let result else { throw ScriptError(kind: .type, message: Message.notCallable(callee.typeName), span: span) }
            if interrupt.isRequested { try checkInterrupt(at: span) }
            arguments = args.values
            return result
        default:
            throw ScriptError(kind: .type, message: Message.notCallable(callee.typeName), span: span)
        }
    }

    /// A user function: labels checked when `labels` is given (a call by the function's name).
    /// A method of a declared type gets its `receiver` as the hidden first parameter `self`; a mutating
    /// method's final `self` is written back to `receiver`.
    func callClosure(_ closure: Closure, _ arguments: inout [Value], labels: [String?]?, trailing: [Bool],
                     span: SourceSpan, receiver: UnsafeMutablePointer<Value>? = nil) throws(ScriptError) -> Value {
        let proto = closure.proto
        let offset = receiver == nil ? 0 : 1
        let sources: [ArgumentSource]
        if let labels {
            switch CallMatching.match(Array(proto.shapes.dropFirst(offset)), labels: labels, trailing: trailing) {
            case .success(let matched): sources = matched
            case .failure(let error): throw error.located(at: span)
            }
        } else {
            let count = proto.labels.count - offset
            guard arguments.count == count || proto.variadicParameter != nil else {
                let message = arguments.count > count ? Message.extraArguments(arguments.count - count)
                    : Message.missingArgument(proto.parameterNames[arguments.count + offset])
                throw ScriptError(kind: .type, message: message, span: span)
            }
            sources = (0..<count).map { index in
                proto.variadicParameter == index + offset ? .variadic(Array(index..<arguments.count)) : .argument(index)
            }
        }
        let base = openFrame(arguments: sources.count + offset)
        if proto.hasInout { inoutResults = [] }
        defer { if proto.hasInout { moveInoutResults(proto, sources, offset: offset, base: base, into: &arguments) } }
        for (index, source) in sources.enumerated() {
            let value: Value
            switch source {
            case .argument(let argument):
                value = proto.hasInout && proto.inoutParameters[index + offset] ? Value.take(&arguments[argument]) : arguments[argument]
            case .variadic(let indices): value = .array(indices.map { arguments[$0] })
            case .defaultValue:
                value = try oneCallDeeper(at: span) { () throws(ScriptError) in
                    try proto.defaults[index + offset].map { (eval) throws(ScriptError) in try eval(self) } ?? .void
                }
            }
            stack[base + offset + index] = value
        }
        if let receiver { stack[base] = proto.returnsSelf ? receiver.move() : receiver.pointee }
        defer { if let receiver, proto.returnsSelf { receiver.initialize(to: takeSelfResult(base: base)) } }
        return try invoke(closure, base: base, span: span)
    }

    /// Moves the final values of a call's inout parameters back into its arguments. When the call failed before
    /// its frame ran, the values are still in the argument slots and are moved from there.
    private func moveInoutResults(_ proto: FunctionProto, _ sources: [ArgumentSource], offset: Int, base: Int,
                                  into arguments: inout [Value]) {
        let ran = inoutResults.count == sources.count + offset
        for (index, source) in sources.enumerated() where proto.inoutParameters[index + offset] {
            guard case .argument(let argument) = source else { continue }
            arguments[argument] = ran ? Value.take(&inoutResults[index + offset]) : Value.take(&stack[base + offset + index])
        }
        if !ran { top = base }
    }

    /// Builtin overloads chosen by labels; inout parameters written back into `arguments`.
    func callBuiltin(_ overloads: [Builtin], _ arguments: inout [Value], labels: [String?], trailing: [Bool],
                     span: SourceSpan) throws(ScriptError) -> Value {
        let candidates: [(Int, [ArgumentSource])]
        switch CallMatching.candidates(overloads.map(\.shapes), labels: labels, trailing: trailing) {
        case .success(let found): candidates = found
        case .failure(let error): throw error.located(at: span)
        }
        return try callFirstApplicable(candidates.map { (overloads[$0.0], $0.1) }, &arguments, span: span)
    }

    /// Tries overloads in order; one that rejects the argument types passes the call to the next.
    func callFirstApplicable(_ candidates: [(Builtin, [ArgumentSource])], _ arguments: inout [Value],
                             span: SourceSpan) throws(ScriptError) -> Value {
        for (position, (builtin, sources)) in candidates.enumerated() {
            do throws(ScriptError) {
                return try callBuiltin(builtin, sources: sources, &arguments, span: span)
            } catch where error.isArgumentMismatch && position < candidates.count - 1 {
                continue
            }
        }
        throw ScriptError(kind: .type, message: "no overload matches the call", span: span)
    }

    func callBuiltin(_ builtin: Builtin, sources: [ArgumentSource], _ arguments: inout [Value],
                     span: SourceSpan) throws(ScriptError) -> Value {
        var values: [Value] = []
        values.reserveCapacity(sources.count)
        for (index, source) in sources.enumerated() {
            switch source {
            case .argument(let argument): values.append(arguments[argument])
            case .variadic(let indices): values.append(.array(indices.map { arguments[$0] }))
            case .defaultValue: values.append(builtin.parameters[index].defaultValue?.make() ?? .void)
            }
        }
        var args = Arguments(values: values, parameters: builtin.parameters, span: span, interpreter: interpreter)
        let result: Value
        do throws(ScriptError) { result = try builtin.body(&args) } catch { throw error.located(at: span) }
        // A long native loop that saw the interrupt may have stopped early: its result is not used.
        if interrupt.isRequested { try checkInterrupt(at: span) }
        for (index, parameter) in builtin.parameters.enumerated() where parameter.isInout {
            if case .argument(let argument) = sources[index] { arguments[argument] = args.values[index] }
        }
        return result
    }

    /// Runs a closure value in builder mode, collecting the values of its expression statements.
    func build(_ closure: Value, span: SourceSpan?) throws(ScriptError) -> [Value] {
        guard case .function(let function) = closure, case .closure(let userClosure) = function.kind else {
            throw ScriptError(kind: .type, message: "expected a builder closure { … }", span: span)
        }
        let savedValues = builderValues, savedFrame = builderFrame
        builderValues = []
        builderFrame = top
        defer { builderValues = savedValues; builderFrame = savedFrame }
        var none: [Value] = []
        let result = try callClosure(userClosure, &none, labels: nil, trailing: [], span: span ?? userClosure.proto.span)
        if builderValues.isEmpty, !result.isVoid { return [result] }
        return builderValues
    }
}
