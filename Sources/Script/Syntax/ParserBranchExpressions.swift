/// `if` and `switch` as expressions (Swift 5.9): `let s = if c { "a" } else { "b" }`, `return switch x { … }`, and a
/// function or computed property whose whole body is such an `if`/`switch`. Each branch's last expression is the
/// value. The expression is parsed as the statement and becomes a closure, called at once, whose branches return.
extension Parser {
    mutating func parseBranchExpression() throws(ScriptError) -> Expr {
        let start = current.span
        let statement = current.isKeyword("if") ? try parseIf() : try parseSwitch()
        guard Self.isBranchExpression(statement) else {
            throw error("'if' used as an expression needs an 'else' and a value at the end of every branch", start)
        }
        let decl = FunctionDecl(name: "closure", parameters: [], returnType: nil, body: [Self.returningBranches(statement)],
                                span: span(from: start))
        return Expr(.call(Expr(.closure(decl), decl.span), []), decl.span)
    }

    /// Whether every branch of an `if` (with `else`) or `switch` ends in a value.
    static func isBranchExpression(_ statement: Stmt) -> Bool {
        switch statement.kind {
        case .ifStmt(_, let then, let otherwise):
            guard let otherwise else { return false }
            return endsInValue(then) && endsInValue(otherwise)
        case .switchStmt(_, let cases): return !cases.isEmpty && cases.allSatisfy { endsInValue($0.body) }
        default: return false
        }
    }

    private static func endsInValue(_ body: [Stmt]) -> Bool {
        guard let last = body.last else { return false }
        switch last.kind {
        case .expression(let expr): return !expr.isAssignment
        case .ifStmt, .switchStmt: return isBranchExpression(last)
        case .throwStmt: return true
        default: return false
        }
    }

    /// The statement with each branch's last expression returned.
    static func returningBranches(_ statement: Stmt) -> Stmt {
        switch statement.kind {
        case .ifStmt(let conditions, let then, let otherwise):
            return Stmt(.ifStmt(conditions, returningLast(then), otherwise.map(returningLast)), statement.span)
        case .switchStmt(let subject, let cases):
            let returning = cases.map { (switchCase) -> SwitchCase in
                var changed = switchCase
                changed.body = returningLast(switchCase.body)
                return changed
            }
            return Stmt(.switchStmt(subject, returning), statement.span)
        default: return statement
        }
    }

    private static func returningLast(_ body: [Stmt]) -> [Stmt] {
        guard let last = body.last else { return body }
        var out = Array(body.dropLast())
        switch last.kind {
        case .expression(let expr): out.append(Stmt(.returnStmt(expr), last.span))
        case .ifStmt, .switchStmt: out.append(returningBranches(last))
        default: out.append(last)
        }
        return out
    }
}
