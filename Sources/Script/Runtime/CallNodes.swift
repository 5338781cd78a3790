/// Call sites of a global `func` by name inside a node-compiled body (see `GlobalCallSite`): the arguments
/// are evaluated straight into the callee's frame and its body node runs through `Runtime.runDirect`;
/// when the global no longer holds a simple function, `fallback` (the general call) runs instead.
final class GlobalCallNode1: ExprNode {
    let site: GlobalCallSite
    let argument: ExprNode
    let fallback: Eval
    let span: SourceSpan
    init(_ site: GlobalCallSite, _ argument: ExprNode, fallback: @escaping Eval, _ span: SourceSpan) {
        self.site = site; self.argument = argument; self.fallback = fallback; self.span = span
    }
    override func evaluate(_ rt: Runtime) throws(ScriptError) -> Value {
        guard !rt.capturesInUse, let resolved = site.resolve(rt.globals) else { return try fallback(rt) }
        let base = rt.openFrame(arguments: 1)
        // Moved into the frame (`consume`): a `let` kept to the end of scope costs a retain and release per call.
        let value = try argument.evaluate(rt)
        (rt.stack + base).initialize(to: consume value)
        return try rt.runDirect(resolved, base: base, span: span)
    }
}

/// A two-argument call of a global function (see `GlobalCallNode1`).
final class GlobalCallNode2: ExprNode {
    let site: GlobalCallSite
    let first: ExprNode
    let second: ExprNode
    let fallback: Eval
    let span: SourceSpan
    init(_ site: GlobalCallSite, _ first: ExprNode, _ second: ExprNode, fallback: @escaping Eval, _ span: SourceSpan) {
        self.site = site; self.first = first; self.second = second; self.fallback = fallback; self.span = span
    }
    override func evaluate(_ rt: Runtime) throws(ScriptError) -> Value {
        guard !rt.capturesInUse, let resolved = site.resolve(rt.globals) else { return try fallback(rt) }
        let base = rt.openFrame(arguments: 2)
        let a = try first.evaluate(rt)
        let b = try second.evaluate(rt)
        (rt.stack + base).initialize(to: consume a)
        (rt.stack + (base &+ 1)).initialize(to: consume b)
        return try rt.runDirect(resolved, base: base, span: span)
    }
}

/// A call of a global function with any number of positional arguments (see `GlobalCallNode1`).
final class GlobalCallNodeN: ExprNode {
    let site: GlobalCallSite
    let arguments: [ExprNode]
    let fallback: Eval
    let span: SourceSpan
    init(_ site: GlobalCallSite, _ arguments: [ExprNode], fallback: @escaping Eval, _ span: SourceSpan) {
        self.site = site; self.arguments = arguments; self.fallback = fallback; self.span = span
    }
    override func evaluate(_ rt: Runtime) throws(ScriptError) -> Value {
        guard !rt.capturesInUse, let resolved = site.resolve(rt.globals) else { return try fallback(rt) }
        let count = arguments.count
        let base = rt.openFrame(arguments: count)
        var index = 0
        while index < count {
            let value = try arguments[index].evaluate(rt)
            rt.stack[base &+ index] = consume value
            index &+= 1
        }
        return try rt.runDirect(resolved, base: base, span: span)
    }
}

/// `f(slot - k)` or `f(slot + k)`: a one-argument call whose argument is computed inline (the recursive
/// calls of most small functions), saving the argument node's call.
final class GlobalCallOffsetNode: ExprNode {
    let site: GlobalCallSite
    let argument: SlotOffsetNode
    let fallback: Eval
    let span: SourceSpan
    init(_ site: GlobalCallSite, _ argument: SlotOffsetNode, fallback: @escaping Eval, _ span: SourceSpan) {
        self.site = site; self.argument = argument; self.fallback = fallback; self.span = span
    }
    override func evaluate(_ rt: Runtime) throws(ScriptError) -> Value {
        guard !rt.capturesInUse, let resolved = site.resolve(rt.globals) else { return try fallback(rt) }
        let base = rt.openFrame(arguments: 1)
        if case .int(let x) = rt.stack[rt.fp &+ argument.slot], case (let result, false) = argument.isSubtraction
            ? x.subtractingReportingOverflow(argument.offset) : x.addingReportingOverflow(argument.offset) {
            (rt.stack + base).initialize(to: .int(result))
        } else {
            (rt.stack + base).initialize(to: try argument.evaluate(rt))
        }
        return try rt.runDirect(resolved, base: base, span: span)
    }
}

/// `f(x)` where `x` is a frame slot of the caller, read inline (no argument node). When the target
/// `borrowsParameters`, the argument is lent: its bits are copied into the callee's frame with no retain and the
/// caller's slot keeps it (nothing in a node-compiled body can change that slot during the call), so a value bound
/// from an enum payload goes down a recursion without reference counting. Otherwise it is moved (a last use) or copied.
final class GlobalCallSlotNode: ExprNode {
    let site: GlobalCallSite
    let slot: Int
    let moves: Bool
    let fallback: Eval
    let span: SourceSpan
    init(_ site: GlobalCallSite, slot: Int, moves: Bool, fallback: @escaping Eval, _ span: SourceSpan) {
        self.site = site; self.slot = slot; self.moves = moves; self.fallback = fallback; self.span = span
    }
    override func evaluate(_ rt: Runtime) throws(ScriptError) -> Value {
        guard !rt.capturesInUse, let resolved = site.resolve(rt.globals) else { return try fallback(rt) }
        let base = rt.openFrame(arguments: 1)
        let source = rt.stack + (rt.fp &+ slot), target = rt.stack + base
        if moves {
            target.moveInitialize(from: source, count: 1)
            source.initialize(to: .void)
        } else if resolved._withUnsafeGuaranteedRef({ $0.borrowsParameters }) {
            UnsafeMutableRawPointer(target).copyMemory(from: source, byteCount: MemoryLayout<Value>.size)
            return try rt.runDirect(resolved, base: base, borrowed: 1, fusesSwitch: true, span: span)
        } else {
            target.initialize(to: source.pointee)
        }
        return try rt.runDirect(resolved, base: base, fusesSwitch: true, span: span)
    }
}
