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
        let arguments = typedMethodArguments(base, name, arguments)
        let labels = arguments.map(\.label), trailing = arguments.map(\.isTrailing)
        if name == "reduce", labels == ["into", nil], case .closure(let decl) = arguments[1].value.kind {
            decl.firstParameterIsInout = true
        }
        // One plain argument (`p.step(0.5)`): read as an operand (a slot or literal inline), not out of an array of
        // closures (called through reabstraction thunks). An append to a typed array converts its literals first.
        let convert = typedArrayConversion(base, name, arguments)
        let isSingle = arguments.count == 1 && !arguments[0].isInout
        let plainFirst: Operand = isSingle ? try operand(arguments[0].value) : .constant(.void)
        let first: Operand = if isSingle, let convert { .computed(convert(plainFirst.eval)) } else { plainFirst }
        var (evals, inouts) = isSingle ? ([first.eval], []) : try compileArguments(arguments)
        if !isSingle, let convert, !evals.isEmpty { evals[0] = convert(evals[0]) }
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
        let single = { (rt: Runtime, receiver: inout Value, value: Value) throws(ScriptError) -> Value in
            if let site, let closure = site.closure(for: &receiver) {
                return try rt.callMethod(closure, site.target, &receiver, argument: value, span: span)
            }
            var values = [value]
            return try general(rt, &receiver, &values)
        }
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
            if isSingle, let site, let (isLocal, slot, key) = Self.slotElement(lvalue) {
                // `ps[i].step(dt)`: the call runs on the element of the array moved out of its slot (as the access
                // would), without the access and body closures; other values and indices take the access.
                return { rt throws(ScriptError) in
                    let value = try first.read(rt)
                    let index = try key.read(rt)
                    if case .int(let i) = index, var items = Value.takeArray(&Compiler.slot(rt, isLocal, slot).pointee) {
                        guard i >= 0, i < items.count else {
                            Compiler.slot(rt, isLocal, slot).pointee = .array(consume items)
                            return try Compiler.elementMethodCall(rt, access, single, value)
                        }
                        let result: Value
                        do throws(ScriptError) {
                            if !rt.capturesInUse, let target = site.target(for: &items[i]) {
                                result = try rt.callMethod(target, &items[i], argument: value, span: span)
                            } else {
                                result = try single(rt, &items[i], value)
                            }
                        } catch {
                            Compiler.slot(rt, isLocal, slot).pointee = .array(consume items)
                            throw error
                        }
                        Compiler.slot(rt, isLocal, slot).pointee = .array(consume items)
                        return result
                    }
                    return try Compiler.elementMethodCall(rt, access, single, value)
                }
            }
            if isSingle {
                return { rt throws(ScriptError) in try Compiler.elementMethodCall(rt, access, single, try first.read(rt)) }
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
        if isSingle {
            return { rt throws(ScriptError) in
                var receiver = try baseEval(rt)
                return try single(rt, &receiver, try first.read(rt))
            }
        }
        return { rt throws(ScriptError) in
            var receiver = try baseEval(rt)
            var values = try evaluate(rt)
            return try call(rt, &receiver, &values)
        }
    }

    /// A one-argument method call on a place through its general access (the argument already evaluated).
    static func elementMethodCall(_ rt: Runtime, _ access: PlaceAccess, _ single: @escaping (Runtime, inout Value, Value) throws(ScriptError) -> Value,
                                  _ value: Value) throws(ScriptError) -> Value {
        var result = Value.void
        try access(rt, nil, .update) { (receiver: inout Value, _: Value) throws(ScriptError) in
            result = try single(rt, &receiver, value)
        }
        return result
    }

    /// The array variable and the key of a place `a[i]` whose key is a frame slot or a literal (read again by the
    /// general access without effects); nil for other places.
    static func slotElement(_ lvalue: LValue) -> (isLocal: Bool, slot: Int, key: Operand)? {
        guard lvalue.components.count == 1, lvalue.letMessage == nil, lvalue.keys.count == 1,
              case .subscriptKey(_, 1, [nil], _) = lvalue.components[0],
              let (isLocal, slot) = slotRoot(lvalue.root) else { return nil }
        let key = lvalue.keys[0].operand
        if case .computed = key { return nil }
        return (isLocal, slot, key)
    }

    func compileSubscriptGet(_ base: Expr, _ arguments: [Argument], _ span: SourceSpan) throws(ScriptError) -> Eval {
        let arguments = typedSubscriptArguments(base, arguments)
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
