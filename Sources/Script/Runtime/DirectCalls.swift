/// The fastest call path: a call by name of a global user function whose body is a single expression
/// (no captures, inout, boxes, variadics or parameter conversions). The call site resolves the function
/// once into an immutable `DirectTarget` and rechecks it by identity on every call (a later cell may
/// redeclare the name). The target is reached through `Unmanaged`, so a call retains nothing.
final class DirectTarget {
    /// Keeps the resolved function (and its closure and proto) alive while the call site uses it.
    let function: Function
    let proto: FunctionProto
    let body: Eval
    let frameSize: Int
    /// The simple kind of each parameter check (see `TypeCheck.simple`); 0 when unchecked.
    let parameterKinds: [UInt8]
    let needsChecks: Bool

    init(function: Function, proto: FunctionProto) {
        self.function = function
        self.proto = proto
        body = proto.expressionBody
        frameSize = proto.frameSize
        parameterKinds = proto.parameterKinds
        needsChecks = proto.parameterKinds.contains { $0 != 0 }
    }
}

/// What a by-name call site of a global function learnt about the function it called last.
final class GlobalCallSite {
    let slot: Int
    let count: Int
    let labels: [String?]
    private var identity: ObjectIdentifier?
    private var owner: DirectTarget?
    private var target: Unmanaged<DirectTarget>?

    init(slot: Int, count: Int, labels: [String?]) { self.slot = slot; self.count = count; self.labels = labels }

    /// The target when the global still holds the function resolved last and it takes the direct path.
    @inline(__always)
    func resolve(_ globals: UnsafeMutablePointer<Value>) -> Unmanaged<DirectTarget>? {
        guard case .function(let function) = globals[slot] else { return nil }
        if ObjectIdentifier(function) != identity { refresh(function) }
        return target
    }

    private func refresh(_ function: Function) {
        identity = ObjectIdentifier(function)
        owner = nil
        target = nil
        guard case .closure(let closure) = function.kind else { return }
        let proto = closure.proto
        guard proto.isSimple, proto.labels.count == count, proto.labels == labels else { return }
        let resolved = DirectTarget(function: function, proto: proto)
        owner = resolved
        target = Unmanaged.passUnretained(resolved)
    }
}

extension Runtime {
    /// Calls a direct target whose arguments are already in `stack[base ..< base + parameter count]`.
    /// Same checks, limits and error frames as `invoke`.
    @inline(__always)
    func invokeDirect(_ target: Unmanaged<DirectTarget>, base: Int, span: SourceSpan) throws(ScriptError) -> Value {
        if depth >= Limits.maximumCallDepth {
            throw ScriptError(kind: .runtime, message: Message.stackOverflow(Limits.maximumCallDepth), span: span)
        }
        try checkInterrupt(at: span)
        do {
            return try target._withUnsafeGuaranteedRef { target throws(ScriptError) -> Value in
                let savedFp = fp
                let frameEnd = base &+ target.frameSize
                depth &+= 1
                fp = base; top = frameEnd
                defer {
                    var slot = base
                    while slot < frameEnd { stack[slot] = .void; slot &+= 1 }
                    fp = savedFp; top = base; depth &-= 1
                }
                do throws(ScriptError) {
                    if target.needsChecks { try checkDirectParameters(target, base: base) }
                    let result = try target.body(self)
                    let proto = target.proto
                    if proto.hasReturnCheck, !TypeCheck.accepts(proto.returnKind, result) { return try convertReturn(proto, result) }
                    return result
                } catch {
                    throw framed(error, target.proto, span)
                }
            }
        } catch let error as ScriptError {
            throw error
        } catch {
            throw ScriptError(kind: .runtime, message: "\(error)", span: span)
        }
    }

    @inline(__always)
    private func checkDirectParameters(_ target: DirectTarget, base: Int) throws(ScriptError) {
        let kinds = target.parameterKinds
        var index = 0
        while index < kinds.count {
            if kinds[index] != 0 && !TypeCheck.accepts(kinds[index], stack[base &+ index]) {
                try prologue(target.proto)
                return
            }
            index &+= 1
        }
    }
}
