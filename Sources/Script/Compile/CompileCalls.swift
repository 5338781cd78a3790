/// Call sites. Builtins and types called by name are matched at compile time; user functions are matched
/// once per call site and then take a direct path that evaluates arguments straight into the callee's frame.
extension Compiler {
    /// What a call site learnt about the function it called last (checked by identity on every call).
    final class CallSiteCache {
        var identity: ObjectIdentifier?
        /// Keeps the cached function (and so `closure`) alive.
        var function: Function?
        unowned(unsafe) var closure: Closure?
        var direct = false
        let count: Int
        let labels: [String?]?

        init(count: Int, labels: [String?]?) { self.count = count; self.labels = labels }

        /// Forgets the function called last (see `CallCaches`).
        func forget() {
            identity = nil
            function = nil
            closure = nil
            direct = false
        }

        /// The user closure to call with arguments written straight into its frame, or nil for the general path.
        @inline(__always)
        func directClosure(_ callee: Value) -> Closure? {
            guard case .function(let function) = callee else { return nil }
            if ObjectIdentifier(function) != identity { refresh(function) }
            return direct ? closure : nil
        }

        func refresh(_ function: Function) {
            identity = ObjectIdentifier(function)
            self.function = function
            closure = nil
            direct = false
            guard case .closure(let candidate) = function.kind else { return }
            let proto = candidate.proto
            closure = candidate
            direct = proto.labels.count == count && proto.variadicParameter == nil && !proto.hasInout
                && (labels == nil || proto.labels == labels ?? [])
        }
    }

    func compileCall(_ callee: Expr, _ arguments: [Argument], _ span: SourceSpan) throws(ScriptError) -> Eval {
        let arguments = typedCallArguments(callee, arguments)
        let labels = arguments.map(\.label)
        if let typeCall = try compileTypeCall(callee, arguments, span) { return typeCall }
        if case .specializedType(let name, _) = callee.kind {
            return typedConstruction(callee, try compileCall(Expr(.identifier(name), callee.span), arguments, span), span)
        }
        switch callee.kind {
        case .identifier(let name):
            if let member = implicitSelf(name, callee.span) { return try compileCall(member, arguments, span) }
            if let variable = lookup(name), variable.isComputed {
                return try compileValueCall(valueReader(variable, callee.span), arguments, labels: nil, globalFunction: nil, span)
            }
            if let variable = lookup(name) {
                let globalFunction: Int? = if variable.isFunction, case .global(let slot) = variable.ref { slot } else { nil }
                return try compileValueCall(reader(variable.ref), arguments, labels: variable.isFunction ? labels : nil,
                                            globalFunction: globalFunction, span)
            }
            if let function = session.builtins[name], case .builtin(let overloads) = function.kind {
                return try compileBuiltinCall(overloads, arguments, span)
            }
            if let namespace = session.types[name] {
                guard !namespace.initializers.isEmpty else {
                    throw error(.type, "type '\(name)' cannot be constructed", span)
                }
                return try compileBuiltinCall(namespace.initializers, arguments, span)
            }
            // `typealias Matrix = [[Double]]` then `Matrix(repeating: row, count: 3)`, `typealias IntStack = Stack<Int>` then
            // `IntStack()`: the aliased type's initializers.
            if let alias = session.typeRegistry.aliases[name] {
                switch alias {
                case .generic(let target, let parameters) where session.typeRegistry.aliases[target] == nil:
                    return try compileCall(Expr(.specializedType(target, parameters), callee.span), arguments, span)
                case .array, .dictionary, .named:
                    let target: String = switch alias { case .array: "Array"; case .dictionary: "Dictionary"; default: alias.text }
                    if session.typeRegistry.aliases[target] == nil {
                        return try compileCall(Expr(.identifier(target), callee.span), arguments, span)
                    }
                default: break
                }
            }
            throw nameError(name, callee.span)
        case .member(let base, let name, let nameSpan):
            if case .identifier(let typeName) = base.kind, lookup(typeName) == nil, let namespace = session.types[typeName] {
                guard let overloads = namespace.staticMethods[name] else {
                    let suggestion = Suggestions.closest(to: name, among: namespace.memberNames)
                    throw error(.name, Message.didYouMean(Message.noStaticMember(typeName, name), suggestion), nameSpan)
                }
                return try compileBuiltinCall(overloads, arguments, span)
            }
            return try compileMethodCall(base, name, nameSpan, arguments, span)
        case .array(let items) where arguments.isEmpty && items.count == 1:
            return { _ in .array([]) }
        case .array(let items) where items.count == 1:
            guard let namespace = session.types["Array"] else { throw error(.type, Message.notCallable("Array"), span) }
            return typedConstruction(callee, try compileBuiltinCall(namespace.initializers, arguments, span), span)
        case .dictionary(let pairs) where arguments.isEmpty && pairs.count == 1:
            return typedConstruction(callee, { _ in .dictionary(OrderedDictionary()) }, span)
        case .implicitMember(let name):
            let evals = try arguments.map { (argument) throws(ScriptError) -> Eval in try compileExpr(argument.value) }
            let labels = arguments.map(\.label)
            return { rt throws(ScriptError) in
                var values: [Value] = []
                for eval in evals { values.append(try eval(rt)) }
                return .native(SymbolCall(name: name, labels: labels, values: values))
            }
        default:
            return try compileValueCall(try compileChainBase(callee), arguments, labels: nil, span)
        }
    }

    /// Arguments evaluated in order; an inout one evaluates to a placeholder and gives the place its value is
    /// moved from for the call (see `withInoutArguments`). Two inout arguments on one variable are Swift's error.
    func compileArguments(_ arguments: [Argument]) throws(ScriptError) -> (evals: [Eval], inouts: [InoutArgument]) {
        var evals: [Eval] = []
        var inouts: [InoutArgument] = []
        var roots: Set<String> = []
        for (index, argument) in arguments.enumerated() {
            guard argument.isInout else { evals.append(try compileExpr(argument.value)); continue }
            evals.append({ _ in .void })
            if let root = argument.value.rootName, !roots.insert(root).inserted {
                throw error(.type, Message.overlappingAccess(root), argument.value.span)
            }
            inouts.append(InoutArgument(index: index,
                                        access: try compileAccess(try compileLValue(argument.value, forInout: true), argument.value.span)))
        }
        return (evals, inouts)
    }

    func compileBuiltinCall(_ overloads: [Builtin], _ arguments: [Argument], _ span: SourceSpan) throws(ScriptError) -> Eval {
        let labels = arguments.map(\.label), trailing = arguments.map(\.isTrailing)
        let found: [(Int, [ArgumentSource])]
        switch CallMatching.candidates(overloads.map(\.shapes), labels: labels, trailing: trailing) {
        case .success(let candidates): found = candidates
        case .failure(let failure): throw failure.located(at: span)
        }
        let (evals, inouts) = try compileArguments(arguments)
        if found.count > 1 {
            let candidates = found.map { (overloads[$0.0], $0.1) }
            return { rt throws(ScriptError) in
                var values: [Value] = []
                values.reserveCapacity(evals.count)
                for eval in evals { values.append(try eval(rt)) }
                return try Compiler.withInoutArguments(rt, inouts, &values) { (values: inout [Value]) throws(ScriptError) in
                    try rt.callFirstApplicable(candidates, &values, span: span)
                }
            }
        }
        guard let chosen = found.first else { throw error(.type, "no overload matches the call", span) }
        let builtin = overloads[chosen.0], sources = chosen.1
        if inouts.isEmpty, evals.count == 1, sources == [.argument(0)], let unary = builtin.unary {
            let eval = try compileExpr(arguments[0].value)
            return { rt throws(ScriptError) in
                let value = try eval(rt)
                do throws(ScriptError) { return try unary(value) } catch { throw error.located(at: span) }
            }
        }
        if inouts.isEmpty, evals.count == 1, sources == [.argument(0)] {
            let eval = evals[0]
            return { rt throws(ScriptError) in
                var args = Arguments(values: [try eval(rt)], parameters: builtin.parameters, span: span, interpreter: rt.interpreter)
                do throws(ScriptError) { return try builtin.body(&args) } catch { throw error.located(at: span) }
            }
        }
        return { rt throws(ScriptError) in
            var values: [Value] = []
            values.reserveCapacity(evals.count)
            for eval in evals { values.append(try eval(rt)) }
            return try Compiler.withInoutArguments(rt, inouts, &values) { (values: inout [Value]) throws(ScriptError) in
                try rt.callBuiltin(builtin, sources: sources, &values, span: span)
            }
        }
    }

    /// A call of a computed value; `labels` nil when labels are not part of the call (closures in variables).
    /// `globalFunction` is the global slot when the callee is a global `func` called by name.
    func compileValueCall(_ calleeEval: @escaping Eval, _ arguments: [Argument], labels: [String?]?,
                          globalFunction: Int? = nil, _ span: SourceSpan) throws(ScriptError) -> Eval {
        let shape = try compileArgumentShape(arguments)
        var evals: [Eval] = shape.evals ?? []
        var inouts: [InoutArgument] = []
        if shape.evals == nil { (evals, inouts) = try compileArguments(arguments) }
        let trailing = arguments.map(\.isTrailing)
        let count = evals.count
        /// The general path once the callee is known: labels, defaults, variadics, inout write-back.
        let general: (Runtime, Value) throws(ScriptError) -> Value = { rt, callee throws(ScriptError) in
            var values: [Value] = []
            values.reserveCapacity(count)
            for eval in evals { values.append(try eval(rt)) }
            return try Compiler.withInoutArguments(rt, inouts, &values) { (values: inout [Value]) throws(ScriptError) in
                try rt.callValue(callee, &values, labels: labels, trailing: trailing, span: span)
            }
        }
        guard inouts.isEmpty else {
            return { rt throws(ScriptError) in try general(rt, try calleeEval(rt)) }
        }
        if let slot = globalFunction, let labels {
            let cached = cachedCall(calleeEval, shape, evals, labels: labels, general: general, span)
            let site = GlobalCallSite(slot: slot, count: count, labels: labels)
            session.callCaches.register(site)
            return directGlobalCall(site, shape, evals, fallback: cached, span)
        }
        return cachedCall(calleeEval, shape, evals, labels: labels, general: general, span)
    }

    /// A call through a `CallSiteCache`: arguments go straight into the frame of the user closure called last.
    private func cachedCall(_ calleeEval: @escaping Eval, _ shape: ArgumentShape, _ evals: [Eval], labels: [String?]?,
                            general: @escaping (Runtime, Value) throws(ScriptError) -> Value, _ span: SourceSpan) -> Eval {
        let count = evals.count
        let cache = CallSiteCache(count: count, labels: labels)
        session.callCaches.register(cache)
        if case .one(let first) = shape {
            return { rt throws(ScriptError) in
                let callee = try calleeEval(rt)
                if let closure = cache.directClosure(callee) {
                    let base = rt.openFrame(arguments: 1)
                    let value = try first(rt)
                    rt.stack[base] = value
                    return try rt.invoke(closure, base: base, span: span)
                }
                return try general(rt, callee)
            }
        }
        return { rt throws(ScriptError) in
            let callee = try calleeEval(rt)
            if let closure = cache.directClosure(callee) {
                let base = rt.openFrame(arguments: count)
                var index = 0
                while index < count {
                    let value = try evals[index](rt)
                    rt.stack[base + index] = value
                    index += 1
                }
                return try rt.invoke(closure, base: base, span: span)
            }
            return try general(rt, callee)
        }
    }
}

/// An inout argument: its position in the call and the place its value comes from.
struct InoutArgument {
    let index: Int
    let access: PlaceAccess
}

extension Compiler {
    /// Runs `call` with each inout argument's value moved out of its place into `values`, and moved back when the
    /// call returns or fails: the callee holds the only reference, so `func f(_ a: inout [Int])` writes in place.
    static func withInoutArguments(_ rt: Runtime, _ inouts: [InoutArgument], _ values: inout [Value], from position: Int = 0,
                                   _ call: (inout [Value]) throws(ScriptError) -> Value) throws(ScriptError) -> Value {
        guard position < inouts.count else { return try call(&values) }
        let index = inouts[position].index
        var result = Value.void
        try inouts[position].access(rt, nil, .update) { (place: inout Value, _: Value) throws(ScriptError) in
            values[index] = Value.take(&place)
            defer { place = Value.take(&values[index]) }
            result = try withInoutArguments(rt, inouts, &values, from: position + 1, call)
        }
        return result
    }
}
