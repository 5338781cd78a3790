/// Statements and declarations.
extension Parser {
    // statement -> declaration | if | guard | while | repeat | for | switch | break | continue | return | expression
    mutating func parseStatement() throws(ScriptError) -> Stmt {
        try enter(); defer { leave() }
        let start = current.span
        let modifiers = try parseModifiers()
        if let declaration = try parseDeclarationStatement(modifiers, start: start) { return declaration }
        if case .keyword(let word) = current.kind {
            switch word {
            case "let", "var": return try parseBindings()
            case "import": return try parseImport()
            case "func": return try parseFunctionDecl()
            case "if": return try parseIf()
            case "guard": return try parseGuard()
            case "while": return try parseWhile()
            case "repeat": return try parseRepeat()
            case "for": return try parseFor()
            case "switch": return try parseSwitch()
            case "break", "continue":
                _ = advance()
                // `break outer`: the label is on the same line (a name on the next line is a new statement).
                if case .identifier(let label) = current.kind, !current.newlineBefore {
                    _ = advance()
                    return Stmt(.jump(label: label, isContinue: word == "continue"), span(from: start))
                }
                return Stmt(word == "break" ? .breakStmt : .continueStmt, start)
            case "return": return try parseReturn()
            case "defer": _ = advance(); return Stmt(.deferStmt(try parseBlock()), span(from: start))
            case "fallthrough": _ = advance(); return Stmt(.fallthroughStmt, start)
            default: break
            }
        }
        if case .identifier(let label) = current.kind, peek(1).isPunct(":"),
           case .keyword(let word) = peek(2).kind, Parser.labellable.contains(word) {
            _ = advance(); _ = advance()
            let statement = try parseStatement()
            return Stmt(.labelled(label, statement), span(from: start))
        }
        let expr = try parseExpression()
        return Stmt(.expression(expr), expr.span)
    }

    // bindings -> ('let' | 'var') binding (',' binding)*
    // binding -> pattern (':' type)? ('=' expression)?
    /// `var a = 1, b = 2` is one statement per name: the first is returned, the others wait in `pendingStatements`.
    /// `var x, y: Double` gives the names without a type or value the type written after the last one.
    mutating func parseBindings() throws(ScriptError) -> Stmt {
        let keyword = advance()
        let isVar = keyword.isKeyword("var")
        var items: [(pattern: Pattern, annotation: TypeAnnotation?, value: Expr?, start: SourceSpan, span: SourceSpan)] = []
        repeat {
            let start = items.isEmpty ? keyword.span : current.span
            let pattern = try parseBindingPattern()
            var annotation: TypeAnnotation?
            if matchPunct(":") { annotation = try parseType() }
            if isVar, items.isEmpty, let annotation, case .binding(let name, _) = pattern, current.isPunct("{") {
                return try parseComputedVariable(name, annotation, start: start)
            }
            var value: Expr?
            if current.isOp("=") { _ = advance(); value = try parseExpression() }
            if isVar, current.isPunct("{"), !current.newlineBefore, case .identifier(let word) = peek(1).kind, word == "willSet" || word == "didSet" {
                throw error("property observers ('\(word)') on a variable outside a type are not supported in Loupe cells", current.span)
            }
            items.append((pattern, annotation, value, start, span(from: start)))
        } while matchPunct(",")
        let lastType = items.last?.annotation
        var statements: [Stmt] = []
        for var item in items {
            if item.annotation == nil, item.value == nil { item.annotation = lastType }
            if item.annotation == nil, item.value == nil { throw error("type annotation missing in pattern", item.start) }
            statements.append(Stmt(.binding(isVar: isVar, item.pattern, item.annotation, item.value), item.span))
        }
        pendingStatements += statements.dropFirst()
        return statements[0]
    }

    // computedVariable -> 'var' identifier ':' type '{' statements '}' | '{' 'get' block '}'
    /// `var total: Int { a + b }`: a function without parameters that every read of the name calls.
    mutating func parseComputedVariable(_ name: String, _ type: TypeAnnotation, start: SourceSpan) throws(ScriptError) -> Stmt {
        var property = PropertyDecl(name: name, nameSpan: start, isVar: true, modifiers: DeclarationModifiers(), type: type,
                                    initialValue: nil, getter: nil, setter: nil, willSet: nil, didSet: nil, span: start)
        try parseAccessors(into: &property, inProtocol: false)
        guard let getter = property.getter, property.setter == nil, property.willSet == nil, property.didSet == nil else {
            throw error("only a getter is supported for a computed variable outside a type in Loupe cells", start)
        }
        let decl = FunctionDecl(name: name, parameters: [], returnType: type, body: getter, span: span(from: start))
        decl.isComputedVariable = true
        return Stmt(.function(decl), decl.span)
    }

    // import -> 'import' ('struct' | 'class' | 'func' | …)? identifier ('.' identifier)*
    /// `import Foundation` (and `Swift`, `TensorFlow`) is accepted and does nothing; other modules are an error.
    mutating func parseImport() throws(ScriptError) -> Stmt {
        let start = advance().span
        if case .keyword(let kind) = current.kind, ["struct", "class", "enum", "protocol", "func", "var", "let"].contains(kind) {
            _ = advance()
        }
        let (module, moduleSpan) = try expectIdentifier("module name after 'import'")
        while current.isPunct("."), case .identifier = peek(1).kind { _ = advance(); _ = advance() }
        guard Parser.acceptedModules.contains(module) else { throw error(Message.noSuchModule(module), moduleSpan) }
        return Stmt(.block([]), span(from: start))
    }

    static let acceptedModules: Set<String> = ["Foundation", "Swift", "TensorFlow"]
    /// Statements a label may name (`outer: for …`).
    static let labellable: Set<String> = ["for", "while", "repeat", "switch", "if", "do"]

    // bindingPattern -> identifier | '_' | '(' bindingPattern (',' bindingPattern)* ')'
    mutating func parseBindingPattern() throws(ScriptError) -> Pattern {
        try enter(); defer { leave() }
        if case .identifier(let name) = current.kind {
            let token = advance()
            let pattern: Pattern = name == "_" ? .wildcard : .binding(name, token.span)
            if current.isOp("?"), !current.spaceBefore { _ = advance(); return .optionalSome(pattern) }
            return pattern
        }
        if matchPunct("(") {
            var items: [Pattern] = []
            repeat { items.append(try parseBindingPattern()) } while matchPunct(",")
            _ = try expectPunct(")")
            return items.count == 1 ? items[0] : .tuple(items)
        }
        throw error("expected pattern")
    }

    // function -> 'func' (identifier | operator) functionRest block
    mutating func parseFunctionDecl() throws(ScriptError) -> Stmt {
        let start = advance().span
        let name: String
        if case .op(let op) = current.kind { name = op; _ = advance() } else { (name, _) = try expectIdentifier("function name") }
        let decl = try parseFunctionRest(name: name, start: start)
        decl.span = span(from: start)
        decl.body = try parseBlock()
        return Stmt(.function(decl), span(from: start))
    }

    // parameters -> (parameter (',' parameter)*)?
    // parameter -> (label)? name ':' 'inout'? type '...'? ('=' expression)?
    mutating func parseParameterList() throws(ScriptError) -> [ParameterDecl] {
        _ = try expectPunct("(")
        var parameters: [ParameterDecl] = []
        while !current.isPunct(")") {
            let start = current.span
            var first: String
            if case .keyword(let word) = current.kind, word != "inout", case .identifier = peek(1).kind {
                first = word
                _ = advance()
            } else {
                (first, _) = try expectIdentifier("parameter name")
            }
            var label: String? = first == "_" ? nil : first
            var name = first
            if case .identifier(let second) = current.kind { _ = advance(); name = second }
            else if first == "_" { throw error("expected parameter name after '_'") }
            else { label = first }
            _ = try expectPunct(":", "after parameter name")
            let isInout = matchKeyword("inout")
            let type = try parseType()
            var isVariadic = false
            if current.isOp("...") { _ = advance(); isVariadic = true }
            var defaultValue: Expr?
            if current.isOp("=") { _ = advance(); defaultValue = try parseExpression() }
            parameters.append(ParameterDecl(label: label, name: name, type: type, defaultValue: defaultValue,
                                            isInout: isInout, isVariadic: isVariadic, span: span(from: start)))
            if !matchPunct(",") { break }
        }
        _ = try expectPunct(")", "to close the parameter list")
        return parameters
    }

    // if -> 'if' conditions block ('else' (if | block))?
    mutating func parseIf() throws(ScriptError) -> Stmt {
        let start = advance().span
        let conditions = try parseConditions()
        let then = try parseBlock()
        var otherwise: [Stmt]?
        if matchKeyword("else") {
            if current.isKeyword("if") { otherwise = [try parseIf()] } else { otherwise = try parseBlock() }
        }
        return Stmt(.ifStmt(conditions, then, otherwise), span(from: start))
    }

    // guard -> 'guard' conditions 'else' block
    mutating func parseGuard() throws(ScriptError) -> Stmt {
        let start = advance().span
        let conditions = try parseConditions()
        guard matchKeyword("else") else { throw error("expected 'else' after 'guard' condition") }
        let body = try parseBlock()
        return Stmt(.guardStmt(conditions, body), span(from: start))
    }

    // conditions -> condition (',' condition)*
    // condition -> ('let' | 'var') pattern ('=' expression)? | 'case' pattern '=' expression | expression
    mutating func parseConditions() throws(ScriptError) -> [Condition] {
        var conditions: [Condition] = []
        repeat {
            let start = current.span
            if current.isKeyword("let") || current.isKeyword("var"), peek(1).isKeyword("self") {
                // `guard let self else …`, `if let self = self` after `[weak self]`: self is a strong reference
                // here, so this only checks that it is there.
                _ = advance()
                let selfSpan = advance().span
                if current.isOp("=") {
                    _ = advance()
                    guard current.isKeyword("self") else { throw error("only 'self' can be bound to 'self'") }
                    _ = advance()
                }
                conditions.append(.optionalBinding(isVar: false, .wildcard, Expr(.identifier("self"), selfSpan), span(from: start)))
            } else if current.isKeyword("let") || current.isKeyword("var") {
                let isVar = advance().isKeyword("var")
                let pattern = try parseBindingPattern()
                if current.isOp("=") {
                    _ = advance()
                    let value = try parseExpression(allowTrailingClosure: false)
                    conditions.append(.optionalBinding(isVar: isVar, pattern, value, span(from: start)))
                } else if case .binding(let name, let nameSpan) = pattern {
                    conditions.append(.optionalBinding(isVar: isVar, pattern, Expr(.identifier(name), nameSpan), nameSpan))
                } else { throw error("expected '=' in optional binding") }
            } else if matchKeyword("case") {
                let pattern = try parsePattern()
                guard current.isOp("=") else { throw error("expected '=' in 'case' condition") }
                _ = advance()
                conditions.append(.casePattern(pattern, try parseExpression(allowTrailingClosure: false)))
            } else {
                conditions.append(.expr(try parseExpression(allowTrailingClosure: false)))
            }
        } while matchPunct(",")
        return conditions
    }

    // while -> 'while' conditions block
    mutating func parseWhile() throws(ScriptError) -> Stmt {
        let start = advance().span
        let conditions = try parseConditions()
        let body = try parseBlock()
        return Stmt(.whileStmt(conditions, body), span(from: start))
    }

    // repeat -> 'repeat' block 'while' expression
    mutating func parseRepeat() throws(ScriptError) -> Stmt {
        let start = advance().span
        let body = try parseBlock()
        guard matchKeyword("while") else { throw error("expected 'while' after 'repeat' body") }
        let condition = try parseExpression()
        return Stmt(.repeatWhile(body, condition), span(from: start))
    }

    // for -> 'for' pattern 'in' expression ('where' expression)? block | 'for' 'case' pattern 'in' …
    mutating func parseFor() throws(ScriptError) -> Stmt {
        let start = advance().span
        if matchKeyword("case") { return try parseForCase(start) }
        let isVar = current.isKeyword("var")
        if current.isKeyword("let") || isVar { _ = advance() }
        let pattern = try parseBindingPattern()
        guard matchKeyword("in") else { throw error("expected 'in' after for-in pattern") }
        let sequence = try parseExpression(allowTrailingClosure: false)
        var filter: Expr?
        if matchKeyword("where") { filter = try parseExpression(allowTrailingClosure: false) }
        var body = try parseBlock()
        // `for var p in points { p.x += 1 }`: each element is a mutable copy, as `var p = p` at the top of the body.
        if isVar { body.insert(contentsOf: Self.mutableCopies(of: pattern), at: 0) }
        return Stmt(.forIn(pattern, sequence, filter, body), span(from: start))
    }

    /// `var name = name` for every name a binding pattern binds.
    private static func mutableCopies(of pattern: Pattern) -> [Stmt] {
        switch pattern {
        case .binding(let name, let span) where name != "_":
            return [Stmt(.binding(isVar: true, .binding(name, span), nil, Expr(.identifier(name), span)), span)]
        case .tuple(let items): return items.flatMap(mutableCopies)
        default: return []
        }
    }

    /// `for case P in xs where c { body }` runs the body only for the elements that match `P` (`for case let x? in`
    /// skips the nils): it is `for e in xs { if case P = e, c { body } }`, with `e` a name no cell can write.
    private mutating func parseForCase(_ start: SourceSpan) throws(ScriptError) -> Stmt {
        let patternStart = current.span
        let pattern = try parsePattern()
        let patternSpan = span(from: patternStart)
        guard matchKeyword("in") else { throw error("expected 'in' after for-in pattern") }
        let sequence = try parseExpression(allowTrailingClosure: false)
        var conditions: [Condition] = [.casePattern(pattern, Expr(.identifier(Parser.forCaseElement), patternSpan))]
        if matchKeyword("where") { conditions.append(.expr(try parseExpression(allowTrailingClosure: false))) }
        let body = try parseBlock()
        let test = Stmt(.ifStmt(conditions, body, nil), span(from: start))
        return Stmt(.forIn(.binding(Parser.forCaseElement, patternSpan), sequence, nil, [test]), span(from: start))
    }

    /// The hidden loop variable of a `for case` loop.
    static let forCaseElement = "for-case element"

    // return -> 'return' expression?
    mutating func parseReturn() throws(ScriptError) -> Stmt {
        let start = advance().span
        if current.newlineBefore || current.isPunct("}") || current.isPunct(";") || current.isEOF {
            return Stmt(.returnStmt(nil), start)
        }
        let value = try parseExpression()
        return Stmt(.returnStmt(value), span(from: start))
    }

    // switch -> 'switch' expression '{' (('case' patterns ('where' expression)? | 'default') ':' statements)* '}'
    mutating func parseSwitch() throws(ScriptError) -> Stmt {
        let start = advance().span
        let subject = try parseExpression(allowTrailingClosure: false)
        _ = try expectPunct("{")
        var cases: [SwitchCase] = []
        while !current.isPunct("}") {
            let caseStart = current.span
            var patterns: [Pattern] = []
            var guardExpr: Expr?
            var isDefault = false
            if matchKeyword("default") { isDefault = true }
            else if matchKeyword("case") {
                repeat { patterns.append(try parsePattern()) } while matchPunct(",")
                if matchKeyword("where") { guardExpr = try parseExpression() }
            } else { throw error("expected 'case' or 'default' in switch") }
            _ = try expectPunct(":", "after case label")
            let body = try parseStatements(until: { $0.isKeyword("case") || $0.isKeyword("default") || $0.isPunct("}") })
            if body.isEmpty { throw error("'case' label in a 'switch' must have at least one executable statement", caseStart) }
            cases.append(SwitchCase(patterns: patterns, guardExpr: guardExpr, body: body, isDefault: isDefault,
                                    span: caseStart))
        }
        _ = try expectPunct("}")
        return Stmt(.switchStmt(subject, cases), span(from: start))
    }

    // pattern -> primaryPattern ('as' type)*
    // primaryPattern -> ('let' | 'var') (enumCasePattern | bindingPattern) | 'is' type | '_' | enumCasePattern
    //                 | '(' pattern (',' pattern)* ')' | expression
    mutating func parsePattern() throws(ScriptError) -> Pattern {
        try enter(); defer { leave() }
        let start = current.span
        var pattern = try parsePrimaryPattern()
        while current.isKeyword("as") {
            _ = advance()
            pattern = .cast(pattern, try parseType(), span(from: start))
        }
        return pattern
    }

    mutating func parsePrimaryPattern() throws(ScriptError) -> Pattern {
        if current.isKeyword("let") || current.isKeyword("var") {
            _ = advance()
            if isEnumCasePatternStart { return .letBinding(try parseEnumCasePattern(binds: true)) }
            return .letBinding(try parseBindingPattern())
        }
        if current.isKeyword("is") {
            let start = advance().span
            return .isType(try parseType(), span(from: start))
        }
        if isEnumCasePatternStart { return try parseEnumCasePattern() }
        if case .identifier("_") = current.kind { _ = advance(); return .wildcard }
        if current.isPunct("("), isTuplePattern() {
            _ = advance()
            var items: [Pattern] = []
            repeat { items.append(try parsePattern()) } while matchPunct(",")
            _ = try expectPunct(")")
            return items.count == 1 ? items[0] : .tuple(items)
        }
        let saved = allowsTrailingClosure, savedCasts = allowsCasts
        allowsTrailingClosure = false
        allowsCasts = false
        defer { allowsTrailingClosure = saved; allowsCasts = savedCasts }
        return .expression(try parseTernary())
    }

    /// A `(` starting a pattern is a tuple pattern when it holds a top-level comma, `let` or `_`.
    func isTuplePattern() -> Bool {
        var depth = 0
        var offset = 0
        while true {
            let token = peek(offset)
            if token.isEOF { return false }
            if token.isPunct("(") || token.isPunct("[") { depth += 1 }
            if token.isPunct(")") || token.isPunct("]") { depth -= 1; if depth == 0 { return false } }
            if depth == 1 && (token.isPunct(",") || token.isKeyword("let") || token.isKeyword("var")) { return true }
            if depth == 1, case .identifier("_") = token.kind { return true }
            offset += 1
        }
    }
}

/// Enum case patterns: `.north`, `.circle(let r)`, `Shape.rect(width: let w, _)`, `.some(let x)`.
extension Parser {
    /// `.name` (a case, possibly with sub-patterns), or `Type.name(` with sub-patterns.
    var isEnumCasePatternStart: Bool {
        if current.isPunct("."), case .identifier = peek(1).kind { return true }
        if case .identifier(let type) = current.kind, type.first?.isUppercase == true, peek(1).isPunct("."),
           case .identifier = peek(2).kind {
            let next = peek(3)
            return (next.isPunct("(") && !next.newlineBefore) || next.isPunct(":") || next.isPunct(",")
                || next.isKeyword("where") || next.isPunct("{") || next.isKeyword("in") || next.isOp("=")
        }
        return false
    }

    // enumCasePattern -> (identifier)? '.' identifier ('(' ((identifier ':')? pattern (',' …)*)? ')')?
    /// With `binds` (after `let`/`var`), a plain name in the sub-patterns binds it (`let .rect(w, h)`).
    mutating func parseEnumCasePattern(binds: Bool = false) throws(ScriptError) -> Pattern {
        let start = current.span
        var type: String?
        if case .identifier(let name) = current.kind { type = name; _ = advance() }
        _ = try expectPunct(".")
        let (name, _) = try expectIdentifier("enum case name")
        guard current.isPunct("("), !current.newlineBefore else { return .enumCase(type: type, name: name, nil, span(from: start)) }
        _ = advance()
        var items: [(label: String?, pattern: Pattern)] = []
        while !current.isPunct(")") {
            var label: String?
            if case .identifier(let word) = current.kind, peek(1).isPunct(":") { label = word; _ = advance(); _ = advance() }
            if binds, case .identifier(let bound) = current.kind, peek(1).isPunct(",") || peek(1).isPunct(")") {
                let token = advance()
                items.append((label, bound == "_" ? .wildcard : .binding(bound, token.span)))
            } else if binds, isEnumCasePatternStart {
                items.append((label, try parseEnumCasePattern(binds: true)))
            } else {
                items.append((label, try parsePattern()))
            }
            if !matchPunct(",") { break }
        }
        _ = try expectPunct(")", "to close the case pattern")
        return .enumCase(type: type, name: name, items, span(from: start))
    }
}
