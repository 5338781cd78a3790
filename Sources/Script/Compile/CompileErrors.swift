/// Swift's error handling: `throw`, `do { } catch Pattern where … { }`, `try`, `try?`, `try!`. A thrown value
/// travels as a `ScriptError` carrying it (`ScriptError.thrown`); only thrown values are caught (a runtime
/// error such as an index out of range is not, as in Swift where it traps). One that leaves the cell is
/// `RuntimeError: uncaught error X`.
extension Compiler {
    func compileThrow(_ value: Expr, _ span: SourceSpan) throws(ScriptError) -> Exec {
        let eval = try compileExpr(value)
        let registry = session.typeRegistry
        return { rt throws(ScriptError) in
            let thrown = try eval(rt)
            guard StandardProtocols.conforms(thrown, to: "Error", registry: registry) else {
                throw ScriptError(kind: .type, message: Message.notAnError(thrown.typeName), span: value.span)
            }
            throw ScriptError.thrown(thrown, span: span)
        }
    }

    // do -> body; catch clauses tried in order, each with its own scope (a bare `catch` binds `error`)
    func compileDoCatch(_ body: [Stmt], _ clauses: [CatchClause]) throws(ScriptError) -> Exec {
        let run = try compileBlock(body)
        guard !clauses.isEmpty else { return run }
        var handlers: [(match: (Runtime, Value) throws(ScriptError) -> Bool, guardTest: ((Runtime) throws(ScriptError) -> Bool)?, body: Exec)] = []
        for clause in clauses {
            scope.pushBlock()
            let match: (Runtime, Value) throws(ScriptError) -> Bool
            if let pattern = clause.pattern {
                match = try compilePattern(pattern)
            } else {
                let store = initializer(try declare("error", isVar: false, span: clause.span))
                match = { rt, value in store(rt, value); return true }
            }
            let guardTest = try clause.guardExpr.map { (expr) throws(ScriptError) in try compileCondition(expr) }
            let handler = try compileBlock(clause.body)
            scope.popBlock()
            handlers.append((match, guardTest, handler))
        }
        return { rt throws(ScriptError) in
            do throws(ScriptError) {
                return try run(rt)
            } catch {
                guard let thrown = error.thrownValue else { throw error }
                for handler in handlers where try handler.match(rt, thrown) {
                    if let guardTest = handler.guardTest, !(try guardTest(rt)) { continue }
                    return try handler.body(rt)
                }
                throw error
            }
        }
    }

    func compileTry(_ kind: String, _ operand: Expr, _ span: SourceSpan) throws(ScriptError) -> Eval {
        let eval = try compileExpr(operand)
        switch kind {
        case "try?":
            return { rt throws(ScriptError) in
                do throws(ScriptError) { return try eval(rt).asOptional } catch {
                    guard error.thrownValue != nil else { throw error }
                    return .null
                }
            }
        case "try!":
            return { rt throws(ScriptError) in
                do throws(ScriptError) { return try eval(rt) } catch {
                    guard let thrown = error.thrownValue else { throw error }
                    throw ScriptError(kind: .runtime, message: Message.tryForceFailed(thrown.description), span: span)
                }
            }
        default: return eval
        }
    }
}

/// A thrown value carried by a `ScriptError` (values are not `Sendable`; a thrown value stays on the cell thread).
final class ThrownValue: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

extension ScriptError {
    /// The error that carries a value thrown by `throw` (its message is completed when it leaves the cell).
    static func thrown(_ value: Value, span: SourceSpan) -> ScriptError {
        var error = ScriptError(kind: .runtime, message: Message.uncaughtError, span: span)
        error.thrown = ThrownValue(value)
        return error
    }

    /// The thrown value, when this error comes from `throw`.
    var thrownValue: Value? { thrown?.value }
}
