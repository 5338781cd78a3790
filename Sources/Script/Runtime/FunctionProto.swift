/// Where a closure's captured box comes from when the closure is created.
enum CaptureSource {
    case parentLocal(Int)
    case parentCapture(Int)
}

/// A compiled user function or closure: parameters, frame size, body, checks.
final class FunctionProto {
    let name: String
    var signatureName: String
    let labels: [String?]
    let parameterNames: [String]
    let parameterTypes: [String]
    /// The written parameter types (nil where none is written or the parameter is variadic): the context of the
    /// literals a call passes (`LiteralTyping`).
    let parameterAnnotations: [TypeAnnotation?]
    /// The written result type (nil when none is written).
    let returnAnnotation: TypeAnnotation?
    let returnTypeText: String
    var frameSize = 0
    /// The frame slots a direct call clears when it returns (`FunctionScope.slotsToClear`).
    var slotsToClear: [Int] = []
    var body: Exec = { _ in .normal }
    /// The body when it is a single expression (its value is the result): skips statement dispatch.
    var expressionBody: Eval = { _ in .void }
    var hasExpressionBody = false
    /// The single-expression body as a node tree (what `expressionBody` evaluates).
    var expressionNode: ExprNode = ConstantNode(.void)
    /// Set once compiled: calls can take `invokeSimple`.
    var isSimple = false
    /// Set once compiled: the body node moves no parameter out of its slot (see `DirectTarget.borrowsParameters`).
    var borrowsParameters = false
    var parameterChecks: [TypeCheck?] = [] { didSet { parameterKinds = parameterChecks.map { $0?.simple ?? 0 } } }
    /// The simple kind of each checked parameter (see `TypeCheck.simple`), read without copying checks.
    var parameterKinds: [UInt8] = []
    var defaults: [Eval?] = []
    var inoutParameters: [Bool] = []
    var variadicParameter: Int?
    var boxedParameters: [Int] = []
    var returnCheck: TypeCheck? { didSet { returnKind = returnCheck?.simple ?? 0; hasReturnCheck = returnCheck != nil } }
    var returnKind: UInt8 = 0
    var hasReturnCheck = false
    var captureSources: [CaptureSource] = [] { didSet { captureCount = captureSources.count } }
    var captureCount = 0
    let span: SourceSpan
    var isClosure: Bool
    var hasInout = false
    /// Whether calls must check parameter types or box parameters before the body runs.
    var needsPrologue = true
    /// A mutating method or initializer: its final `self` (parameter 0) is handed back in `Runtime.selfResult`.
    var returnsSelf = false

    init(decl: FunctionDecl, parameters: [ParameterDecl], isClosure: Bool) {
        name = decl.name
        signatureName = isClosure ? "closure" : decl.signatureName
        labels = parameters.map(\.label)
        parameterNames = parameters.map(\.name)
        parameterTypes = parameters.map { $0.type?.text ?? "Any" }
        parameterAnnotations = parameters.map { $0.isVariadic ? nil : $0.type }
        returnAnnotation = decl.returnType
        returnTypeText = decl.returnType?.text ?? (isClosure ? "Any" : "()")
        span = decl.span
        self.isClosure = isClosure
    }
}

extension Runtime {
    /// Runs a user function whose arguments are already in `stack[base ..< base + parameter count]`.
    func invoke(_ closure: Closure, base: Int, span: SourceSpan) throws(ScriptError) -> Value {
        let proto = closure.proto
        if proto.isSimple && !capturesInUse { return try invokeSimple(proto, base: base, span: span) }
        try enterCall(at: span)
        let savedFp = fp
        let swapsCaptures = proto.captureCount != 0 || capturesInUse
        let savedCaptures = swapsCaptures ? captures : []
        let frameEnd = base + proto.frameSize
        reserveStack(frameEnd + 1)
        fp = base; top = frameEnd
        if swapsCaptures { captures = closure.captures; capturesInUse = proto.captureCount != 0 }
        defer {
            if proto.returnsSelf { keepSelf(base: base) }
            if proto.hasInout { takeInoutResults(proto, base: base) }
            var slot = base
            while slot < frameEnd { stack[slot] = .void; slot += 1 }
            fp = savedFp; top = base; leaveCall()
            if swapsCaptures { captures = savedCaptures; capturesInUse = !savedCaptures.isEmpty }
            if hasPendingDeinits { runDeinitsQuietly() }
        }
        do throws(ScriptError) {
            if proto.needsPrologue { try prologue(proto) }
            var result = Value.void
            if proto.hasExpressionBody {
                result = try proto.expressionBody(self)
            } else if try proto.body(self) == .returned {
                result = returnValue
                returnValue = .void
            }
            if proto.hasReturnCheck, !TypeCheck.accepts(proto.returnKind, result), let check = proto.returnCheck {
                guard let checked = check.apply(result) else {
                    throw ScriptError(kind: .type, message: "cannot convert return expression of type '\(result.typeName)' to return type '\(check.text)'", span: proto.span)
                }
                result = checked
            }
            return result
        } catch {
            throw framed(error, proto, span)
        }
    }

    /// The common case, kept short: no captures, no parameter conversions or boxes, no inout,
    /// a single-expression body, and a frame that is just the parameters.
    @inline(__always)
    private func invokeSimple(_ proto: FunctionProto, base: Int, span: SourceSpan) throws(ScriptError) -> Value {
        try enterCall(at: span)
        let savedFp = fp
        let frameEnd = base + proto.frameSize
        fp = base; top = frameEnd
        defer {
            var slot = base
            while slot < frameEnd { stack[slot] = .void; slot += 1 }
            fp = savedFp; top = base; leaveCall()
        }
        do throws(ScriptError) {
            if proto.needsPrologue {
                let kinds = proto.parameterKinds
                var index = 0
                while index < kinds.count {
                    if kinds[index] != 0 && !TypeCheck.accepts(kinds[index], stack[base + index]) { try prologue(proto); break }
                    index += 1
                }
            }
            let result = try proto.expressionBody(self)
            if proto.hasReturnCheck, !TypeCheck.accepts(proto.returnKind, result) { return try convertReturn(proto, result) }
            return result
        } catch {
            throw framed(error, proto, span)
        }
    }

    /// Moves the final values of the parameters out of a finishing frame (also when the call failed), for the
    /// caller to move back into its inout arguments: nothing is copied, so the caller's value stays unique.
    func takeInoutResults(_ proto: FunctionProto, base: Int) {
        inoutResults = proto.labels.indices.map { index in
            guard proto.inoutParameters[index] else { return .void }
            if proto.boxedParameters.contains(index) { return Value.take(&Compiler.box(stack[base + index]).value) }
            return Value.take(&stack[base + index])
        }
    }

    @inline(never)
    func convertReturn(_ proto: FunctionProto, _ result: Value) throws(ScriptError) -> Value {
        guard let check = proto.returnCheck, let checked = check.apply(result) else {
            throw ScriptError(kind: .type, message: "cannot convert return expression of type '\(result.typeName)' to return type '\(proto.returnCheck?.text ?? "")'", span: proto.span)
        }
        return checked
    }

    /// Adds the function's frame line to an error leaving it; an error without a position (a parameter that
    /// does not convert) points at the call instead.
    @inline(never)
    func framed(_ error: ScriptError, _ proto: FunctionProto, _ span: SourceSpan) -> ScriptError {
        if error.span == nil { return error.located(at: span) }
        var error = error
        if !proto.isClosure {
            if error.pendingFrames.count < 20 {
                error.pendingFrames.append((proto.signatureName, error.innerSpan ?? span))
            } else {
                error.elidedFrames += 1
            }
            error.innerSpan = span
        }
        return error
    }

    /// Checks and converts parameters, boxes captured ones.
    @inline(__always)
    func prologue(_ proto: FunctionProto) throws(ScriptError) {
        let kinds = proto.parameterKinds
        var index = 0
        while index < kinds.count {
            defer { index += 1 }
            if kinds[index] != 0 && TypeCheck.accepts(kinds[index], stack[fp + index]) { continue }
            guard let check = proto.parameterChecks[index] else { continue }
            let value = stack[fp + index]
            guard let checked = check.apply(value) else {
                throw ScriptError(kind: .type, message: check.explain?(value)
                    ?? Message.argumentType(value.typeName, to: check.text, name: proto.parameterNames[index]))
            }
            stack[fp + index] = checked
        }
        for slot in proto.boxedParameters { stack[fp + slot] = .native(Box(stack[fp + slot])) }
    }
}
