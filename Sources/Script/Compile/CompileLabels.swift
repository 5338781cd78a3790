/// Labelled statements (`outer: for …`), `break outer` / `continue outer`, and what loops do with their body's flow.
/// A label's id is its nesting depth among the labels of one function, so it is unique along any path a jump takes.
extension Compiler {
    func compileLabelled(_ name: String, _ statement: Stmt, _ span: SourceSpan) throws(ScriptError) -> Exec {
        if scope.labels.contains(where: { $0.name == name }) { throw error(.syntax, Message.labelReused(name), span) }
        let isLoop: Bool
        switch statement.kind {
        case .forIn, .whileStmt, .repeatWhile: isLoop = true
        default: isLoop = false
        }
        scope.labels.append((name, isLoop))
        defer { scope.labels.removeLast() }
        let id = scope.labels.count
        if isLoop { scope.pendingLoopLabel = id }
        let run = try compileStatement(statement)
        return { rt throws(ScriptError) in
            let flow = try run(rt)
            if flow == .jump, rt.jumpTarget == id { return .normal }
            return flow
        }
    }

    func compileJump(_ label: String, isContinue: Bool, _ span: SourceSpan) throws(ScriptError) -> Exec {
        guard let index = scope.labels.lastIndex(where: { $0.name == label }) else {
            throw error(.syntax, Message.unknownLabel(label), span)
        }
        if isContinue, !scope.labels[index].isLoop { throw error(.syntax, Message.continueNotLoop(label), span) }
        let id = index + 1
        return { rt in
            rt.jumpTarget = id
            rt.jumpContinues = isContinue
            return .jump
        }
    }
}

extension Flow {
    /// What a loop does after its body ran with this flow: nil to go on with the next iteration, else the loop's
    /// result (`label` is the loop's label id, 0 when it has none).
    @inline(__always)
    func loopExit(_ rt: Runtime, label: Int) -> Flow? {
        switch self {
        case .normal, .continueLoop, .fallthroughCase: return nil
        case .breakLoop: return .normal
        case .returned: return .returned
        case .jump:
            guard rt.jumpTarget == label else { return .jump }
            return rt.jumpContinues ? nil : .normal
        }
    }
}
