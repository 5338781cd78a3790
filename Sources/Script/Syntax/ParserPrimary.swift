/// Primary expressions: literals, names, parentheses and tuples, collections, closures; and types.
extension Parser {
    // primary -> literal | identifier | '$'n | '.' identifier | '(' tuple ')' | '[' collection ']' | closure
    mutating func parsePrimary() throws(ScriptError) -> Expr {
        let token = current
        switch token.kind {
        case .integer(let value): _ = advance(); return Expr(.integer(value), token.span)
        case .integerTooLarge(let text):
            guard let value = LargeIntegerLiteral.value(of: text) else {
                throw error(Message.literalOverflow(text, into: "Int"), token.span)
            }
            _ = advance()
            return Expr(.largeInteger(value), token.span)
        case .double(let value): _ = advance(); return Expr(.double(value), token.span)
        case .string(let parts): _ = advance(); return try stringExpr(parts, token.span)
        case .dollar(let number): _ = advance(); return Expr(.dollar(number), token.span)
        case .identifier(let name):
            _ = advance()
            if name.first?.isUppercase == true, current.isOp("<"), !current.spaceBefore {
                let saved = index, savedTokens = tokens
                if let arguments = try? parseGenericArguments(), current.isPunct("(") || current.isPunct(".") {
                    return Expr(.specializedType(name, arguments), token.span.to(previous.span))
                }
                index = saved
                tokens = savedTokens
            }
            return Expr(name == "_" ? .discard : .identifier(name), token.span)
        case .keyword("true"): _ = advance(); return Expr(.bool(true), token.span)
        case .keyword("false"): _ = advance(); return Expr(.bool(false), token.span)
        case .keyword("nil"): _ = advance(); return Expr(.nilLiteral, token.span)
        case .keyword("init"), .keyword("self"): _ = advance(); return Expr(.identifier(describe(token)), token.span)
        case .punctuation("."):
            _ = advance()
            let (name, nameSpan) = try expectIdentifier("member name after '.'")
            return Expr(.implicitMember(name), token.span.to(nameSpan))
        case .punctuation("("): return try parseParenthesized()
        case .punctuation("["): return try parseCollection()
        case .punctuation("{"): return try parseClosure()
        case .punctuation("\\"): return try parseKeyPath()
        case .keyword(let word) where ["struct", "enum", "class", "protocol", "extension"].contains(word):
            throw error(Message.unsupported(word), token.span)
        case .keyword("if"), .keyword("switch"): return try parseBranchExpression()
        case .endOfFile: throw error("expected expression")
        default: throw error("expected expression, found '\(describe(token))'", token.span)
        }
    }

    /// A string literal: plain text, or text and interpolated expressions.
    mutating func stringExpr(_ parts: [StringPart], _ span: SourceSpan) throws(ScriptError) -> Expr {
        if parts.count == 1, case .text(let text) = parts[0] { return Expr(.string(text), span) }
        var pieces: [InterpolationPiece] = []
        for part in parts {
            switch part {
            case .text(let text): pieces.append(.text(text))
            case .interpolation(let tokens, let innerSpan):
                var inner = Parser(tokens: tokens, cell: cell)
                inner.nesting = nesting
                try inner.enter()
                guard !inner.current.isEOF else { throw error("expected expression in string interpolation", innerSpan) }
                let expr = try inner.parseExpression()
                guard inner.current.isEOF else { throw inner.error("expected ')' in string interpolation") }
                pieces.append(.expr(expr))
            }
        }
        return Expr(.interpolated(pieces), span)
    }

    // parenthesized -> '(' ')' | '(' (label ':')? expression (',' (label ':')? expression)* ')'
    mutating func parseParenthesized() throws(ScriptError) -> Expr {
        try enter(); defer { leave() }
        let start = advance().span
        var items: [(String?, Expr)] = []
        while !current.isPunct(")") {
            var label: String?
            if case .identifier(let name) = current.kind, peek(1).isPunct(":") { label = name; _ = advance(); _ = advance() }
            items.append((label, try parseExpression()))
            if !matchPunct(",") { break }
        }
        _ = try expectPunct(")", "to close the parenthesis")
        let span = span(from: start)
        if items.count == 1, items[0].0 == nil { return Expr(items[0].1.kind, span) }
        return Expr(.tuple(items), span)
    }

    // collection -> '[' ']' | '[' ':' ']' | '[' expression (',' expression)* ']' | '[' expression ':' expression (',' …)* ']'
    mutating func parseCollection() throws(ScriptError) -> Expr {
        try enter(); defer { leave() }
        let start = advance().span
        if matchPunct(":") { _ = try expectPunct("]"); return Expr(.dictionary([]), span(from: start)) }
        var elements: [Expr] = []
        var pairs: [(Expr, Expr)] = []
        var isDictionary = false
        while !current.isPunct("]") {
            let first = try parseExpression()
            if elements.isEmpty && pairs.isEmpty && current.isPunct(":") { isDictionary = true }
            if isDictionary {
                _ = try expectPunct(":", "in dictionary literal")
                pairs.append((first, try parseExpression()))
            } else { elements.append(first) }
            if !matchPunct(",") { break }
        }
        _ = try expectPunct("]", "to close the collection literal")
        return Expr(isDictionary ? .dictionary(pairs) : .array(elements), span(from: start))
    }

    // keyPath -> '\' identifier? ('.' identifier)+
    /// `\.name`, `\Person.address.city`: a read-only key path, used as a function (`people.map(\.name)`) or with
    /// `x[keyPath: path]`. It is the closure `{ $0.address.city }` (the root type is not checked).
    mutating func parseKeyPath() throws(ScriptError) -> Expr {
        let start = advance().span
        if case .identifier(let name) = current.kind, name.first?.isUppercase == true, !current.spaceBefore { _ = advance() }
        var body = Expr(.dollar(0), start)
        guard current.isPunct("."), !current.spaceBefore else { throw error("expected '.' and a member name in the key path", current.span) }
        while current.isPunct("."), !current.spaceBefore {
            _ = advance()
            if current.isKeyword("self") { _ = advance(); continue }  // `\.self`: the root itself
            let (name, nameSpan) = try expectIdentifier("member name in the key path")
            body = Expr(.member(body, name, nameSpan: nameSpan), start.to(nameSpan))
        }
        if current.isOp("?") || current.isOp("!") || current.isPunct("["), !current.spaceBefore {
            throw error("key paths with optional chaining, '!' or subscripts are not supported in Loupe cells", current.span)
        }
        let decl = FunctionDecl(name: "closure", parameters: [], returnType: nil, body: [Stmt(.expression(body), body.span)],
                                span: span(from: start))
        return Expr(.closure(decl), decl.span)
    }

    // closure -> '{' (closureSignature 'in')? statements '}'
    mutating func parseClosure() throws(ScriptError) -> Expr {
        try enter(); defer { leave() }
        let start = advance().span
        var parameters: [ParameterDecl] = []
        var returnType: TypeAnnotation?
        var captures: [(name: String, value: Expr)] = []
        let beforeCaptures = index
        if current.isPunct("["), let list = try? parseCaptureList() { captures = list } else { index = beforeCaptures }
        let saved = index
        if let signature = try? parseClosureSignature() {
            parameters = signature.0; returnType = signature.1
        } else {
            index = saved
            if index != beforeCaptures, !matchKeyword("in") { index = beforeCaptures; captures = [] }
        }
        let body = try parseStatements(until: { $0.isPunct("}") })
        _ = try expectPunct("}", "to close the closure")
        let decl = FunctionDecl(name: "closure", parameters: parameters, returnType: returnType, body: body,
                                span: span(from: start))
        let closure = Expr(.closure(decl), decl.span)
        guard !captures.isEmpty else { return closure }
        // `{ [x, y = f()] in … }`: the values are taken when the closure is made, as the lets of an enclosing
        // closure that is called at once and returns this one.
        var statements = captures.map { Stmt(.binding(isVar: false, .binding($0.name, $0.value.span), nil, $0.value), $0.value.span) }
        statements.append(Stmt(.returnStmt(closure), decl.span))
        let maker = FunctionDecl(name: "closure", parameters: [], returnType: nil, body: statements, span: decl.span)
        return Expr(.call(Expr(.closure(maker), decl.span), []), decl.span)
    }

    // captureList -> '[' (('weak' | 'unowned' ('(' identifier ')')?)? identifier ('=' expression)?)
    //                (',' …)* ']'
    /// A closure's capture list: the names captured by value with their values. `weak`/`unowned` entries are
    /// plain references here (Loupe's references are strong), so they capture nothing by value.
    mutating func parseCaptureList() throws(ScriptError) -> [(name: String, value: Expr)] {
        _ = try expectPunct("[")
        var captures: [(name: String, value: Expr)] = []
        repeat {
            var isReference = false
            if current.isIdentifier("weak") || current.isIdentifier("unowned") {
                isReference = true
                _ = advance()
                if matchPunct("(") { _ = try expectIdentifier("'safe' or 'unsafe'"); _ = try expectPunct(")") }
            }
            let name: String, nameSpan: SourceSpan
            if current.isKeyword("self") { nameSpan = advance().span; name = "self" }
            else { (name, nameSpan) = try expectIdentifier("captured name") }
            if current.isOp("=") {
                _ = advance()
                let value = try parseExpression()
                if !isReference { captures.append((name, value)) }
            } else if !isReference && name != "self" {
                captures.append((name, Expr(.identifier(name), nameSpan)))
            }
        } while matchPunct(",")
        _ = try expectPunct("]")
        guard current.isKeyword("in") || current.isPunct("(") || { if case .identifier = current.kind { true } else { false } }() else {
            throw error("expected 'in' after the capture list")
        }
        return captures
    }

    // closureSignature -> ('(' closureParameters ')' | identifier (',' identifier)*) ('->' type)? 'in'
    mutating func parseClosureSignature() throws(ScriptError) -> ([ParameterDecl], TypeAnnotation?) {
        var parameters: [ParameterDecl] = []
        if matchPunct("(") {
            while !current.isPunct(")") {
                let (name, span) = try expectIdentifier("closure parameter")
                var type: TypeAnnotation?
                if matchPunct(":") { _ = matchKeyword("inout"); type = try parseType() }
                parameters.append(ParameterDecl(label: nil, name: name, type: type, defaultValue: nil,
                                                isInout: false, isVariadic: false, span: span))
                if !matchPunct(",") { break }
            }
            _ = try expectPunct(")")
        } else {
            repeat {
                let (name, span) = try expectIdentifier("closure parameter")
                parameters.append(ParameterDecl(label: nil, name: name, type: nil, defaultValue: nil,
                                                isInout: false, isVariadic: false, span: span))
            } while matchPunct(",")
        }
        var returnType: TypeAnnotation?
        if matchPunct("->") { returnType = try parseType() }
        guard matchKeyword("in") else { throw error("expected 'in'") }
        return (parameters, returnType)
    }

    // type -> (identifier ('.' identifier)* | '[' type (':' type)? ']' | '(' types ')' ('->' type)?) ('?' | '!')*
    mutating func parseType() throws(ScriptError) -> TypeAnnotation {
        try enter(); defer { leave() }
        while current.isPunct("@"), case .identifier = peek(1).kind { _ = advance(); _ = advance() }
        var type: TypeAnnotation
        if matchPunct("[") {
            let element = try parseType()
            if matchPunct(":") { type = .dictionary(element, try parseType()) } else { type = .array(element) }
            _ = try expectPunct("]", "to close the type")
        } else if matchPunct("(") {
            var items: [TypeAnnotation] = []
            var labels: [String?] = []
            while !current.isPunct(")") {
                if case .identifier(let label) = current.kind, peek(1).isPunct(":") {
                    _ = advance(); _ = advance(); labels.append(label)
                } else { labels.append(nil) }
                items.append(try parseType())
                if !matchPunct(",") { break }
            }
            _ = try expectPunct(")")
            if current.isKeyword("throws") || current.isIdentifier("rethrows") { _ = try parseEffects() }
            if matchPunct("->") { type = .function(result: try parseType()) }
            else { type = items.count == 1 ? items[0] : .tuple(items, labels: labels) }
        } else {
            if case .identifier(let word) = current.kind, word == "some" || word == "any", case .identifier = peek(1).kind {
                _ = advance()
            }
            var (name, _) = try expectIdentifier("type")
            while current.isPunct("."), case .identifier(let next) = peek(1).kind { _ = advance(); _ = advance(); name += "." + next }
            type = .named(name)
            if current.isOp("<"), !current.spaceBefore { type = Self.genericType(name, try parseGenericArguments()) }
            while current.isOp("&") { _ = advance(); _ = try parseType() }
            if matchPunct("->") { type = .function(result: try parseType()) }
        }
        while case .op(let op) = current.kind, !current.spaceBefore, op.first == "?" || op.first == "!" {
            let marks = op.prefix { $0 == "?" || $0 == "!" }
            for char in marks where char == "?" { type = .optional(type) }
            // `Stack<String?>()`: the lexer reads `?>` as one operator; the `>` closes generic arguments.
            if marks.count == op.count { _ = advance() } else { tokens[index].kind = .op(String(op.dropFirst(marks.count))) }
        }
        return type
    }

    // genericArguments -> '<' type (',' type)* '>'
    mutating func parseGenericArguments() throws(ScriptError) -> [TypeAnnotation] {
        _ = advance()
        var arguments: [TypeAnnotation] = []
        repeat { arguments.append(try parseType()) } while matchPunct(",")
        guard case .op(let op) = current.kind, op.hasPrefix(">") else { throw error("expected '>' to close generic arguments") }
        if op == ">" { _ = advance() } else { tokens[index].kind = .op(String(op.dropFirst())) }
        return arguments
    }

    /// `Array<T>`, `Dictionary<K, V>` and `Optional<T>` are the sugared types; other names stay generic.
    static func genericType(_ name: String, _ arguments: [TypeAnnotation]) -> TypeAnnotation {
        switch (name, arguments.count) {
        case ("Array", 1): .array(arguments[0])
        case ("Optional", 1): .optional(arguments[0])
        case ("Dictionary", 2): .dictionary(arguments[0], arguments[1])
        default: .generic(name, arguments)
        }
    }

    mutating func skipGenericArguments() throws(ScriptError) {
        var depth = 0
        repeat {
            if case .op(let op) = current.kind { depth += op.filter { $0 == "<" }.count - op.filter { $0 == ">" }.count }
            if current.isEOF { throw error("expected '>' to close generic arguments") }
            _ = advance()
        } while depth > 0
    }
}
