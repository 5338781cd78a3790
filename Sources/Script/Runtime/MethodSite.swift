/// What one method call site (`ps[i].step(0.5)`) learnt about the declared type it called last: the method's
/// closure when the call needs no matching (one method by that name, the site's labels exactly, no inout,
/// variadic or defaulted parameters). Rechecked by type identity and `TypeRegistry.epoch` on every call, so a
/// later cell's extension, a redeclared type or a subclass instance resolves again.
final class MethodSite {
    let name: String
    let labels: [String?]
    /// The identity of the type resolved last (never dereferenced: the type itself comes from the receiver).
    private var typeIdentity: UnsafeMutableRawPointer?
    private var epoch = -1
    private var closure: Closure?
    /// The method's direct path (no captures, boxes, inout, variadics or parameter conversions): set with
    /// `closure`, reached through `Unmanaged` so a call retains nothing.
    private var owner: DirectTarget?
    private(set) var target: Unmanaged<DirectTarget>?

    init(name: String, labels: [String?]) { self.name = name; self.labels = labels }

    /// The closure to call directly for this receiver, or nil for the general path.
    @inline(__always)
    func closure(for receiver: inout Value) -> Closure? {
        // The receiver's type by identity, read through the borrowed instance (nothing retained).
        guard let instance = withUnsafeMutablePointer(to: &receiver, { Instance.borrowed($0) }) else { return nil }
        let identity = instance._withUnsafeGuaranteedRef { Unmanaged.passUnretained($0.type).toOpaque() }
        if identity == typeIdentity, epoch == TypeRegistry.epoch { return closure }
        refresh(instance._withUnsafeGuaranteedRef { $0.type })
        return closure
    }

    /// The direct path for this receiver (see `closure(for:)`), unretained; nil for the closure or general path.
    @inline(__always)
    func target(for receiver: inout Value) -> Unmanaged<DirectTarget>? {
        guard closure(for: &receiver) != nil else { return nil }
        return target
    }

    private func refresh(_ type: DeclaredType) {
        typeIdentity = Unmanaged.passUnretained(type).toOpaque()
        epoch = TypeRegistry.epoch
        closure = nil
        owner = nil
        target = nil
        let overloads = type.methods(named: name)
        guard overloads.count == 1, !overloads[0].isStatic else { return }
        let candidate = overloads[0].closure, proto = candidate.proto
        guard proto.labels.count == labels.count + 1, proto.variadicParameter == nil, !proto.hasInout,
              Array(proto.labels.dropFirst()) == labels else { return }
        closure = candidate
        if proto.captureCount == 0, proto.boxedParameters.isEmpty,
           zip(proto.parameterKinds, proto.parameterChecks).allSatisfy({ kind, check in check == nil || kind != 0 }) {
            let direct = DirectTarget(function: candidate, proto: proto)
            owner = direct
            target = Unmanaged.passUnretained(direct)
        }
    }
}

extension Runtime {
    /// Calls a method closure found by a `MethodSite` (`target` its direct path, if any): `receiver` is `self`
    /// (moved in and back for a mutating method), `arguments` are moved into the frame in order.
    func callMethod(_ closure: Closure, _ target: Unmanaged<DirectTarget>?, _ receiver: inout Value, _ arguments: inout [Value],
                    span: SourceSpan) throws(ScriptError) -> Value {
        let count = arguments.count
        let base = openFrame(arguments: count &+ 1)
        var index = 0
        while index < count {
            stack[base &+ 1 &+ index] = Value.take(&arguments[index])
            index &+= 1
        }
        return try invokeMethod(closure, target, &receiver, base: base, span: span)
    }

    /// `callMethod` on the method's direct path (no captures in use), one argument.
    func callMethod(_ target: Unmanaged<DirectTarget>, _ receiver: inout Value, argument: Value, span: SourceSpan) throws(ScriptError) -> Value {
        let base = openFrame(arguments: 2)
        stack[base &+ 1] = argument
        guard target._withUnsafeGuaranteedRef({ $0.returnsSelf }) else {
            stack[base] = receiver
            return try runMethod(target, base: base, span: span)
        }
        stack[base] = Value.take(&receiver)
        defer { receiver = takeSelfResult(base: base) }
        return try runMethod(target, base: base, span: span)
    }

    /// `callMethod` with one argument, moved into the frame (no argument array).
    func callMethod(_ closure: Closure, _ target: Unmanaged<DirectTarget>?, _ receiver: inout Value, argument: Value,
                    span: SourceSpan) throws(ScriptError) -> Value {
        let base = openFrame(arguments: 2)
        stack[base &+ 1] = argument
        return try invokeMethod(closure, target, &receiver, base: base, span: span)
    }

    /// Puts `self` in the frame at `base` (its arguments already there) and runs the method.
    @inline(__always)
    private func invokeMethod(_ closure: Closure, _ target: Unmanaged<DirectTarget>?, _ receiver: inout Value, base: Int,
                              span: SourceSpan) throws(ScriptError) -> Value {
        guard closure.proto.returnsSelf else {
            stack[base] = receiver
            if let target, !capturesInUse { return try runMethod(target, base: base, span: span) }
            return try invoke(closure, base: base, span: span)
        }
        stack[base] = Value.take(&receiver)
        defer { receiver = takeSelfResult(base: base) }
        if let target, !capturesInUse { return try runMethod(target, base: base, span: span) }
        return try invoke(closure, base: base, span: span)
    }

    /// Runs a method's direct target (see `runDirect`).
    @inline(__always)
    private func runMethod(_ target: Unmanaged<DirectTarget>, base: Int, span: SourceSpan) throws(ScriptError) -> Value {
        do {
            return try target._withUnsafeGuaranteedRef { try self.runMethodBody($0, base: base, span: span) }
        } catch let error as ScriptError {
            throw error
        } catch {
            throw ScriptError(kind: .runtime, message: "\(error)", span: span)
        }
    }

    /// `invoke` for a method without captures, boxes or parameter conversions: the frame, checks, body and
    /// error frames are the same; the body and checks are read from the target (no `var` of the proto).
    private func runMethodBody(_ target: DirectTarget, base: Int, span: SourceSpan) throws(ScriptError) -> Value {
        try enterCall(at: span)
        let savedFp = fp
        let frameEnd = base &+ target.frameSize
        reserveStack(frameEnd &+ 1)
        fp = base; top = frameEnd
        defer {
            if target.returnsSelf { keepSelf(base: base) }
            var slot = base
            while slot < frameEnd { clearSlot(slot); slot &+= 1 }
            fp = savedFp; top = base; leaveCall()
            if hasPendingDeinits { runDeinitsQuietly() }
        }
        do throws(ScriptError) {
            if target.needsChecks, !acceptsDirectParameters(target, base: base) { try convertParameters(target.proto) }
            var result = Value.void
            if target.hasExpressionBody {
                result = try target.expressionBody(self)
            } else if try target.body(self) == .returned {
                result = returnValue
                returnValue = .void
            }
            if target.hasReturnCheck, !TypeCheck.accepts(target.returnKind, result) { return try convertReturn(target.proto, result) }
            return result
        } catch {
            throw framed(error, target.proto, span)
        }
    }
}
