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

    private func refresh(_ type: DeclaredType) {
        typeIdentity = Unmanaged.passUnretained(type).toOpaque()
        epoch = TypeRegistry.epoch
        closure = nil
        let overloads = type.methods(named: name)
        guard overloads.count == 1, !overloads[0].isStatic else { return }
        let candidate = overloads[0].closure, proto = candidate.proto
        guard proto.labels.count == labels.count + 1, proto.variadicParameter == nil, !proto.hasInout,
              Array(proto.labels.dropFirst()) == labels else { return }
        closure = candidate
    }
}

extension Runtime {
    /// Calls a method closure found by a `MethodSite`: `receiver` is `self` (moved in and back for a mutating
    /// method), `arguments` are moved into the frame in order.
    func callMethod(_ closure: Closure, _ receiver: inout Value, _ arguments: inout [Value], span: SourceSpan) throws(ScriptError) -> Value {
        let count = arguments.count
        let base = openFrame(arguments: count &+ 1)
        var index = 0
        while index < count {
            stack[base &+ 1 &+ index] = Value.take(&arguments[index])
            index &+= 1
        }
        return try invokeMethod(closure, &receiver, base: base, span: span)
    }

    /// `callMethod` with one argument, moved into the frame (no argument array).
    func callMethod(_ closure: Closure, _ receiver: inout Value, argument: Value, span: SourceSpan) throws(ScriptError) -> Value {
        let base = openFrame(arguments: 2)
        stack[base &+ 1] = argument
        return try invokeMethod(closure, &receiver, base: base, span: span)
    }

    /// Puts `self` in the frame at `base` (its arguments already there) and runs the method.
    @inline(__always)
    private func invokeMethod(_ closure: Closure, _ receiver: inout Value, base: Int, span: SourceSpan) throws(ScriptError) -> Value {
        guard closure.proto.returnsSelf else {
            stack[base] = receiver
            return try invoke(closure, base: base, span: span)
        }
        stack[base] = Value.take(&receiver)
        defer { receiver = takeSelfResult(base: base) }
        return try invoke(closure, base: base, span: span)
    }
}
