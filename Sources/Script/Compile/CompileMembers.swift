/// Member access (`a.count`, `Double.pi`), method calls (`a.append(1)`, `model.fit(…)`) and subscripts.
extension Compiler {
    func compileMember(_ base: Expr, _ name: String, _ nameSpan: SourceSpan, _ span: SourceSpan) throws(ScriptError) -> Eval {
        if let typeMember = try compileTypeMember(base, name, nameSpan, span) { return typeMember }
        if case .identifier(let typeName) = base.kind, lookup(typeName) == nil, let namespace = session.types[typeName] {
            if let property = namespace.staticProperties[name] {
                return { _ throws(ScriptError) in
                    do throws(ScriptError) { return try property() } catch { throw error.located(at: span) }
                }
            }
            if let overloads = namespace.staticMethods[name] {
                let value = Value.function(Function(overloads: overloads))
                return { _ in value }
            }
            // `xs.map(String.init)`: the type's initializers as a function value.
            if name == "init", !namespace.initializers.isEmpty {
                let value = Value.function(Function(overloads: namespace.initializers))
                return { _ in value }
            }
            let suggestion = Suggestions.closest(to: name, among: namespace.memberNames)
            throw error(.name, Message.didYouMean(Message.noStaticMember(typeName, name), suggestion), nameSpan)
        }
        let baseEval = try compileChainBase(base)
        let general: Eval = { rt throws(ScriptError) in try Members.property(try baseEval(rt), name, nameSpan, rt: rt) }
        if let selfField = try compileSelfFieldRead(Expr(.member(base, name, nameSpan: nameSpan), span), general) { return selfField }
        return general
    }

    func compileMethodCall(_ base: Expr, _ name: String, _ nameSpan: SourceSpan, _ arguments: [Argument],
                           _ span: SourceSpan) throws(ScriptError) -> Eval {
        let labels = arguments.map(\.label), trailing = arguments.map(\.isTrailing)
        if name == "reduce", labels == ["into", nil], case .closure(let decl) = arguments[1].value.kind {
            decl.firstParameterIsInout = true
        }
        let (untyped, inouts) = try compileArguments(arguments)
        let evals = typedArrayArguments(base, name, arguments, untyped)
        let evaluate: (Runtime) throws(ScriptError) -> [Value] = { rt throws(ScriptError) in
            var values: [Value] = []
            values.reserveCapacity(evals.count)
            for eval in evals { values.append(try eval(rt)) }
            return values
        }
        let site = inouts.isEmpty ? MethodSite(name: name, labels: labels) : nil
        let general: (Runtime, inout Value, inout [Value]) throws(ScriptError) -> Value = { rt, receiver, values throws(ScriptError) in
            try Compiler.withInoutArguments(rt, inouts, &values) { (values: inout [Value]) throws(ScriptError) in
                try Members.callMethod(&receiver, name, &values, labels: labels, trailing: trailing,
                                       nameSpan: nameSpan, span: span, rt: rt)
            }
        }
        let call: (Runtime, inout Value, inout [Value]) throws(ScriptError) -> Value = { rt, receiver, values throws(ScriptError) in
            if let site, let closure = site.closure(for: &receiver) {
                return try rt.callMethod(closure, site.target, &receiver, &values, span: span)
            }
            return try general(rt, &receiver, &values)
        }
        // One argument (`p.step(0.5)`): no argument array unless the call leaves the site's fast path.
        let single: ((Runtime, inout Value, Value) throws(ScriptError) -> Value)?
        if let site {
            single = { (rt: Runtime, receiver: inout Value, value: Value) throws(ScriptError) -> Value in
                if let closure = site.closure(for: &receiver) {
                    return try rt.callMethod(closure, site.target, &receiver, argument: value, span: span)
                }
                var values = [value]
                return try general(rt, &receiver, &values)
            }
        } else {
            single = nil
        }
        let singleEval: Eval? = evals.count == 1 ? evals[0] : nil
        // Whether the call mutates is its receiver type's decision (at run time); names no type mutates take the plain call.
        let mayMutate = Methods.possiblyMutatingNames.contains(name) || session.typeRegistry.mutatingNames.contains(name)
        if mayMutate, case .optionalChain(let inner) = base.kind, inner.isPlace {
            let access = try compileAccess(try compileLValue(inner), inner.span)
            return { rt throws(ScriptError) in
                var values = try evaluate(rt)
                var result = Value.null
                try access(rt, nil, .update) { (receiver: inout Value, _: Value) throws(ScriptError) in
                    if case .null = receiver { return }
                    if let unwrapped = Value.takeWrapped(&receiver) { receiver = unwrapped }
                    result = try call(rt, &receiver, &values).asOptional
                }
                return result
            }
        }
        if mayMutate, let immutable = immutableReceiver(base) {
            return try compileImmutableMethodCall(base, name, nameSpan, arguments, span, immutable: immutable)
        }
        if mayMutate, base.isPlace {
            var lvalue = try compileLValue(base)
            if lvalue.letMessage != nil { lvalue.letMessage = Message.mutatingOnImmutable("'\(lvalue.rootName)' is a 'let' constant") }
            let access = try compileAccess(lvalue, base.span)
            if let single, let singleEval {
                return { rt throws(ScriptError) in
                    let value = try singleEval(rt)
                    var result = Value.void
                    try access(rt, nil, .update) { (receiver: inout Value, _: Value) throws(ScriptError) in
                        result = try single(rt, &receiver, value)
                    }
                    return result
                }
            }
            return { rt throws(ScriptError) in
                var values = try evaluate(rt)
                var result = Value.void
                try access(rt, nil, .update) { (receiver: inout Value, _: Value) throws(ScriptError) in
                    result = try call(rt, &receiver, &values)
                }
                return result
            }
        }
        let baseEval = try compileChainBase(base)
        if let single, let singleEval {
            return { rt throws(ScriptError) in
                var receiver = try baseEval(rt)
                return try single(rt, &receiver, try singleEval(rt))
            }
        }
        return { rt throws(ScriptError) in
            var receiver = try baseEval(rt)
            var values = try evaluate(rt)
            return try call(rt, &receiver, &values)
        }
    }

    func compileSubscriptGet(_ base: Expr, _ arguments: [Argument], _ span: SourceSpan) throws(ScriptError) -> Eval {
        if let slotRead = try compileSlotSubscriptGet(base, arguments, span) { return slotRead }
        let baseEval = try compileChainBase(base)
        let evals = try arguments.map { (argument) throws(ScriptError) in try compileExpr(argument.value) }
        let labels = arguments.map(\.label)
        if evals.count == 1, labels[0] == nil {
            let keyEval = evals[0]
            return { rt throws(ScriptError) in
                let container = try baseEval(rt)
                let key = try keyEval(rt)
                if case .array(let items) = container, case .int(let index) = key, index >= 0, index < items.count {
                    return items[index]
                }
                return try Subscripts.get(container, [key], labels: labels, span: span, rt: rt)
            }
        }
        return { rt throws(ScriptError) in
            let container = try baseEval(rt)
            var keys: [Value] = []
            for eval in evals { keys.append(try eval(rt)) }
            return try Subscripts.get(container, keys, labels: labels, span: span, rt: rt)
        }
    }
}

extension Expr {
    /// Whether the expression names a place that can be mutated (`a`, `a[i]`, `t.x`).
    var isPlace: Bool {
        switch kind {
        case .identifier, .dollar: true
        case .subscriptAccess(let base, _), .member(let base, _, _), .tupleIndex(let base, _), .forceUnwrap(let base):
            base.isPlace
        default: false
        }
    }

    /// Whether the place goes through a property (`a.b[0]`): a `let` root may then hold a class instance.
    var passesThroughMember: Bool {
        switch kind {
        case .member: true
        case .subscriptAccess(let base, _), .tupleIndex(let base, _): base.passesThroughMember
        default: false
        }
    }

    /// The variable at the root of a place.
    var rootName: String? {
        switch kind {
        case .identifier(let name): name
        case .dollar(let number): "$\(number)"
        case .subscriptAccess(let base, _), .member(let base, _, _), .tupleIndex(let base, _), .forceUnwrap(let base),
             .optionalChain(let base):
            base.rootName
        default: nil
        }
    }
}
