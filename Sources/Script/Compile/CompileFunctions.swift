/// `func` declarations and closure expressions: parameters in the first frame slots, captured variables boxed.
extension Compiler {
    func compileFunctionStatement(_ decl: FunctionDecl) throws(ScriptError) -> Exec {
        if scope.declaresGlobals, let slot = hoistedSlots[decl.name] {
            let proto = try compileFunction(decl, isClosure: false)
            let closure = Closure(proto: proto, captures: [])
            if overloadedFunctions[decl.name] != nil {
                overloadedFunctions[decl.name, default: []].append((Self.signature(decl), closure))
            } else {
                hoisted.append((slot, .function(Function(.closure(closure)))))
                session.topLevelFunctions[decl.name] = decl.isComputedVariable ? nil : [(Self.signature(decl), closure)]
            }
            return { _ in .normal }
        }
        if decl.isComputedVariable {
            throw error(.syntax, "a computed variable inside a function or block is not supported in Loupe cells (declare it at the top level of a cell)", decl.span)
        }
        functionDecls[decl.name, default: []].append(decl)
        if let overload = try compileLocalOverload(decl) { return overload }
        localSignatures[localSignatureKey(decl.name)] = [Self.signature(decl)]
        let ref = try declare(decl.name, isVar: false, isFunction: true, span: decl.span)
        let initialize = initializer(ref), store = writer(ref)
        let proto = try compileFunction(decl, isClosure: false)
        let make = closureMaker(proto)
        return { rt throws(ScriptError) in
            initialize(rt, .void)
            store(rt, try make(rt))
            return .normal
        }
    }

    /// A nested function declared again in the same block with other labels or parameter types: when the
    /// declaration runs, it joins the earlier one(s) in an overload set in the same variable.
    private func compileLocalOverload(_ decl: FunctionDecl) throws(ScriptError) -> Exec? {
        let key = localSignatureKey(decl.name), signature = Self.signature(decl)
        guard let existing = scope.blocks[scope.blocks.count - 1][decl.name], existing.isFunction,
              let known = localSignatures[key] else { return nil }
        guard !known.contains(signature) else { throw error(.name, Message.redeclaration(decl.name), decl.span) }
        localSignatures[key, default: []].insert(signature)
        let read = reader(existing.ref), store = writer(existing.ref), name = decl.name
        let make = closureMaker(try compileFunction(decl, isClosure: false))
        return { rt throws(ScriptError) in
            store(rt, FunctionOverloads.adding(try make(rt), to: try read(rt), name: name))
            return .normal
        }
    }

    /// Identifies the innermost block of the function being compiled, for `localSignatures`.
    private func localSignatureKey(_ name: String) -> String {
        "\(ObjectIdentifier(scope).hashValue)/\(scope.blocks.count)/\(name)"
    }

    func compileClosure(_ decl: FunctionDecl) throws(ScriptError) -> Eval {
        let proto = try compileFunction(decl, isClosure: true)
        return closureMaker(proto)
    }

    /// Creates the closure value at run time, collecting the boxes it captures.
    func closureMaker(_ proto: FunctionProto) -> Eval {
        return { rt in
            let sources = proto.captureSources
            var boxes: [Box] = []
            boxes.reserveCapacity(sources.count)
            for source in sources {
                switch source {
                case .parentLocal(let slot): boxes.append(Compiler.box(rt.stack[rt.fp &+ slot]))
                case .parentCapture(let index): boxes.append(rt.captures[index])
                }
            }
            return .function(Function(.closure(Closure(proto: proto, captures: boxes))))
        }
    }

    /// `method` is set for members of declared types: parameter 0 is `self` (a `var` in mutating members).
    func compileFunction(_ decl: FunctionDecl, isClosure: Bool, method: MethodShape? = nil) throws(ScriptError) -> FunctionProto {
        var parameters = decl.parameters
        if isClosure && parameters.isEmpty {
            let count = NameAnalysis.dollarCount(decl.body)
            parameters = (0..<count).map { ParameterDecl(label: nil, name: "$\($0)", type: nil, defaultValue: nil,
                                                         isInout: false, isVariadic: false, span: decl.span) }
        }
        if decl.firstParameterIsInout, !parameters.isEmpty { parameters[0].isInout = true }
        let proto = FunctionProto(decl: decl, parameters: parameters, isClosure: isClosure)
        session.functions.append(proto)
        definesFunctions = true
        proto.defaults = try compileDefaults(parameters)
        let outer = scope
        var captured = NameAnalysis.namesUsedInNestedFunctions(decl.body)
        if method != nil, captured.contains("super") || !captured.isDisjoint(with: typeContext?.type.visibleMemberNames ?? []) {
            captured.insert("self")
        }
        scope = FunctionScope(parent: outer, isCell: false, capturedNames: captured)
        scope.returnType = decl.returnType
        let savedBuilder = builderStatement, savedMovable = movableSlots, savedMoved = movedSlots
        movableSlots = []
        movedSlots = []
        defer { movableSlots = savedMovable; movedSlots = savedMoved }
        genericScopes.append(GenericScope(function: decl.name, parameters: decl.genericParameters))
        defer { scope = outer; builderStatement = savedBuilder; genericScopes.removeLast() }
        for parameter in parameters { if let type = parameter.type { try requireKnownTypes(type, parameter.span) } }
        if let returnType = decl.returnType { try requireKnownTypes(returnType, decl.span) }
        var parameterSlots: [Int] = []
        for (index, parameter) in parameters.enumerated() {
            let ref: VariableRef
            let isVar = parameter.isInout || (index == 0 && method?.selfIsVar == true)
            if parameter.name == "_" { ref = .local(scope.allocateSlot()) }
            else {
                let elementKind = parameter.isVariadic ? parameter.type.flatMap(KeyKind.init) : parameter.type.flatMap(KeyKind.ofArray)
                ref = try declare(parameter.name, isVar: isVar, span: parameter.span, elementKind: elementKind,
                                  declaredType: parameter.isVariadic ? parameter.type.map(TypeAnnotation.array) : parameter.type)
            }
            if case .boxed = ref { proto.boxedParameters.append(index) }
            if case .local(let slot) = ref { parameterSlots.append(slot) }
        }
        // The body is a block of its own: `var n = n` and `guard let x = x` shadow a parameter, as in Swift.
        scope.pushBlock()
        proto.parameterChecks = parameters.map { parameter in
            guard let type = parameter.type else { return nil }
            return genericCheck(typeCheck(parameter.isVariadic ? .array(type) : type), parameter.isVariadic ? .array(type) : type)
        }
        proto.inoutParameters = parameters.map(\.isInout)
        proto.hasInout = proto.inoutParameters.contains(true)
        proto.needsPrologue = proto.parameterChecks.contains { $0 != nil } || !proto.boxedParameters.isEmpty
        proto.variadicParameter = parameters.firstIndex { $0.isVariadic }
        proto.returnCheck = decl.returnType.flatMap(typeCheck)
        builderStatement = isClosure
        let implicitReturn = isClosure || decl.returnType != nil
        // `func f() -> T { if c { a } else { b } }`: a body that is one `if`/`switch` expression returns its value.
        if !isClosure, decl.returnType != nil, decl.body.count == 1, Parser.isBranchExpression(decl.body[0]) {
            decl.body = [Parser.returningBranches(decl.body[0])]
        }
        let movable = singleUseSlots(parameters.filter { !$0.isInout }.map(\.name), in: decl.body, excludingSelf: method != nil)
        if implicitReturn, decl.body.count == 1, case .expression(let expr) = decl.body[0].kind, !expr.isAssignment {
            movableSlots = movable
            setExpressionBody(proto, try compileNode(typedLiterals(expr, as: decl.returnType)))
        } else if isReturning(decl.body[...]) {
            movableSlots = movable
            if let node = try returningNode(decl.body) { setExpressionBody(proto, node) }
        } else {
            proto.body = try compileFunctionBody(decl.body, implicitReturn: implicitReturn)
        }
        proto.frameSize = scope.frameSize
        proto.slotsToClear = scope.slotsToClear
        proto.borrowsParameters = parameterSlots.count == parameters.count && parameterSlots.allSatisfy { !movedSlots.contains($0) }
        proto.captureSources = scope.captures
        proto.returnsSelf = method?.returnsSelf ?? false
        proto.isSimple = proto.hasExpressionBody && proto.captureCount == 0 && !proto.hasInout && !proto.returnsSelf
            && proto.boxedParameters.isEmpty && proto.variadicParameter == nil
            && zip(proto.parameterKinds, proto.parameterChecks).allSatisfy { kind, check in check == nil || kind != 0 }
        return proto
    }

    /// Makes `node` the function's whole body (its value is the result).
    private func setExpressionBody(_ proto: FunctionProto, _ node: ExprNode) {
        proto.expressionNode = node
        if let wrapped = node as? ClosureNode {
            proto.expressionBody = wrapped.eval
        } else {
            proto.expressionBody = { rt throws(ScriptError) in try node.evaluate(rt) }
        }
        proto.hasExpressionBody = true
    }

    /// A single-expression body returns its value (closures, and functions with a return type).
    func compileFunctionBody(_ body: [Stmt], implicitReturn: Bool) throws(ScriptError) -> Exec {
        if implicitReturn, body.count == 1, case .expression(let expr) = body[0].kind, !expr.isAssignment {
            let eval = try compileExpr(typedLiterals(expr, as: scope.returnType))
            return { rt throws(ScriptError) in rt.returnValue = try eval(rt); return .returned }
        }
        return try compileStatementList(body)
    }

    /// Default values are evaluated at each call, with only globals in scope.
    func compileDefaults(_ parameters: [ParameterDecl]) throws(ScriptError) -> [Eval?] {
        let outer = scope
        scope = FunctionScope(parent: nil, isCell: false, capturedNames: [])
        defer { scope = outer }
        return try parameters.map { (parameter) throws(ScriptError) in
            try parameter.defaultValue.map { (expr) throws(ScriptError) in try compileExpr(typedLiterals(expr, as: parameter.type)) }
        }
    }
}

/// How a member of a declared type receives `self` (see `compileFunction`).
struct MethodShape {
    /// `self` may be assigned (mutating methods, initializers, setters of value types).
    var selfIsVar: Bool
    /// The final `self` is handed back to the caller (mutating members of value types, initializers).
    var returnsSelf: Bool
}
