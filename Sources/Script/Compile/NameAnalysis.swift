/// Syntax-tree walks the compiler needs before compiling a body: which names nested closures use
/// (those locals are boxed), and how many `$n` a closure uses.
enum NameAnalysis {
    /// Names referenced inside any closure or function nested in `body`.
    static func namesUsedInNestedFunctions(_ body: [Stmt]) -> Set<String> {
        var names = Set<String>()
        for statement in body { visit(statement, nested: false) { name, nested in if nested { names.insert(name) } } }
        return names
    }

    /// The number of `$n` parameters a closure body uses (`$1` → 2), not counting nested closures.
    static func dollarCount(_ body: [Stmt]) -> Int {
        var count = 0
        for statement in body {
            visit(statement, nested: false) { name, nested in
                if !nested, name.hasPrefix("$"), let number = Int(name.dropFirst()) { count = max(count, number + 1) }
            }
        }
        return count
    }

    static func visit(_ statement: Stmt, nested: Bool, _ found: (String, Bool) -> Void) {
        switch statement.kind {
        case .expression(let expr): visit(expr, nested: nested, found)
        case .binding(_, _, _, let value): if let value { visit(value, nested: nested, found) }
        case .function(let decl):
            found(decl.name, nested)
            for parameter in decl.parameters { if let value = parameter.defaultValue { visit(value, nested: true, found) } }
            for inner in decl.body { visit(inner, nested: true, found) }
        case .ifStmt(let conditions, let then, let otherwise):
            visit(conditions, nested: nested, found)
            for inner in then + (otherwise ?? []) { visit(inner, nested: nested, found) }
        case .guardStmt(let conditions, let body), .whileStmt(let conditions, let body):
            visit(conditions, nested: nested, found)
            for inner in body { visit(inner, nested: nested, found) }
        case .repeatWhile(let body, let condition):
            for inner in body { visit(inner, nested: nested, found) }
            visit(condition, nested: nested, found)
        case .forIn(_, let sequence, let filter, let body):
            visit(sequence, nested: nested, found)
            if let filter { visit(filter, nested: nested, found) }
            for inner in body { visit(inner, nested: nested, found) }
        case .switchStmt(let subject, let cases):
            visit(subject, nested: nested, found)
            for switchCase in cases {
                for pattern in switchCase.patterns { visit(pattern, nested: nested, found) }
                if let guardExpr = switchCase.guardExpr { visit(guardExpr, nested: nested, found) }
                for inner in switchCase.body { visit(inner, nested: nested, found) }
            }
        case .block(let body): for inner in body { visit(inner, nested: nested, found) }
        case .throwStmt(let value): visit(value, nested: nested, found)
        case .deferStmt(let body): for inner in body { visit(inner, nested: nested, found) }
        case .doCatch(let body, let clauses):
            for inner in body { visit(inner, nested: nested, found) }
            for clause in clauses {
                if let pattern = clause.pattern { visit(pattern, nested: nested, found) }
                if let guardExpr = clause.guardExpr { visit(guardExpr, nested: nested, found) }
                for inner in clause.body { visit(inner, nested: nested, found) }
            }
        case .typeDeclaration, .typeAlias: break
        case .returnStmt(let value): if let value { visit(value, nested: nested, found) }
        case .labelled(_, let inner): visit(inner, nested: nested, found)
        case .breakStmt, .continueStmt, .jump, .fallthroughStmt: break
        }
    }

    static func visit(_ conditions: [Condition], nested: Bool, _ found: (String, Bool) -> Void) {
        for condition in conditions {
            switch condition {
            case .expr(let expr): visit(expr, nested: nested, found)
            case .optionalBinding(_, _, let expr, _): visit(expr, nested: nested, found)
            case .casePattern(let pattern, let expr): visit(pattern, nested: nested, found); visit(expr, nested: nested, found)
            }
        }
    }

    static func visit(_ pattern: Pattern, nested: Bool, _ found: (String, Bool) -> Void) {
        switch pattern {
        case .expression(let expr): visit(expr, nested: nested, found)
        case .tuple(let items): for item in items { visit(item, nested: nested, found) }
        case .letBinding(let inner), .optionalSome(let inner), .cast(let inner, _, _): visit(inner, nested: nested, found)
        case .enumCase(_, _, let items, _): for item in items ?? [] { visit(item.pattern, nested: nested, found) }
        case .binding, .wildcard, .isType: break
        }
    }

    static func visit(_ expr: Expr, nested: Bool, _ found: (String, Bool) -> Void) {
        switch expr.kind {
        case .identifier(let name): found(name, nested)
        case .dollar(let number): found("$\(number)", nested)
        case .integer, .largeInteger, .double, .string, .bool, .nilLiteral, .implicitMember, .discard, .specializedType: break
        case .interpolated(let pieces):
            for case .expr(let inner) in pieces { visit(inner, nested: nested, found) }
        case .array(let items): for item in items { visit(item, nested: nested, found) }
        case .dictionary(let pairs): for (key, value) in pairs { visit(key, nested: nested, found); visit(value, nested: nested, found) }
        case .tuple(let items): for (_, item) in items { visit(item, nested: nested, found) }
        case .unary(_, let operand), .optionalChain(let operand), .forceUnwrap(let operand),
             .tupleIndex(let operand, _), .member(let operand, _, _), .typeCast(let operand, _, _), .tryExpr(_, let operand):
            visit(operand, nested: nested, found)
        case .binary(_, let lhs, let rhs, _), .assign(_, let lhs, let rhs, _):
            visit(lhs, nested: nested, found); visit(rhs, nested: nested, found)
        case .ternary(let a, let b, let c):
            visit(a, nested: nested, found); visit(b, nested: nested, found); visit(c, nested: nested, found)
        case .call(let callee, let arguments), .subscriptAccess(let callee, let arguments):
            visit(callee, nested: nested, found)
            for argument in arguments { visit(argument.value, nested: nested, found) }
        case .closure(let decl):
            for inner in decl.body { visit(inner, nested: true, found) }
        }
    }
}
