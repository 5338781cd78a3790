/// The fastest call path: a call of a user function whose body is one node (a single expression, or
/// statements that end in returns; no captures, inout, boxes, variadics or parameter conversions). The call site resolves the function
/// once into an immutable `DirectTarget` and rechecks it by identity on every call (a later cell may
/// redeclare the name). The target is reached through `Unmanaged`, so a call retains nothing.
final class DirectTarget {
    /// Keeps the resolved function or method (and its closure and proto) alive while the call site uses it.
    let owner: AnyObject
    let proto: FunctionProto
    /// The body as a node tree (calls from node-compiled bodies evaluate it without closure calls).
    let bodyNode: ExprNode
    let frameSize: Int
    /// The simple kind of each parameter check (see `TypeCheck.simple`); 0 when unchecked.
    /// A plain buffer, so reading it on every call touches no reference count.
    let parameterKinds: UnsafeMutableBufferPointer<UInt8>
    /// For kind 5 (a declared type), the identity of the type each parameter must have.
    let parameterTypes: UnsafeMutableBufferPointer<UnsafeMutableRawPointer?>
    /// The frame slots cleared when a call returns (slots only lent bindings take are `.void` by then), the first
    /// `clearCount` of the buffer.
    let slotsToClear: UnsafeMutableBufferPointer<Int>
    let clearCount: Int
    /// Where the clear starts when the first parameter was lent (1 when slot 0 is the first to clear: a lent slot
    /// is `.void` again by then).
    let clearStartWhenFirstLent: Int
    let needsChecks: Bool
    let hasReturnCheck: Bool
    let returnKind: UInt8
    /// For methods (see `MethodSite`): the body as statements or one expression, and whether the final `self`
    /// is handed back (a mutating method), copied out of the proto so a call reads no `var` of it.
    let body: Exec
    let expressionBody: Eval
    let hasExpressionBody: Bool
    let returnsSelf: Bool
    /// Whether the body leaves its parameter slots where they are (moves none out), so a call may lend it an
    /// argument that stays in the caller's frame (see `Runtime.runDirectBody(_:base:borrowed:span:)`).
    let borrowsParameters: Bool
    /// A body that is a lending `switch` over the one parameter, of a declared type (kind 5): a call whose argument
    /// is of the type the switch knows runs the matching arm in place of checking the parameter and evaluating the
    /// body (the switch's own type test is the parameter check).
    let lentSwitch: Unmanaged<EnumSwitchNode>?

    init(function: AnyObject, proto: FunctionProto) {
        owner = function
        self.proto = proto
        body = proto.body
        expressionBody = proto.expressionBody
        hasExpressionBody = proto.hasExpressionBody
        returnsSelf = proto.returnsSelf
        borrowsParameters = proto.borrowsParameters
        bodyNode = proto.expressionNode
        frameSize = proto.frameSize
        parameterKinds = .allocate(capacity: proto.parameterKinds.count)
        _ = parameterKinds.initialize(from: proto.parameterKinds)
        parameterTypes = .allocate(capacity: proto.parameterKinds.count)
        _ = parameterTypes.initialize(from: proto.parameterChecks.map { $0?.declaredIdentity })
        clearCount = proto.slotsToClear.count
        slotsToClear = .allocate(capacity: max(1, clearCount))
        _ = slotsToClear.initialize(from: proto.slotsToClear)
        clearStartWhenFirstLent = proto.slotsToClear.first == 0 ? 1 : 0
        needsChecks = proto.parameterKinds.contains { $0 != 0 }
        hasReturnCheck = proto.hasReturnCheck
        returnKind = proto.returnKind
        if let node = bodyNode as? EnumSwitchNode, node.switchesOnFirstSlot, proto.parameterKinds == [5],
           parameterTypes[0] != nil {
            lentSwitch = Unmanaged.passUnretained(node)
        } else {
            lentSwitch = nil
        }
    }

    deinit { parameterKinds.deallocate(); parameterTypes.deallocate(); slotsToClear.deallocate() }

    /// A quick yes for the argument in `place` when it needs no conversion (see `TypeCheck.accepts`); an instance's
    /// type is compared through the borrowed reference (no retain).
    @inline(__always)
    func accepts(_ index: Int, at place: UnsafeMutablePointer<Value>) -> Bool {
        let kind = parameterKinds[index]
        if kind == 5 { return DeclaredType.identity(at: place) == parameterTypes[index] }
        return TypeCheck.accepts(kind, place.pointee)
    }
}

/// What a by-name call site of a global function learnt about the function it called last.
/// The global slot is compared bit for bit with the value resolved last (which the site keeps alive, so
/// equal bits mean the same function): the check reads memory and retains nothing.
final class GlobalCallSite {
    let slot: Int
    let count: Int
    let labels: [String?]
    /// The global's value when the site last resolved it.
    private let expected: UnsafeMutablePointer<Value>
    private var owner: DirectTarget?
    private var target: Unmanaged<DirectTarget>?

    init(slot: Int, count: Int, labels: [String?]) {
        self.slot = slot; self.count = count; self.labels = labels
        expected = .allocate(capacity: 1)
        expected.initialize(to: .void)
    }

    deinit { expected.deinitialize(count: 1); expected.deallocate() }

    /// The target when the global still holds the function resolved last and it takes the direct path.
    @inline(__always)
    func resolve(_ globals: UnsafeMutablePointer<Value>) -> Unmanaged<DirectTarget>? {
        if let target, Self.sameBits(UnsafeRawPointer(globals + slot), UnsafeRawPointer(expected)) { return target }
        return refresh(globals[slot])
    }

    @inline(__always)
    private static func sameBits(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer) -> Bool {
        let size = MemoryLayout<Value>.size
        var offset = 0
        while offset &+ 8 <= size {
            if a.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != b.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                return false
            }
            offset &+= 8
        }
        while offset < size {
            if a.load(fromByteOffset: offset, as: UInt8.self) != b.load(fromByteOffset: offset, as: UInt8.self) { return false }
            offset &+= 1
        }
        return true
    }

    /// Forgets the function resolved last (see `CallCaches`).
    func forget() {
        owner = nil
        target = nil
        expected.pointee = .void
    }

    private func refresh(_ value: Value) -> Unmanaged<DirectTarget>? {
        owner = nil
        target = nil
        expected.pointee = .void
        guard case .function(let function) = value, case .closure(let closure) = function.kind else { return nil }
        let proto = closure.proto
        guard proto.isSimple, proto.labels.count == count, proto.labels == labels else { return nil }
        let resolved = DirectTarget(function: function, proto: proto)
        expected.pointee = value
        owner = resolved
        target = Unmanaged.passUnretained(resolved)
        return target
    }
}

extension Runtime {
    /// Runs a direct target's body node on the arguments in `stack[base ..< base + parameter count]`,
    /// written there by the call site (the slots above `top` hold `.void`, so call nodes initialise them in place).
    /// Same checks, limits and error frames as `invoke`.
    @inline(__always)
    func runDirect(_ target: Unmanaged<DirectTarget>, base: Int, borrowed: Int = 0, fusesSwitch: Bool = false,
                   span: SourceSpan) throws(ScriptError) -> Value {
        do {
            return try target._withUnsafeGuaranteedRef {
                try self.runDirectBody($0, base: base, borrowed: borrowed, fusesSwitch: fusesSwitch, span: span)
            }
        } catch let error as ScriptError {
            throw error
        } catch {
            throw ScriptError(kind: .runtime, message: "\(error)", span: span)
        }
    }

    /// Calls a simple closure with one argument (the loops of `map`, `filter`, `forEach`).
    @inline(__always)
    func callSimple(_ target: DirectTarget, _ closure: Closure, _ argument: Value, span: SourceSpan) throws(ScriptError) -> Value {
        let base = openFrame(arguments: 1)
        stack[base] = argument
        if capturesInUse { return try invoke(closure, base: base, span: span) }
        return try runDirectBody(target, base: base, span: span)
    }

    /// The language's stack overflow error (kept out of line so hot call paths stay small).
    @inline(never)
    static func stackOverflow(at span: SourceSpan) -> ScriptError {
        ScriptError(kind: .runtime, message: Message.stackOverflow(Limits.maximumCallDepth), span: span)
    }

    /// Runs the body on the frame at `base`. Bit `i` of `borrowed` says parameter `i` is lent by the caller (a bit
    /// copy of a value its frame keeps, no retain; only for targets that `borrowsParameters`): its slot is set back
    /// to `.void` without a release when the call ends, and made an owned copy before any conversion rewrites it.
    /// `fusesSwitch` (a call site that passes one frame slot) runs a target's `lentSwitch` in place of the
    /// parameter check and the body when the argument's type is the parameter's.
    @inline(__always)
    func runDirectBody(_ target: DirectTarget, base: Int, borrowed: Int = 0, fusesSwitch: Bool = false,
                       span: SourceSpan) throws(ScriptError) -> Value {
        var borrowed = borrowed
        do throws(ScriptError) { try enterCall(at: span) } catch {
            if borrowed != 0 { forgetBorrowed(base, borrowed) }
            throw error
        }
        let savedFp = fp
        fp = base; top = base &+ target.frameSize
        defer {
            if borrowed != 0 { forgetBorrowed(base, borrowed) }
            let slots = target.slotsToClear, count = target.clearCount
            var index = borrowed & 1 != 0 ? target.clearStartWhenFirstLent : 0
            while index < count { clearSlot(base &+ slots[index]); index &+= 1 }
            fp = savedFp; top = base; leaveCall()
        }
        do throws(ScriptError) {
            // One result for both ways: an early `return` for the switch made the compiler outline the `defer` above.
            let result: Value
            if fusesSwitch, let lentSwitch = target.lentSwitch,
               let value = try EnumSwitchNode.runLent(lentSwitch, ifOf: target.parameterTypes[0], self) {
                result = value
            } else {
                if target.needsChecks {
                    if target.parameterKinds.count == 1 {
                        if !target.accepts(0, at: stack + base) {
                            if borrowed != 0 { ownBorrowed(base, borrowed); borrowed = 0 }
                            try convertParameters(target.proto)
                        }
                    } else if !acceptsDirectParameters(target, base: base) {
                        if borrowed != 0 { ownBorrowed(base, borrowed); borrowed = 0 }
                        try convertParameters(target.proto)
                    }
                }
                result = try target.bodyNode.evaluate(self)
            }
            if target.hasReturnCheck, !TypeCheck.accepts(target.returnKind, result) {
                return try convertReturn(target.proto, result)
            }
            return result
        } catch {
            throw framed(error, target.proto, span)
        }
    }

    /// Sets the lent parameter slots back to `.void` without releasing what they hold (the caller's frame owns it).
    @inline(__always)
    func forgetBorrowed(_ base: Int, _ borrowed: Int) {
        var bits = borrowed, index = 0
        while bits != 0 {
            if bits & 1 != 0 { (stack + (base &+ index)).initialize(to: .void) }
            bits >>= 1; index &+= 1
        }
    }

    /// Makes the lent parameter slots owned copies (one retain each), before code that may replace them.
    @inline(never)
    func ownBorrowed(_ base: Int, _ borrowed: Int) {
        var bits = borrowed, index = 0
        while bits != 0 {
            if bits & 1 != 0 {
                let place = stack + (base &+ index)
                let owned = place.pointee
                place.initialize(to: owned)
            }
            bits >>= 1; index &+= 1
        }
    }

    /// Whether every checked parameter already has its type (no conversion needed).
    @inline(__always)
    func acceptsDirectParameters(_ target: DirectTarget, base: Int) -> Bool {
        let kinds = target.parameterKinds
        var index = 0
        while index < kinds.count {
            if kinds[index] != 0 && !target.accepts(index, at: stack + (base &+ index)) { return false }
            index &+= 1
        }
        return true
    }

    /// The general parameter checks and conversions, out of line (most calls pass the checks directly).
    @inline(never)
    func convertParameters(_ proto: FunctionProto) throws(ScriptError) {
        try prologue(proto)
    }
}
