/// Expressions: literals, names, collections, operators, ternaries, casts.
extension Compiler {
    /// A value wrapped as `nil` when a `?.` chain inside meets nil (see `compilePostfix`).
    static let chainNil = ScriptError(kind: .runtime, message: "\u{0}optional-chain-nil")

    func compileExpr(_ expr: Expr) throws(ScriptError) -> Eval {
        let eval = try compileExprKind(expr)
        if expr.startsOptionalChain {
            return { rt throws(ScriptError) in
                do throws(ScriptError) { return try eval(rt).asOptional } catch {
                    if error.message == Compiler.chainNil.message && error.kind == .runtime { return .null }
                    throw error
                }
            }
        }
        return eval
    }

    /// Compiles the base of a postfix expression (part of the same `?.` chain).
    func compileChainBase(_ expr: Expr) throws(ScriptError) -> Eval { try compileExprKind(expr) }

    func compileExprKind(_ expr: Expr) throws(ScriptError) -> Eval {
        let span = expr.span
        switch expr.kind {
        case .integer(let value): let constant = Value.int(value); return { _ in constant }
        case .largeInteger(let value): let constant = Value.native(LargeIntegerLiteral(value)); return { _ in constant }
        case .double(let value): let constant = Value.double(value); return { _ in constant }
        case .string(let text): let constant = Value.string(text); return { _ in constant }
        case .bool(let value): let constant = Value.bool(value); return { _ in constant }
        case .nilLiteral: return { _ in .null }
        case .interpolated(let pieces): return try compileInterpolation(pieces)
        case .identifier(let name):
            if let member = implicitSelf(name, span) { return try compileExprKind(member) }
            return try compileIdentifier(name, span)
        case .dollar(let number): return try compileIdentifier("$\(number)", span)
        case .implicitMember(let name):
            if let member = compileImplicitMember(name, span) { return member }
            let constant = Value.symbol(name)
            return { _ in constant }
        case .discard: throw error(.syntax, "'_' can only appear in a pattern or on the left side of an assignment", span)
        case .array(let items): return try compileArrayLiteral(items)
        case .dictionary(let pairs): return try compileDictionaryLiteral(pairs, span)
        case .tuple(let items) where items.isEmpty: return { _ in .void }
        case .tuple(let items):
            let evals = try items.map { (item) throws(ScriptError) in try compileExpr(item.1) }
            let labels = items.map(\.0)
            return { rt throws(ScriptError) in
                var elements: [Value] = []
                elements.reserveCapacity(evals.count)
                for eval in evals { elements.append(try eval(rt)) }
                return .tuple(TupleValue(elements: elements, labels: labels))
            }
        case .unary(let op, let operand): return try compileUnary(op, operand, span)
        case .binary(let op, let lhs, let rhs, _):
            let (left, right) = balancedOperands(op, lhs, rhs)
            return try compileBinary(op, left, right, span)
        case .assign(let op, let target, let value, _): return try compileAssignment(op, target, value, span)
        case .ternary(let condition, let then, let otherwise):
            let a = try compileExpr(then), b = try compileExpr(otherwise)
            if let fused = try compileSlotComparisonTernary(condition, a, b) { return fused }
            let test = try compileCondition(condition)
            return { rt throws(ScriptError) in try test(rt) ? try a(rt) : try b(rt) }
        case .call(let callee, let arguments): return try compileCall(callee, arguments, span)
        case .subscriptAccess(let base, let arguments): return try compileSubscriptGet(base, arguments, span)
        case .member(let base, let name, let nameSpan): return try compileMember(base, name, nameSpan, span)
        case .tupleIndex(let base, let index):
            let baseEval = try compileChainBase(base)
            return { rt throws(ScriptError) in try Members.tupleElement(try baseEval(rt), index, span) }
        case .optionalChain(let base):
            let baseEval = try compileChainBase(base)
            return { rt throws(ScriptError) in
                let subject = try baseEval(rt)
                switch subject {
                case .null: throw Compiler.chainNil
                case .wrapped(let value): return value
                default: return subject
                }
            }
        case .forceUnwrap(let base):
            let baseEval = try compileChainBase(base)
            return { rt throws(ScriptError) in
                let subject = try baseEval(rt)
                switch subject {
                case .null: throw ScriptError(kind: .runtime, message: Message.unwrapNil, span: span)
                case .wrapped(let value): return value
                default: return subject
                }
            }
        case .closure(let decl): return try compileClosure(decl)
        case .typeCast(let value, let type, let kind): return try compileCast(value, type, kind, span)
        case .tryExpr(let kind, let operand): return try compileTry(kind, operand, span)
        case .specializedType(let name, _):
            guard let declared = resolveDeclaredType(name) else { return try compileIdentifier(name, span) }
            let value = Value.type(declared.namespace)
            return { _ in value }
        }
    }

    func compileInterpolation(_ pieces: [InterpolationPiece]) throws(ScriptError) -> Eval {
        var parts: [(String, Eval?)] = []
        for piece in pieces {
            switch piece {
            case .text(let text): parts.append((text, nil))
            case .expr(let expr): parts.append(("", try compileExpr(expr)))
            }
        }
        return { rt throws(ScriptError) in
            var out = ""
            for (text, eval) in parts {
                if let eval { out += try eval(rt).exactText(quoted: false) } else { out += text }
            }
            return .string(out)
        }
    }

    /// An array literal; with `unifiesNumbers` (an untyped literal) Ints become Doubles when a Double is among them.
    func compileArrayLiteral(_ items: [Expr], unifiesNumbers: Bool = true) throws(ScriptError) -> Eval {
        let evals = try items.map { (item) throws(ScriptError) in try compileExpr(item) }
        return { rt throws(ScriptError) in
            var elements: [Value] = []
            elements.reserveCapacity(evals.count)
            for eval in evals { elements.append(try eval(rt)) }
            return .array(unifiesNumbers ? Literals.unifyNumbers(elements) : elements)
        }
    }

    func compileDictionaryLiteral(_ pairs: [(Expr, Expr)], _ span: SourceSpan, unifiesNumbers: Bool = true) throws(ScriptError) -> Eval {
        let evals = try pairs.map { (pair) throws(ScriptError) in (try compileExpr(pair.0), try compileExpr(pair.1), pair.0.span) }
        return { rt throws(ScriptError) in
            var dict = OrderedDictionary()
            for (keyEval, valueEval, keySpan) in evals {
                let key = try keyEval(rt)
                guard let hashable = DictionaryKey(key) else {
                    throw ScriptError(kind: .type, message: "type '\(key.typeName)' cannot be a dictionary key", span: keySpan)
                }
                dict.set(try valueEval(rt), for: hashable)
            }
            return .dictionary(unifiesNumbers ? Literals.unifyNumbers(dict) : dict)
        }
    }

    func compileUnary(_ op: String, _ operand: Expr, _ span: SourceSpan) throws(ScriptError) -> Eval {
        if op == "-", case .integer(let value) = operand.kind { let constant = Value.int(-value); return { _ in constant } }
        if op == "-", case .double(let value) = operand.kind { let constant = Value.double(-value); return { _ in constant } }
        if op == "&" { throw error(.syntax, "'&' may only be used to pass an argument to an inout parameter", span) }
        let eval = try compileExpr(operand)
        switch op {
        case "-": return { rt throws(ScriptError) in
            do throws(ScriptError) { return try Operators.negate(try eval(rt)) } catch { throw error.located(at: span) }
        }
        case "~": return { rt throws(ScriptError) in
            let value = try eval(rt)
            guard case .int(let bits) = value else {
                if case .native(let object) = value, let result = try object.unaryOperator("~") { return result }
                throw ScriptError(kind: .type, message: Message.unary("~", value.typeName), span: span)
            }
            return .int(~bits)
        }
        case "!": return { rt throws(ScriptError) in
            let value = try eval(rt)
            if case .instance = value, let result = try UserOperators.unary("!", value, span: span) { return result }
            guard case .bool(let flag) = value else {
                throw ScriptError(kind: .type, message: Message.unary("!", value.typeName), span: span)
            }
            return .bool(!flag)
        }
        default: return { rt throws(ScriptError) in
            let value = try eval(rt)
            switch value {
            case .int, .double: return value
            case .native(let object): if let result = try object.unaryOperator(op) { return result }
            case .instance: if let result = try UserOperators.unary(op, value, span: span) { return result }
            default: break
            }
            throw ScriptError(kind: .type, message: Message.unary(op, value.typeName), span: span)
        }
        }
    }

    func compileCast(_ value: Expr, _ type: TypeAnnotation, _ kind: String, _ span: SourceSpan) throws(ScriptError) -> Eval {
        let eval = try compileExpr(value)
        try requireKnownTypes(type, span)
        let check = typeCheck(type)
        let looksThrough = check != nil && Self.castLooksThroughOptionals(type)
        return { rt throws(ScriptError) in
            let value = try eval(rt)
            let input = looksThrough ? value.castOperand : value
            let converted = check.map { $0.apply(input) } ?? input
            switch kind {
            case "is": return .bool(converted != nil)
            case "as?": return converted.map(Value.wrapped) ?? .null
            default:
                guard let converted else {
                    if kind == "as!" { throw ScriptError(kind: .runtime, message: Message.castFailed(input.typeName, type.text), span: span) }
                    throw ScriptError(kind: .type, message: "cannot convert value of type '\(input.typeName)' to type '\(type.text)'", span: span)
                }
                return converted
            }
        }
    }
}

extension Expr {
    /// True for the outermost postfix expression of a chain that contains `?.` (it turns nil into the result).
    var startsOptionalChain: Bool {
        var current = self
        var isOuter = true
        while true {
            switch current.kind {
            case .optionalChain: return !isOuter
            case .member(let base, _, _), .tupleIndex(let base, _), .forceUnwrap(let base),
                 .call(let base, _), .subscriptAccess(let base, _):
                current = base
            default: return false
            }
            isOuter = false
        }
    }
}
