/// `deinit` bodies. When the last reference to a class instance with a `deinit` goes away, Swift's own
/// deinitialiser of `Instance` cannot run user code (the runtime may be in the middle of anything), so it keeps
/// the instance's fields in a copy and queues it; the bodies run at the next safe point: after each top-level
/// statement of a cell, after a call of a user function returns, and before a cell's result is shown.
extension Runtime {
    /// Runs the queued `deinit` bodies (the class's, then its superclasses'); throws the first error one raised.
    func runPendingDeinits() throws(ScriptError) {
        runDeinitsQuietly()
        if let error = deinitError {
            deinitError = nil
            throw error
        }
    }

    /// Runs the queued `deinit` bodies, keeping the first error for `runPendingDeinits` to report.
    func runDeinitsQuietly() {
        guard !runningDeinits else { return }
        runningDeinits = true
        defer { runningDeinits = false }
        var index = 0
        while index < pendingDeinits.count {
            let instance = pendingDeinits[index]
            index += 1
            for type in instance.type.lineage {
                guard let body = type.deinitializer else { continue }
                var receiver = Value.instance(instance)
                do throws(ScriptError) { _ = try callAccessor(body, &receiver, [], span: nil) } catch {
                    if deinitError == nil { deinitError = error }
                }
            }
        }
        pendingDeinits.removeAll()
        hasPendingDeinits = false
    }
}

extension Compiler {
    /// A cell's top-level statements, with queued `deinit` bodies run after each one.
    func compileTopLevelStatements(_ statements: [Stmt]) throws(ScriptError) -> Exec {
        var compiled: [Exec] = []
        for statement in statements { compiled.append(try compileStatement(statement)) }
        return { rt throws(ScriptError) in
            for statement in compiled {
                let flow = try statement(rt)
                if rt.hasPendingDeinits || rt.deinitError != nil { try rt.runPendingDeinits() }
                if flow != .normal { return flow }
            }
            return .normal
        }
    }
}
