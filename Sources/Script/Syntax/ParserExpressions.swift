/// Expressions by Swift's precedence: assignment < ternary < || < && < comparison < ?? < casting < range < + < *.
extension Parser {
    static let precedence: [String: Int] = [
        "<<": 160, ">>": 160,
        "*": 150, "/": 150, "%": 150, "•": 150, "&": 150,
        "+": 140, "-": 140, "|": 140, "^": 140, "&+": 140, "&-": 140, "&*": 150,
        "..<": 135, "...": 135,
        "??": 131,
        "==": 130, "!=": 130, "===": 130, "!==": 130, "<": 130, "<=": 130, ">": 130, ">=": 130,
        ".==": 130, ".!=": 130, ".<": 130, ".<=": 130, ".>": 130, ".>=": 130,
        "&&": 120, "||": 110,
    ]
    static let castingPrecedence = 132
    static let assignmentOperators: Set<String> = [
        "=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&+=", "&-=", "&*=",
    ]

    // expression -> ternary (assignmentOperator expression)?
    mutating func parseExpression(allowTrailingClosure: Bool = true) throws(ScriptError) -> Expr {
        try enter(); defer { leave() }
        let saved = allowsTrailingClosure, savedCasts = allowsCasts
        allowsTrailingClosure = allowTrailingClosure
        allowsCasts = true
        defer { allowsTrailingClosure = saved; allowsCasts = savedCasts }
        let target = try parseTernary()
        if case .op(let op) = current.kind, Self.assignmentOperators.contains(op), isBinaryPosition {
            let opSpan = advance().span
            let value = try parseExpression(allowTrailingClosure: allowTrailingClosure)
            return Expr(.assign(op, target, value, opSpan: opSpan), target.span.to(value.span))
        }
        return target
    }

    /// A binary operator needs whitespace on both sides or on neither (Swift's rule), and may start a line.
    var isBinaryPosition: Bool {
        current.newlineBefore ? current.spaceAfter : current.spaceBefore == current.spaceAfter
    }

    // ternary -> binary ('?' expression ':' expression)?
    mutating func parseTernary() throws(ScriptError) -> Expr {
        let condition = try parseBinary(minimum: 0)
        guard current.isOp("?"), current.spaceBefore else { return condition }
        _ = advance()
        let then = try parseExpression(allowTrailingClosure: allowsTrailingClosure)
        guard current.isPunct(":") else { throw error("expected ':' after '? ...' in ternary expression") }
        _ = advance()
        try enter(); defer { leave() }
        let otherwise = try parseTernary()
        return Expr(.ternary(condition, then, otherwise), condition.span.to(otherwise.span))
    }

    // binary -> unary (operator unary)*   (precedence climbing)
    mutating func parseBinary(minimum: Int) throws(ScriptError) -> Expr {
        var left = try parseUnary()
        var chain = 0
        while true {
            if current.isKeyword("as") || current.isKeyword("is"), Self.castingPrecedence >= minimum, allowsCasts {
                let kind = advance()
                var name = kind.isKeyword("as") ? "as" : "is"
                if kind.isKeyword("as"), current.isOp("?") || current.isOp("!"), !current.spaceBefore {
                    name += describe(advance())
                }
                let type = try parseType()
                left = Expr(.typeCast(left, type, kind: name), left.span.to(previous.span))
                continue
            }
            if isOneSidedRangeEnd, Self.precedence["..."]! >= minimum {
                let opSpan = advance().span
                left = Expr(.binary("...", left, Expr(.integer(Self.openUpperBound), opSpan), opSpan: opSpan), left.span.to(opSpan))
                continue
            }
            guard case .op(let op) = current.kind, let precedence = Self.precedence[op], precedence >= minimum,
                  isBinaryPosition else { return left }
            chain += 1
            if chain > Self.maximumChain { throw error(Message.nestingTooDeep(Self.maximumChain)) }
            let opSpan = advance().span
            let rightAssociative = op == "??"
            let nonAssociative = precedence == 130 || precedence == 135
            let right = try parseBinary(minimum: rightAssociative ? precedence : precedence + 1)
            left = Expr(.binary(op, left, right, opSpan: opSpan), left.span.to(right.span))
            if nonAssociative, case .op(let next) = current.kind, Self.precedence[next] == precedence, isBinaryPosition {
                throw error("adjacent operators are in non-associative precedence group")
            }
        }
    }

    /// `a[2...]`, `case 10...:`: a `...` right after its operand with nothing to bound it.
    var isOneSidedRangeEnd: Bool {
        guard current.isOp("..."), !current.spaceBefore else { return false }
        let next = peek(1)
        return next.isEOF || next.newlineBefore || next.isPunct("]") || next.isPunct(")") || next.isPunct(",") || next.isPunct(":")
    }

    /// The bounds written for a missing side of a one-sided range (`2...`, `..<3`): subscripts read them as the
    /// collection's ends (`Subscripts.bounds`), patterns and `contains` as no bound.
    static let openUpperBound = Int.max
    static let openLowerBound = Int.min

    // unary -> ('-' | '+' | '!' | '&' | '~') unary | ('..<' | '...') unary | postfix
    mutating func parseUnary() throws(ScriptError) -> Expr {
        if case .op(let op) = current.kind, op == "..<" || op == "...", !current.spaceAfter {
            try enter(); defer { leave() }
            let opSpan = advance().span
            let operand = try parseBinary(minimum: Self.precedence[op]! + 1)
            return Expr(.binary(op, Expr(.integer(Self.openLowerBound), opSpan), operand, opSpan: opSpan), opSpan.to(operand.span))
        }
        if current.isKeyword("try") { return try parseTry() }
        if case .op(let op) = current.kind, peek(1).isPunct(")") || peek(1).isPunct(",") {
            return Expr(.identifier(op), advance().span)
        }
        if case .op(let op) = current.kind, ["-", "+", "!", "&", "~"].contains(op) {
            try enter(); defer { leave() }
            let start = advance().span
            let operand = try parseUnary()
            return Expr(.unary(op, operand), start.to(operand.span))
        }
        return try parsePostfix()
    }

    // postfix -> primary ( '(' arguments ')' | '[' arguments ']' | '.' member | '?' | '!' | trailingClosures )*
    mutating func parsePostfix() throws(ScriptError) -> Expr {
        var expr = try parsePrimary()
        var chain = 0
        while true {
            chain += 1
            if chain > Self.maximumChain { throw error(Message.nestingTooDeep(Self.maximumChain)) }
            let token = current
            if token.isPunct("("), !token.newlineBefore {
                _ = advance()
                let arguments = try parseArguments(closing: ")")
                expr = Expr(.call(expr, arguments + (try parseTrailingClosures())), expr.span.to(previous.span))
            } else if token.isPunct("["), !token.newlineBefore {
                _ = advance()
                let literalKeyPath = current.isIdentifier("keyPath") && peek(1).isPunct(":") && peek(2).isPunct("\\")
                let arguments = try parseArguments(closing: "]")
                if arguments.count == 1, arguments[0].label == "keyPath" {
                    // `x[keyPath: \.a.b]` is `x.a.b` (readable and writable); `x[keyPath: path]` with a key path held
                    // in a variable calls it: a key path is a function of its root (read only).
                    if literalKeyPath, let members = Self.keyPathMembers(arguments[0].value, root: expr) { expr = members; continue }
                    expr = Expr(.call(arguments[0].value, [Argument(label: nil, value: expr, isInout: false)]), expr.span.to(previous.span))
                    if case .op(let op) = current.kind, op.hasSuffix("="), !["==", "!=", "<=", ">=", "==="].contains(op) {
                        throw error("assigning through a key path held in a variable is not supported in Loupe cells (write the key path in place: x[keyPath: \\.name] \(op) …)", expr.span)
                    }
                    continue
                }
                expr = Expr(.subscriptAccess(expr, arguments), expr.span.to(previous.span))
            } else if token.isPunct(".") {
                _ = advance()
                expr = try parseMemberSuffix(of: expr)
            } else if token.isOp("?"), !token.spaceBefore {
                _ = advance()
                expr = Expr(.optionalChain(expr), expr.span.to(previous.span))
            } else if token.isOp("!"), !token.spaceBefore, !token.newlineBefore {
                _ = advance()
                expr = Expr(.forceUnwrap(expr), expr.span.to(previous.span))
            } else if token.isPunct("{"), allowsTrailingClosure, !token.newlineBefore, isCallable(expr) {
                let closures = try parseTrailingClosures()
                expr = Expr(.call(expr, closures), expr.span.to(previous.span))
            } else {
                return expr
            }
        }
    }

    func isCallable(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .identifier, .member, .call, .implicitMember, .subscriptAccess: true
        default: false
        }
    }

    // member -> identifier | integer
    mutating func parseMemberSuffix(of expr: Expr) throws(ScriptError) -> Expr {
        let token = advance()
        switch token.kind {
        case .identifier(let name), .keyword(let name):
            return Expr(.member(Self.scalarOfByte(expr), name, nameSpan: token.span), expr.span.to(token.span))
        case .integer(let value):
            return Expr(.tupleIndex(expr, value), expr.span.to(token.span))
        default:
            throw error("expected member name following '.'", token.span)
        }
    }

    // arguments -> (argument (',' argument)*)? closing
    // argument -> (identifier ':')? '&'? expression
    mutating func parseArguments(closing: String) throws(ScriptError) -> [Argument] {
        try enter(); defer { leave() }
        var arguments: [Argument] = []
        while !current.isPunct(closing) {
            var label: String?
            var labelSpan: SourceSpan?
            if peek(1).isPunct(":") {
                switch current.kind {
                case .identifier(let name), .keyword(let name): label = name; labelSpan = advance().span; _ = advance()
                default: break
                }
            }
            let value = try parseExpression()
            var isInout = false
            var argument = value
            if case .unary("&", let operand) = value.kind { isInout = true; argument = operand }
            arguments.append(Argument(label: label, labelSpan: labelSpan, value: argument, isInout: isInout))
            if !matchPunct(",") { break }
        }
        _ = try expectPunct(closing, "to close the argument list")
        return arguments
    }

    // trailingClosures -> closure (label ':' closure)*
    mutating func parseTrailingClosures() throws(ScriptError) -> [Argument] {
        guard current.isPunct("{"), !current.newlineBefore, allowsTrailingClosure else { return [] }
        var closures = [Argument(label: nil, labelSpan: nil, value: try parseClosure(), isInout: false, isTrailing: true)]
        while case .identifier(let label) = current.kind, peek(1).isPunct(":"), peek(2).isPunct("{") {
            let labelSpan = advance().span
            _ = advance()
            closures.append(Argument(label: label, labelSpan: labelSpan, value: try parseClosure(), isInout: false))
        }
        return closures
    }
}

extension Parser {
    /// `UnicodeScalar(65).value`: with a member after it, Swift takes a literal 0…255 as a `UInt8`, whose
    /// initializer is not optional (`UnicodeScalar(65)` alone is the `Int` one, giving `Unicode.Scalar?`).
    static func scalarOfByte(_ expr: Expr) -> Expr {
        guard case .call(let callee, let arguments) = expr.kind, arguments.count == 1, arguments[0].label == nil,
              case .integer(let code) = arguments[0].value.kind, (0...255).contains(code) else { return expr }
        switch callee.kind {
        case .identifier("UnicodeScalar"): break
        case .member(let base, "Scalar", _):
            guard case .identifier("Unicode") = base.kind else { return expr }
        default: return expr
        }
        var byte = arguments[0]
        byte.value = Expr(.call(Expr(.identifier("UInt8"), byte.value.span), [arguments[0]]), byte.value.span)
        return Expr(.call(callee, [byte]), expr.span)
    }
}

extension Parser {
    /// A literal key path's members applied to `root` (`\.a.b` on `x` is `x.a.b`), or nil when `path` is not the
    /// closure `parseKeyPath` makes.
    static func keyPathMembers(_ path: Expr, root: Expr) -> Expr? {
        guard case .closure(let decl) = path.kind, decl.parameters.isEmpty, decl.body.count == 1,
              case .expression(let body) = decl.body[0].kind else { return nil }
        func substitute(_ expr: Expr) -> Expr? {
            switch expr.kind {
            case .dollar(0): return root
            case .member(let base, let name, let nameSpan):
                return substitute(base).map { Expr(.member($0, name, nameSpan: nameSpan), root.span.to(nameSpan)) }
            default: return nil
            }
        }
        return substitute(body)
    }
}
