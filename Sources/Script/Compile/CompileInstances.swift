/// Expressions that name declared types: constructions (`Point(x: 1, y: 2)`, `Stack<Int>()`), static members
/// (`Direction.north`, `Point.origin`, `Shape.circle(radius: 1)`), implicit members (`.north`), `super` and
/// `self.init(…)`. Types and cases are resolved at compile time; initializers by labels on first use.
extension Compiler {
    /// The declared type an expression names, with written generic arguments (`Stack<Int>`, `Outer.Inner`, `Self`).
    func namedDeclaredType(_ expr: Expr) -> (DeclaredType, [TypeAnnotation]?)? {
        switch expr.kind {
        case .identifier(let name):
            if name == "Self" {
                guard let context = typeContext, context.type.kind != .protocolType, context.type.kind != .builtin else { return nil }
                return (context.type, nil)
            }
            guard name.first?.isUppercase == true, lookup(name) == nil, let type = resolveDeclaredType(name) else { return nil }
            return (type, nil)
        case .specializedType(let name, let arguments):
            guard let type = resolveDeclaredType(name) else { return nil }
            return (type, arguments)
        case .member(let base, let name, _):
            guard let (outer, _) = namedDeclaredType(base), let nested = outer.nestedTypes[name] else { return nil }
            return (nested, nil)
        default: return nil
        }
    }

    /// The extensions of a built-in type named by `expr` (`String` in `String.separator`), or nil.
    func builtinExtension(_ expr: Expr) -> DeclaredType? {
        guard case .identifier(let name) = expr.kind, lookup(name) == nil else { return nil }
        return session.typeRegistry.builtinExtensions[name]
    }

    /// A call whose callee is a declared type, a static member, `super.…`, `self.init` or an implicit member;
    /// nil for every other call.
    func compileTypeCall(_ callee: Expr, _ arguments: [Argument], _ span: SourceSpan) throws(ScriptError) -> Eval? {
        if let (type, generics) = namedDeclaredType(callee) { return try compileConstruction(type, generics, arguments, span) }
        switch callee.kind {
        case .member(let base, let name, let nameSpan):
            if case .identifier("super") = base.kind { return try compileSuperCall(name, nameSpan, arguments, span) }
            if case .identifier("self") = base.kind, name == "init", typeContext?.isInitializer == true {
                return try compileDelegatingInit(arguments, span)
            }
            if let (type, generics) = namedDeclaredType(base) {
                return try compileStaticCall(type, name, nameSpan, generics, arguments, span)
            }
            if let extended = builtinExtension(base), extended.visibleStaticNames.contains(name) {
                return try compileStaticCall(extended, name, nameSpan, nil, arguments, span)
            }
        case .implicitMember(let name):
            if let type = implicitMemberType(name, wantsPayload: !arguments.isEmpty) {
                return try compileStaticCall(type, name, callee.span, nil, arguments, span)
            }
        default: break
        }
        return nil
    }

    /// Evaluates call arguments into an array; `call(rt, &values) { … }` runs a call with the inout ones moved
    /// out of their places and back (see `withInoutArguments`).
    func argumentsEvaluator(_ arguments: [Argument]) throws(ScriptError)
        -> (evaluate: (Runtime) throws(ScriptError) -> [Value],
            call: (Runtime, inout [Value], (inout [Value]) throws(ScriptError) -> Value) throws(ScriptError) -> Value) {
        let (evals, inouts) = try compileArguments(arguments)
        let evaluate: (Runtime) throws(ScriptError) -> [Value] = { rt throws(ScriptError) in
            var values: [Value] = []
            values.reserveCapacity(evals.count)
            for eval in evals { values.append(try eval(rt)) }
            return values
        }
        let call: (Runtime, inout [Value], (inout [Value]) throws(ScriptError) -> Value) throws(ScriptError) -> Value = { rt, values, body throws(ScriptError) in
            try Compiler.withInoutArguments(rt, inouts, &values, body)
        }
        return (evaluate, call)
    }

    /// `Type(…)`: the memberwise initializer straight into the fields when the labels fit it at compile time,
    /// otherwise `Runtime.construct` (initializers chosen by labels and types).
    func compileConstruction(_ type: DeclaredType, _ written: [TypeAnnotation]?, _ arguments: [Argument],
                             _ span: SourceSpan) throws(ScriptError) -> Eval {
        let generics = written.flatMap { $0.contains(where: mentionsGenericParameter) ? nil : $0 }
        let labels = arguments.map(\.label), trailing = arguments.map(\.isTrailing)
        if type.kind == .structure, let memberwise = type.memberwise, type.initializers.isEmpty, !arguments.contains(where: \.isInout),
           case .success(let sources) = CallMatching.match(memberwise.shapes, labels: labels, trailing: trailing) {
            let evals = try arguments.map { (argument) throws(ScriptError) in try compileExpr(argument.value) }
            let plan = sources.enumerated().map { position, source -> (field: Int, eval: Eval?) in
                let field = memberwise.parameters[position].field
                if case .argument(let argument) = source { return (field, evals[argument]) }
                return (field, nil)
            }
            let parameterFields = Set(memberwise.parameters.map(\.field))
            let others = type.fields.indices.filter { !parameterFields.contains($0) && type.fields[$0].defaultValue != nil }
            let count = type.fields.count
            let arguments = generics.map(GenericArguments.init)
            return { rt throws(ScriptError) in
                let instance = Instance.make(type, count: count)
                if let arguments { instance.headerPointer.pointee.arguments = arguments }
                for (field, eval) in plan {
                    if let eval { try rt.store(try eval(rt), into: instance, field: field, span: span) }
                    else if let defaultValue = type.fields[field].defaultValue { instance[field] = try defaultValue(rt) }
                }
                for field in others { if let defaultValue = type.fields[field].defaultValue { instance[field] = try defaultValue(rt) } }
                return .instance(instance)
            }
        }
        let (evaluate, call) = try argumentsEvaluator(arguments)
        return { rt throws(ScriptError) in
            var values = try evaluate(rt)
            return try call(rt, &values) { (values: inout [Value]) throws(ScriptError) in
                try rt.construct(type, &values, labels: labels, trailing: trailing, span: span, generics: generics)
            }
        }
    }

    /// `Type.name(…)`: an enum case with associated values (matched now), a static method, a nested type.
    func compileStaticCall(_ type: DeclaredType, _ name: String, _ nameSpan: SourceSpan, _ generics: [TypeAnnotation]?,
                           _ arguments: [Argument], _ span: SourceSpan) throws(ScriptError) -> Eval {
        let labels = arguments.map(\.label), trailing = arguments.map(\.isTrailing)
        if let nested = type.nestedTypes[name] { return try compileConstruction(nested, nil, arguments, span) }
        let (evaluate, call) = try argumentsEvaluator(arguments)
        if let tag = type.caseIndex[name], type.cases[tag].hasPayload {
            return { rt throws(ScriptError) in try rt.makeCase(type, tag, try evaluate(rt), labels: labels, span: span) }
        }
        let known = type.visibleStaticNames.contains(name) || name == "init" || type.kind == .protocolType
        if !known { throw error(.name, Message.didYouMean(Message.noStaticMember(type.name, name),
                                                          Suggestions.closest(to: name, among: type.staticMemberNames)), nameSpan) }
        return { rt throws(ScriptError) in
            var values = try evaluate(rt)
            return try call(rt, &values) { (values: inout [Value]) throws(ScriptError) in
                guard let result = try rt.callStatic(type, name, &values, labels: labels, trailing: trailing, span: span, generics: generics) else {
                    throw ScriptError(kind: .name, message: Message.noStaticMember(type.name, name), span: nameSpan)
                }
                return result
            }
        }
    }

    /// `super.name(…)` in a class member: the superclass's method (not the override), with this `self`;
    /// `super.init(…)` runs a superclass initializer on this instance.
    private func compileSuperCall(_ name: String, _ nameSpan: SourceSpan, _ arguments: [Argument], _ span: SourceSpan) throws(ScriptError) -> Eval {
        guard let context = typeContext, let superclass = context.type.superclass else {
            throw error(.syntax, "'super' cannot be used outside of class members with a superclass", span)
        }
        let selfEval = try compileExpr(Expr(.identifier("self"), span))
        let labels = arguments.map(\.label), trailing = arguments.map(\.isTrailing)
        let (evaluate, call) = try argumentsEvaluator(arguments)
        if name == "init" {
            return { rt throws(ScriptError) in
                var values = try evaluate(rt)
                _ = try call(rt, &values) { (values: inout [Value]) throws(ScriptError) in
                    let method = try rt.chooseOverload(superclass.allInitializers, values, labels: labels, trailing: trailing, span: span)
                    return try rt.runInitializer(method, try selfEval(rt), &values, labels: labels, trailing: trailing, span: span)
                }
                return .void
            }
        }
        return { rt throws(ScriptError) in
            var values = try evaluate(rt)
            var receiver = try selfEval(rt)
            let methods = superclass.methods(named: name)
            return try call(rt, &values) { (values: inout [Value]) throws(ScriptError) in
                if !methods.isEmpty {
                    return try rt.callUserMethod(methods, &receiver, &values, labels: labels, trailing: trailing, span: span)
                }
                if let property = try rt.readSuper(superclass, receiver, name, span: nameSpan) {
                    return try rt.callValue(property, &values, labels: nil, trailing: trailing, span: span)
                }
                throw ScriptError(kind: .name, message: Message.noMember(superclass.name, name), span: nameSpan)
            }
        }
    }

    /// `self.init(…)` in an initializer: another initializer of the same type; its result becomes `self`.
    private func compileDelegatingInit(_ arguments: [Argument], _ span: SourceSpan) throws(ScriptError) -> Eval {
        guard let type = typeContext?.type else { throw error(.syntax, "'self.init' outside of an initializer", span) }
        let selfEval = try compileExpr(Expr(.identifier("self"), span))
        let store = writer(try compileLValue(Expr(.identifier("self"), span)).root)
        let labels = arguments.map(\.label), trailing = arguments.map(\.isTrailing)
        let (evaluate, call) = try argumentsEvaluator(arguments)
        return { rt throws(ScriptError) in
            var values = try evaluate(rt)
            let result = try call(rt, &values) { (values: inout [Value]) throws(ScriptError) in
                if type.isReference, case .instance(let instance) = try selfEval(rt) {
                    let method = try rt.chooseOverload(instance.type.allInitializers, values, labels: labels, trailing: trailing, span: span)
                    return try rt.runInitializer(method, .instance(instance), &values, labels: labels, trailing: trailing, span: span)
                }
                return try rt.construct(type, &values, labels: labels, trailing: trailing, span: span)
            }
            if case .null = result { rt.returnValue = .null; throw Compiler.failedInitializer }
            if case .wrapped(let inner) = result { store(rt, inner) } else { store(rt, result) }
            return .void
        }
    }

    /// Thrown by a delegated failable `self.init` that failed; the enclosing initializer then fails too.
    static let failedInitializer = ScriptError(kind: .runtime, message: "\u{0}failed-initializer")

    // MARK: - Member expressions without a call

    /// `Type.member`, `super.member`; nil for other member expressions.
    func compileTypeMember(_ base: Expr, _ name: String, _ nameSpan: SourceSpan, _ span: SourceSpan) throws(ScriptError) -> Eval? {
        if case .identifier("super") = base.kind {
            guard let superclass = typeContext?.type.superclass else {
                throw error(.syntax, "'super' cannot be used outside of class members with a superclass", span)
            }
            let selfEval = try compileExpr(Expr(.identifier("self"), span))
            return { rt throws(ScriptError) in
                guard let value = try rt.readSuper(superclass, try selfEval(rt), name, span: nameSpan) else {
                    throw ScriptError(kind: .name, message: Message.noMember(superclass.name, name), span: nameSpan)
                }
                return value
            }
        }
        if let extended = builtinExtension(base), extended.visibleStaticNames.contains(name) {
            return { rt throws(ScriptError) in
                guard let value = try rt.readStatic(extended, name, span: span) else {
                    throw ScriptError(kind: .name, message: Message.noStaticMember(extended.name, name), span: nameSpan)
                }
                return value
            }
        }
        guard let (type, generics) = namedDeclaredType(base) else { return nil }
        if let tag = type.caseIndex[name], let singleton = type.cases[tag].singleton {
            var instance = singleton
            if let generics {
                instance = singleton.copy()
                instance.headerPointer.pointee.arguments = GenericArguments(generics)
            }
            let value = Value.instance(instance)
            return { _ in value }
        }
        if case .stored(let storage) = type.staticProperty(named: name) {
            return { rt throws(ScriptError) in try storage.value(rt) }
        }
        let known = type.visibleStaticNames.contains(name) || type.nestedTypes[name] != nil || name == "self"
            || (name == "allCases" && type.kind == .enumeration) || type.caseIndex[name] != nil || type.kind == .protocolType
        if !known {
            throw error(.name, Message.didYouMean(Message.noStaticMember(type.name, name),
                                                  Suggestions.closest(to: name, among: type.staticMemberNames)), nameSpan)
        }
        return { rt throws(ScriptError) in
            guard let value = try rt.readStatic(type, name, span: span) else {
                throw ScriptError(kind: .name, message: Message.noStaticMember(type.name, name), span: nameSpan)
            }
            return value
        }
    }

    /// `.name` where a declared enum has that case (or a declared type that static member); nil keeps the symbol
    /// (library arguments such as `.auto`). When several types have it, the most recently declared wins.
    func compileImplicitMember(_ name: String, _ span: SourceSpan) -> Eval? {
        guard let type = implicitMemberType(name, wantsPayload: false) else { return nil }
        if let tag = type.caseIndex[name], let singleton = type.cases[tag].singleton {
            let value = Value.instance(singleton)
            return { _ in value }
        }
        return { rt throws(ScriptError) in try rt.readStatic(type, name, span: span) ?? .symbol(name) }
    }

    /// The declared type an implicit member `.name` belongs to.
    func implicitMemberType(_ name: String, wantsPayload: Bool) -> DeclaredType? {
        let registry = session.typeRegistry
        if let context = typeContext, context.type.caseIndex[name] != nil || context.type.visibleStaticNames.contains(name) {
            return context.type
        }
        let enums = registry.enums(withCase: name).filter { $0.cases[$0.caseIndex[name] ?? 0].hasPayload == wantsPayload }
        if let latest = enums.max(by: { $0.serial < $1.serial }) { return latest }
        return registry.types(withStaticMember: name).max(by: { $0.serial < $1.serial })
    }
}

/// Names of types used as values, receivers that cannot be mutated, and calls on them.
extension Compiler {
    /// `Self`, or a declared type visible here (nested types included), as a value; nil when `name` is neither.
    func compileTypeName(_ name: String, _ span: SourceSpan) throws(ScriptError) -> Eval? {
        if name == "Self", let context = typeContext {
            if context.type.kind == .protocolType || context.type.kind == .builtin {
                let selfEval = try compileExpr(Expr(.identifier("self"), span))
                return { rt throws(ScriptError) in
                    let value = try selfEval(rt)
                    if case .type = value { return value }
                    return value.declaredType.map { .type($0.namespace) } ?? value
                }
            }
            let value = Value.type(context.type.namespace)
            return { _ in value }
        }
        guard let declared = resolveDeclaredType(name) else { return nil }
        let value = Value.type(declared.namespace)
        return { _ in value }
    }

    /// Why a method receiver may not be mutated (`'p' is a 'let' constant`), or nil when it is a variable or a
    /// place reached through a member of a `let` (a class instance's may change: checked at run time on the path).
    func immutableReceiver(_ base: Expr) -> String? {
        guard base.isPlace, let root = base.rootName else {
            if case .call = base.kind { return "function call returns immutable value" }
            return "value is immutable"
        }
        if root == "self", let context = typeContext {
            return context.isMutating || context.type.isReference ? nil : "'self' is immutable"
        }
        if let variable = lookup(root), !variable.isVar, !base.passesThroughMember { return "'\(root)' is a 'let' constant" }
        return nil
    }

    /// A method call on a receiver that cannot be mutated: it fails when the receiver's type says the method
    /// mutates (a struct's `mutating func`, `append` on an array); a class instance's or a native reference
    /// object's methods run (`optimizer.update(&model, along: g)` on a `let`).
    func compileImmutableMethodCall(_ base: Expr, _ name: String, _ nameSpan: SourceSpan, _ arguments: [Argument],
                                    _ span: SourceSpan, immutable: String) throws(ScriptError) -> Eval {
        let labels = arguments.map(\.label), trailing = arguments.map(\.isTrailing)
        let baseEval = try compileChainBase(base)
        let (evaluate, call) = try argumentsEvaluator(arguments)
        return { rt throws(ScriptError) in
            var receiver = try baseEval(rt)
            var values = try evaluate(rt)
            if rt.methodMutates(receiver, name) {
                throw ScriptError(kind: .type, message: Message.mutatingOnImmutable(immutable), span: nameSpan)
            }
            return try call(rt, &values) { (values: inout [Value]) throws(ScriptError) in
                try Members.callMethod(&receiver, name, &values, labels: labels, trailing: trailing,
                                       nameSpan: nameSpan, span: span, rt: rt)
            }
        }
    }
}

/// Assignments that reach declared types: static stored properties (`Counter.count += 1`). Members of a `let`
/// that holds a class instance (`let dog = Dog(); dog.name = "Rex"`) are checked by `Places.allowsWritesThroughLet`.
extension Compiler {
    /// The global slot of `Type.name` (or `self.name` in a static member) for a static stored `var`.
    /// A `let` reached through a member (`Settings.shared.volume = 8`) is allowed when it holds a class instance.
    func staticLValueRoot(_ base: Expr, _ name: String, _ nameSpan: SourceSpan,
                          throughMember: Bool) throws(ScriptError) -> (VariableRef, isLet: Bool)? {
        let type: DeclaredType
        if let (named, _) = namedDeclaredType(base) { type = named }
        else if case .identifier("self") = base.kind, let context = typeContext, context.isStatic { type = context.type }
        else { return nil }
        guard case .stored(let storage) = type.staticProperty(named: name) else { return nil }
        guard storage.isVar || throughMember else { throw error(.type, Message.assignToLetProperty(name), nameSpan) }
        return (.global(storage.slot), !storage.isVar)
    }
}

extension Compiler {
    /// Whether a written type uses a generic parameter of the code being compiled (`Pair<B, A>` in a method of
    /// `Pair<A, B>`): such arguments are known only at run time, so printing infers them from the values.
    func mentionsGenericParameter(_ type: TypeAnnotation) -> Bool {
        switch type {
        case .named(let name): genericConstraints(name) != nil
        case .array(let element), .optional(let element): mentionsGenericParameter(element)
        case .dictionary(let key, let value): mentionsGenericParameter(key) || mentionsGenericParameter(value)
        case .tuple(let items, _), .generic(_, let items): items.contains(where: mentionsGenericParameter)
        case .function: false
        }
    }
}
