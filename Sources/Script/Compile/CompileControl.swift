/// `if`, `guard`, `while`, `repeat` and conditions.
extension Compiler {
    /// Compiles a Bool-valued expression.
    func compileCondition(_ expr: Expr) throws(ScriptError) -> (Runtime) throws(ScriptError) -> Bool {
        if let comparison = try compileComparisonCondition(expr) {
            return compileSelfFieldComparison(expr, general: comparison)
        }
        if case .binary(let name, let lhs, let rhs, _) = expr.kind, name == "&&" || name == "||" {
            let left = try compileCondition(lhs), right = try compileCondition(rhs)
            if name == "&&" {
                return compileSelfFieldComparison(expr) { rt throws(ScriptError) in
                    if !(try left(rt)) { return false }
                    return try right(rt)
                }
            }
            return compileSelfFieldComparison(expr) { rt throws(ScriptError) in
                if try left(rt) { return true }
                return try right(rt)
            }
        }
        if let element = try compileSlotSubscriptCondition(expr) { return element }
        let span = expr.span
        let eval = try compileExpr(expr)
        return { rt throws(ScriptError) in
            let value = try eval(rt)
            if case .bool(let flag) = value { return flag }
            throw ScriptError(kind: .type, message: Message.condition(value.typeName), span: span)
        }
    }

    /// conditions -> condition (',' condition)*; bindings are declared in the current block.
    func compileConditions(_ conditions: [Condition]) throws(ScriptError) -> (Runtime) throws(ScriptError) -> Bool {
        if conditions.count == 1, case .expr(let expr) = conditions[0] { return try compileCondition(expr) }
        var tests: [(Runtime) throws(ScriptError) -> Bool] = []
        for condition in conditions {
            switch condition {
            case .expr(let expr): tests.append(try compileCondition(expr))
            case .optionalBinding(let isVar, let pattern, let expr, let span):
                let eval = try compileExpr(expr)
                let bind = try compileBindingPattern(pattern, isVar: isVar, span: span)
                let test: (Runtime) throws(ScriptError) -> Bool = { rt throws(ScriptError) in
                    let subject = try eval(rt)
                    switch subject {
                    case .null: return false
                    case .wrapped(let value): try bind(rt, value); return true
                    default: try bind(rt, subject); return true
                    }
                }
                tests.append(test)
            case .casePattern(let pattern, let expr):
                let eval = try compileExpr(expr)
                let match = try compilePattern(pattern)
                let test: (Runtime) throws(ScriptError) -> Bool = { rt throws(ScriptError) in try match(rt, try eval(rt)) }
                tests.append(test)
            }
        }
        if tests.count == 1 { return tests[0] }
        return { rt throws(ScriptError) in
            for test in tests where !(try test(rt)) { return false }
            return true
        }
    }

    func compileIf(_ conditions: [Condition], _ then: [Stmt], _ otherwise: [Stmt]?) throws(ScriptError) -> Exec {
        scope.pushBlock()
        let test = try compileConditions(conditions)
        let thenBody = try compileBlock(then)
        scope.popBlock()
        let elseBody = try otherwise.map { (body) throws(ScriptError) in try compileBlock(body) }
        if let elseBody {
            return { rt throws(ScriptError) in try test(rt) ? try thenBody(rt) : try elseBody(rt) }
        }
        return { rt throws(ScriptError) in try test(rt) ? try thenBody(rt) : .normal }
    }

    func compileGuard(_ conditions: [Condition], _ body: [Stmt], _ span: SourceSpan) throws(ScriptError) -> Exec {
        let elseBody = try compileBlock(body)
        guard let last = body.last, last.exits else { throw error(.syntax, Message.guardFallthrough, span) }
        let test = try compileConditions(conditions)
        return { rt throws(ScriptError) in
            if try test(rt) { return .normal }
            let flow = try elseBody(rt)
            return flow
        }
    }

    func compileWhile(_ conditions: [Condition], _ body: [Stmt], _ span: SourceSpan) throws(ScriptError) -> Exec {
        let label = scope.takeLoopLabel()
        scope.pushBlock()
        defer { scope.popBlock() }
        let test = try compileConditions(conditions)
        var quick: SlotComparison?
        if conditions.count == 1, case .expr(let expr) = conditions[0] { quick = try slotComparison(expr) }
        scope.loopDepth += 1
        let run = try compileLoopBody(body)
        scope.loopDepth -= 1
        switch (quick, run) {
        case (let quick?, .two(let first, let second)):
            return { rt throws(ScriptError) in
                try Compiler.whileLoop(rt, label, span, { rt throws(ScriptError) in
                    if let result = quick.test(rt) { return result }
                    return try test(rt)
                }) { rt throws(ScriptError) in
                    let flow = try first.run(rt)
                    return flow == .normal ? try second.run(rt) : flow
                }
            }
        case (let quick?, .one(let node)):
            return { rt throws(ScriptError) in
                try Compiler.whileLoop(rt, label, span, { rt throws(ScriptError) in
                    if let result = quick.test(rt) { return result }
                    return try test(rt)
                }) { rt throws(ScriptError) in try node.run(rt) }
            }
        case (let quick?, .block(let block)):
            return { rt throws(ScriptError) in
                try Compiler.whileLoop(rt, label, span, { rt throws(ScriptError) in
                    if let result = quick.test(rt) { return result }
                    return try test(rt)
                }, block)
            }
        case (nil, .two(let first, let second)):
            return { rt throws(ScriptError) in
                try Compiler.whileLoop(rt, label, span, test) { rt throws(ScriptError) in
                    let flow = try first.run(rt)
                    return flow == .normal ? try second.run(rt) : flow
                }
            }
        case (nil, .one(let node)):
            return { rt throws(ScriptError) in try Compiler.whileLoop(rt, label, span, test) { rt throws(ScriptError) in try node.run(rt) } }
        case (nil, .block(let block)):
            return { rt throws(ScriptError) in try Compiler.whileLoop(rt, label, span, test, block) }
        }
    }

    /// The loop of `while`: `test` before each pass, an interrupt check, then `run`.
    @inline(__always)
    static func whileLoop(_ rt: Runtime, _ label: Int, _ span: SourceSpan, _ test: (Runtime) throws(ScriptError) -> Bool,
                          _ run: (Runtime) throws(ScriptError) -> Flow) throws(ScriptError) -> Flow {
        while try test(rt) {
            try rt.checkInterrupt(at: span)
            let flow = try run(rt)
            if flow != .normal, let exit = flow.loopExit(rt, label: label) { return exit }
        }
        return .normal
    }

    /// A loop's body: two statements are called one after the other by the loop itself (no list closure between),
    /// as nodes (`StmtNode`); one statement with a node of its own is called as that node; any other body is one
    /// compiled block.
    enum LoopBody {
        case one(StmtNode)
        case two(StmtNode, StmtNode)
        case block(Exec)

        /// The body as one closure (for the general loop paths).
        var exec: Exec {
            switch self {
            case .one(let node): return { rt throws(ScriptError) in try node.run(rt) }
            case .two(let first, let second):
                return { rt throws(ScriptError) in
                    let flow = try first.run(rt)
                    return flow == .normal ? try second.run(rt) : flow
                }
            case .block(let block): return block
            }
        }
    }

    /// Compiles a loop body in its own block scope, as `compileBlock` does.
    func compileLoopBody(_ statements: [Stmt]) throws(ScriptError) -> LoopBody {
        let plain = (statements.count == 1 || statements.count == 2)
            && !statements.contains { if case .deferStmt = $0.kind { true } else { false } }
        guard plain else { return .block(try compileBlock(statements)) }
        scope.pushBlock()
        let savedBuilder = builderStatement
        builderStatement = false
        defer { scope.popBlock(); builderStatement = savedBuilder }
        let first = try compileStatement(statements[0])
        let firstNode = specialStatementNode(statements[0], general: first)
        guard statements.count == 2 else { return firstNode.map { .one($0) } ?? .block(first) }
        let second = try compileStatement(statements[1])
        return .two(firstNode ?? ClosureStmtNode(first), specialStatementNode(statements[1], general: second) ?? ClosureStmtNode(second))
    }

    func compileRepeat(_ body: [Stmt], _ condition: Expr, _ span: SourceSpan) throws(ScriptError) -> Exec {
        let label = scope.takeLoopLabel()
        scope.loopDepth += 1
        let run = try compileBlock(body)
        scope.loopDepth -= 1
        let test = try compileCondition(condition)
        return { rt throws(ScriptError) in
            repeat {
                try rt.checkInterrupt(at: span)
                let flow = try run(rt)
                if flow != .normal, let exit = flow.loopExit(rt, label: label) { return exit }
            } while try test(rt)
            return .normal
        }
    }
}

extension Stmt {
    /// Whether the statement always leaves the scope (the end of a `guard … else` body).
    var exits: Bool {
        switch kind {
        case .returnStmt, .breakStmt, .continueStmt, .throwStmt, .jump: return true
        case .expression(let expr):
            if case .call(let callee, _) = expr.kind, case .identifier(let name) = callee.kind {
                return name == "fatalError" || name == "preconditionFailure"
            }
            return false
        case .ifStmt(_, let then, let otherwise):
            return (then.last?.exits ?? false) && (otherwise?.last?.exits ?? false)
        default: return false
        }
    }
}
