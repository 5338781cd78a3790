/// Statements: blocks, bindings, expression statements, returns and loop control.
extension Compiler {
    /// A list of statements run in order; stops at the first non-normal flow.
    func compileStatementList(_ statements: [Stmt]) throws(ScriptError) -> Exec {
        if let index = statements.firstIndex(where: { if case .deferStmt = $0.kind { true } else { false } }),
           case .deferStmt(let deferred) = statements[index].kind {
            return try compileDeferred(Array(statements[..<index]), deferred, Array(statements[(index + 1)...]))
        }
        var compiled: [Statement] = []
        var first: Exec = { _ in .normal }, second: Exec = { _ in .normal }
        var third: Exec = { _ in .normal }, fourth: Exec = { _ in .normal }
        for (index, statement) in statements.enumerated() {
            let exec = try compileStatement(statement)
            switch index {
            case 0: first = exec
            case 1: second = exec
            case 2: third = exec
            case 3: fourth = exec
            default: break
            }
            compiled.append(Statement(run: exec))
        }
        // Up to four statements are captured one by one; more are called from an array of `Statement`.
        switch compiled.count {
        case 0: return { _ in .normal }
        case 1: return first
        case 2:
            return { [first, second] rt throws(ScriptError) in
                let flow = try first(rt)
                if flow != .normal { return flow }
                return try second(rt)
            }
        case 3:
            return { [first, second, third] rt throws(ScriptError) in
                var flow = try first(rt)
                if flow != .normal { return flow }
                flow = try second(rt)
                if flow != .normal { return flow }
                return try third(rt)
            }
        case 4:
            return { [first, second, third, fourth] rt throws(ScriptError) in
                var flow = try first(rt)
                if flow != .normal { return flow }
                flow = try second(rt)
                if flow != .normal { return flow }
                flow = try third(rt)
                if flow != .normal { return flow }
                return try fourth(rt)
            }
        default:
            return { rt throws(ScriptError) in
                for statement in compiled {
                    let flow = try statement.run(rt)
                    if flow != .normal { return flow }
                }
                return .normal
            }
        }
    }

    /// A compiled statement of a list. Kept in a struct so the array stores the closure as it is (a closure stored
    /// in an array directly is called through two reabstraction thunks).
    struct Statement {
        let run: Exec
    }

    /// A `{ … }` body with its own block scope.
    func compileBlock(_ statements: [Stmt]) throws(ScriptError) -> Exec {
        scope.pushBlock()
        let savedBuilder = builderStatement
        builderStatement = false
        defer { scope.popBlock(); builderStatement = savedBuilder }
        return try compileStatementList(statements)
    }

    func compileStatement(_ statement: Stmt) throws(ScriptError) -> Exec {
        let span = statement.span
        switch statement.kind {
        case .expression(let expr): return try compileExpressionStatement(expr)
        case .binding(let isVar, let pattern, let type, let value):
            return try compileBinding(isVar: isVar, pattern, type, value, span)
        case .function(let decl): return try compileFunctionStatement(decl)
        case .ifStmt(let conditions, let then, let otherwise): return try compileIf(conditions, then, otherwise)
        case .guardStmt(let conditions, let body): return try compileGuard(conditions, body, span)
        case .whileStmt(let conditions, let body): return try compileWhile(conditions, body, span)
        case .repeatWhile(let body, let condition): return try compileRepeat(body, condition, span)
        case .forIn(let pattern, let sequence, let filter, let body): return try compileFor(pattern, sequence, filter, body)
        case .switchStmt(let subject, let cases): return try compileSwitch(subject, cases, span)
        case .block(let body): return try compileBlock(body)
        case .breakStmt:
            if scope.loopDepth == 0 && scope.switchDepth == 0 { throw error(.syntax, Message.breakOutside, span) }
            return { _ in .breakLoop }
        case .continueStmt:
            if scope.loopDepth == 0 { throw error(.syntax, Message.continueOutside, span) }
            return { _ in .continueLoop }
        case .labelled(let name, let inner): return try compileLabelled(name, inner, span)
        case .jump(let label, let isContinue): return try compileJump(label, isContinue: isContinue, span)
        case .fallthroughStmt:
            if scope.switchDepth == 0 { throw error(.syntax, Message.fallthroughOutside, span) }
            return { _ in .fallthroughCase }
        case .typeDeclaration(let decl): return try compileTypeDeclarationStatement(decl)
        case .typeAlias(let name, let type):
            if !session.typeRegistry.declareAlias(name, type) { throw error(.type, Message.aliasCycle(name), span) }
            return { _ in .normal }
        case .throwStmt(let value): return try compileThrow(value, span)
        case .doCatch(let body, let clauses): return try compileDoCatch(body, clauses)
        case .deferStmt: throw error(.syntax, "'defer' must be directly inside a block", span)
        case .returnStmt(let value):
            if scope.isCell { throw error(.syntax, Message.returnOutside, span) }
            guard let value else { return { rt in rt.returnValue = .void; return .returned } }
            let eval = try compileExpr(typedLiterals(value, as: scope.returnType))
            return { rt throws(ScriptError) in rt.returnValue = try eval(rt); return .returned }
        }
    }

    /// An expression statement; in a closure body it also feeds builder mode (`Sequential { Dense(…) }`).
    func compileExpressionStatement(_ expr: Expr) throws(ScriptError) -> Exec {
        if case .assign(let op, let target, let value, _) = expr.kind, !expr.startsOptionalChain {
            return try compileAssignmentStatement(op, target, value, expr.span)
        }
        let eval = try compileExpr(expr)
        if builderStatement && !expr.isAssignment {
            return { rt throws(ScriptError) in
                let value = try eval(rt)
                guard rt.builderFrame == rt.fp else { return .normal }
                if case .void = value { return .normal }
                rt.builderValues.append(value)
                return .normal
            }
        }
        return { rt throws(ScriptError) in _ = try eval(rt); return .normal }
    }

    // binding -> ('let' | 'var') pattern (':' type)? '=' expression
    func compileBinding(isVar: Bool, _ pattern: Pattern, _ type: TypeAnnotation?, _ value: Expr?,
                        _ span: SourceSpan) throws(ScriptError) -> Exec {
        if let type { try requireKnownTypes(type, span) }
        // `var total: Int` without a value is assigned later: nothing to check yet.
        let check = value == nil ? nil : type.flatMap(typeCheck)
        let declaredType = type ?? value.flatMap { staticType($0) }
        let eval: Eval
        if let value { eval = try compileValue(value, as: declaredType) }
        else if case .optional = type { eval = { _ in .null } }
        else { eval = { _ in .void } }
        let valueSpan = value?.span ?? span
        let bind = try compileBindingPattern(pattern, isVar: isVar, span: span,
                                             elementKind: type.flatMap(KeyKind.ofArray) ?? value.flatMap(Self.writtenArrayKind),
                                             declaredType: declaredType)
        if value == nil, !isVar, case .binding(let name, _) = pattern { markInitializedLater(name) }
        return { rt throws(ScriptError) in
            var result = try eval(rt)
            if let check {
                guard let checked = check.apply(result) else {
                    throw ScriptError(kind: .type, message: Message.convert(result.typeName, to: check.text), span: valueSpan)
                }
                result = checked
            }
            try bind(rt, result)
            return .normal
        }
    }

    /// `let name: T` without a value: the first `=` to it initialises it, as Swift's definite initialisation allows.
    private func markInitializedLater(_ name: String) {
        if scope.declaresGlobals { session.globals[name]?.initializesLater = true }
        else { scope.blocks[scope.blocks.count - 1][name]?.initializesLater = true }
    }

    /// Declares the names of a binding pattern and returns the code that stores a value into them.
    func compileBindingPattern(_ pattern: Pattern, isVar: Bool, span: SourceSpan, elementKind: KeyKind? = nil,
                               declaredType: TypeAnnotation? = nil) throws(ScriptError)
        -> (Runtime, Value) throws(ScriptError) -> Void {
        switch pattern {
        case .wildcard: return { _, _ in }
        case .binding(let name, let nameSpan):
            let store = initializer(try declare(name, isVar: isVar, span: nameSpan, elementKind: elementKind, declaredType: declaredType))
            return { rt, value in store(rt, value) }
        case .tuple(let items), .letBinding(.tuple(let items)):
            var memberTypes: [TypeAnnotation?] = Array(repeating: nil, count: items.count)
            if case .tuple(let types, _)? = resolvedType(declaredType), types.count == items.count { memberTypes = types }
            let binders = try zip(items, memberTypes).map { (item, memberType) throws(ScriptError) in
                try compileBindingPattern(item, isVar: isVar, span: span, declaredType: memberType)
            }
            return { rt, value throws(ScriptError) in
                guard case .tuple(let tuple) = value, tuple.elements.count == binders.count else {
                    let have = if case .tuple(let t) = value { t.elements.count } else { 1 }
                    throw ScriptError(kind: .type, message: Message.tupleArity(binders.count, have), span: span)
                }
                for (binder, element) in zip(binders, tuple.elements) { try binder(rt, element) }
            }
        case .letBinding(let inner), .optionalSome(let inner):
            return try compileBindingPattern(inner, isVar: isVar, span: span)
        case .expression(let expr):
            throw error(.syntax, "expected a name to bind", expr.span)
        case .enumCase, .isType, .cast:
            throw error(.syntax, "expected a name to bind", span)
        }
    }
}

extension Compiler {
    /// `head; defer { body }; tail`: once `head` has run to the `defer`, `body` runs when `tail` ends — normally,
    /// by `return`/`break`/`continue` or by a thrown error (defers run last-registered first, as nested blocks here).
    /// The value being returned is kept while `body` runs.
    func compileDeferred(_ head: [Stmt], _ deferred: [Stmt], _ tail: [Stmt]) throws(ScriptError) -> Exec {
        let runHead = try compileStatementList(head)
        let runDeferred = try compileBlock(deferred)
        let runTail = try compileStatementList(tail)
        return { rt throws(ScriptError) in
            let flow = try runHead(rt)
            if flow != .normal { return flow }
            let result: Flow
            do throws(ScriptError) {
                result = try runTail(rt)
            } catch {
                let returning = rt.returnValue
                _ = try runDeferred(rt)
                rt.returnValue = returning
                throw error
            }
            let returning = rt.returnValue
            _ = try runDeferred(rt)
            rt.returnValue = returning
            return result
        }
    }
}
