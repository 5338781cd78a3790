/// Error handling syntax: `do { } catch Pattern where … { }`, and `try`/`try?`/`try!` before an expression.
extension Parser {
    // do -> 'do' block ('catch' pattern? ('where' expression)? block)*
    mutating func parseDo(start: SourceSpan) throws(ScriptError) -> Stmt {
        _ = advance()
        let body = try parseBlock()
        var clauses: [CatchClause] = []
        while current.isKeyword("catch") {
            let clauseStart = advance().span
            var pattern: Pattern?
            if !current.isPunct("{") && !current.isKeyword("where") {
                let saved = allowsTrailingClosure
                allowsTrailingClosure = false
                defer { allowsTrailingClosure = saved }
                pattern = try parsePattern()
            }
            var guardExpr: Expr?
            if matchKeyword("where") { guardExpr = try parseExpression(allowTrailingClosure: false) }
            clauses.append(CatchClause(pattern: pattern, guardExpr: guardExpr, body: try parseBlock(), span: clauseStart))
        }
        return Stmt(.doCatch(body, clauses), span(from: start))
    }

    // try -> 'try' ('?' | '!')? binary
    mutating func parseTry() throws(ScriptError) -> Expr {
        try enter(); defer { leave() }
        let start = advance().span
        var kind = "try"
        if case .op(let op) = current.kind, op == "?" || op == "!", !current.spaceBefore {
            kind += op
            _ = advance()
        }
        let operand = try parseBinary(minimum: 0)
        return Expr(.tryExpr(kind, operand), start.to(operand.span))
    }
}
