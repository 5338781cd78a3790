/// Where a closure's captured box comes from when the closure is created.
enum CaptureSource {
    case parentLocal(Int)
    case parentCapture(Int)
}

/// A compiled user function or closure: parameters, frame size, body, checks.
final class FunctionProto {
    let name: String
    let signatureName: String
    let labels: [String?]
    let parameterNames: [String]
    let parameterTypes: [String]
    let returnTypeText: String
    var frameSize = 0
    var body: Exec = { _ in .normal }
    /// The body when it is a single expression (its value is the result): skips statement dispatch.
    var expressionBody: Eval?
    var parameterChecks: [TypeCheck?] = []
    var defaults: [Eval?] = []
    var inoutParameters: [Bool] = []
    var variadicParameter: Int?
    var boxedParameters: [Int] = []
    var returnCheck: TypeCheck?
    var captureSources: [CaptureSource] = []
    let span: SourceSpan
    var isClosure: Bool
    var hasInout = false
    /// Whether calls must check parameter types or box parameters before the body runs.
    var needsPrologue = true

    init(decl: FunctionDecl, parameters: [ParameterDecl], isClosure: Bool) {
        name = decl.name
        signatureName = isClosure ? "closure" : decl.signatureName
        labels = parameters.map(\.label)
        parameterNames = parameters.map(\.name)
        parameterTypes = parameters.map { $0.type?.text ?? "Any" }
        returnTypeText = decl.returnType?.text ?? (isClosure ? "Any" : "()")
        span = decl.span
        self.isClosure = isClosure
    }
}

extension Runtime {
    /// Runs a user function whose arguments are already in `stack[base ..< base + parameter count]`.
    func invoke(_ closure: Closure, base: Int, span: SourceSpan) throws(ScriptError) -> Value {
        let proto = closure.proto
        if depth >= Limits.maximumCallDepth {
            throw ScriptError(kind: .runtime, message: Message.stackOverflow(Limits.maximumCallDepth), span: span)
        }
        try checkInterrupt(at: span)
        let savedFp = fp
        let swapsCaptures = !closure.captures.isEmpty || !captures.isEmpty
        let savedCaptures = swapsCaptures ? captures : []
        let frameEnd = base + proto.frameSize
        reserveStack(frameEnd + 1)
        depth += 1
        fp = base; top = frameEnd
        if swapsCaptures { captures = closure.captures }
        defer {
            var slot = base
            while slot < frameEnd { stack[slot] = .void; slot += 1 }
            fp = savedFp; top = base; depth -= 1
            if swapsCaptures { captures = savedCaptures }
        }
        do throws(ScriptError) {
            if proto.needsPrologue { try prologue(proto) }
            var result = Value.void
            if let expressionBody = proto.expressionBody {
                result = try expressionBody(self)
            } else if try proto.body(self) == .returned {
                result = returnValue
                returnValue = .void
            }
            if proto.hasInout {
                inoutResults = proto.labels.indices.map { index in
                    let value = stack[base + index]
                    return proto.boxedParameters.contains(index) ? Compiler.box(value).value : value
                }
            }
            if let check = proto.returnCheck, !check.accepts(result) {
                guard let checked = check.apply(result) else {
                    throw ScriptError(kind: .type, message: "cannot convert return expression of type '\(result.typeName)' to return type '\(check.text)'", span: proto.span)
                }
                result = checked
            }
            return result
        } catch {
            var error = error
            if !proto.isClosure {
                if error.pendingFrames.count < 20 {
                    error.pendingFrames.append((proto.signatureName, error.innerSpan ?? span))
                } else {
                    error.elidedFrames += 1
                }
                error.innerSpan = span
            }
            throw error
        }
    }

    /// Checks and converts parameters, boxes captured ones.
    @inline(__always)
    private func prologue(_ proto: FunctionProto) throws(ScriptError) {
        for (index, check) in proto.parameterChecks.enumerated() {
            guard let check else { continue }
            let value = stack[fp + index]
            if check.accepts(value) { continue }
            guard let checked = check.apply(value) else {
                throw ScriptError(kind: .type, message: Message.argumentType(value.typeName, to: check.text,
                                                                             name: proto.parameterNames[index]))
            }
            stack[fp + index] = checked
        }
        for slot in proto.boxedParameters { stack[fp + slot] = .native(Box(stack[fp + slot])) }
    }
}
