/// Type declarations: `struct`, `class`, `enum`, `protocol`, `extension`, `typealias` and their members.
extension Parser {
    /// A statement that is a type declaration, `typealias`, `throw` or `do`; nil for any other statement
    /// (nothing consumed then but `modifiers`, which the other declarations accept and ignore).
    mutating func parseDeclarationStatement(_ modifiers: DeclarationModifiers, start: SourceSpan) throws(ScriptError) -> Stmt? {
        switch current.kind {
        case .keyword("struct"), .keyword("class"), .keyword("enum"), .keyword("protocol"), .keyword("extension"):
            let decl = try parseTypeDeclaration(modifiers, start: start)
            return Stmt(.typeDeclaration(decl), decl.span)
        case .identifier("typealias"):
            let (name, type) = try parseTypeAliasBody()
            return Stmt(.typeAlias(name, type), span(from: start))
        case .keyword("throw"):
            _ = advance()
            let value = try parseExpression()
            return Stmt(.throwStmt(value), span(from: start))
        case .keyword("do"): return try parseDo(start: start)
        case .identifier(let word) where Self.unsupportedDeclarations.contains(word) && isUnsupportedDeclaration:
            throw error(Message.unsupported(word))
        default: return nil
        }
    }

    /// `actor A {`, `macro m(…)`, `infix operator ** …`: the word starts a declaration (not a variable of that name).
    private var isUnsupportedDeclaration: Bool {
        let next = peek(1)
        if next.newlineBefore || next.isEOF { return false }
        switch next.kind {
        case .identifier, .keyword, .op: return true
        default: return false
        }
    }

    // typeDeclaration -> ('struct' | 'class' | 'enum' | 'protocol' | 'extension') name genericParameters?
    //                    (':' inheritance)? whereClause? '{' member* '}'
    mutating func parseTypeDeclaration(_ modifiers: DeclarationModifiers, start: SourceSpan) throws(ScriptError) -> TypeDecl {
        try enter(); defer { leave() }
        let keyword = advance()
        guard case .keyword(let word) = keyword.kind, let kind = TypeDeclKind(rawValue: word) else {
            throw error("expected a type declaration", keyword.span)
        }
        var (name, nameSpan) = try expectIdentifier("\(word) name")
        if kind == .extensionType {
            while current.isPunct("."), case .identifier(let next) = peek(1).kind { _ = advance(); _ = advance(); name += "." + next }
            if current.isOp("<") { try skipGenericArguments() }
        }
        let generics = kind == .extensionType ? [] : try parseGenericParameters()
        var inherited: [TypeAnnotation] = []
        if matchPunct(":") {
            repeat { inherited.append(try parseType()) } while matchPunct(",")
        }
        let requirements = try parseWhereClause()
        let members = try parseMemberBlock(of: kind)
        return TypeDecl(kind: kind, name: name, nameSpan: nameSpan, modifiers: modifiers, genericParameters: generics,
                        inherited: inherited, requirements: requirements, members: members, span: span(from: start))
    }

    // genericParameters -> '<' identifier (':' type ('&' type)*)? (',' …)* '>'
    mutating func parseGenericParameters() throws(ScriptError) -> [GenericParameter] {
        guard current.isOp("<") else { return [] }
        _ = advance()
        var parameters: [GenericParameter] = []
        while true {
            let (name, _) = try expectIdentifier("generic parameter name")
            var constraints: [TypeAnnotation] = []
            if matchPunct(":") {
                constraints.append(try parseType())
                while current.isOp("&") { _ = advance(); constraints.append(try parseType()) }
            }
            parameters.append(GenericParameter(name: name, constraints: constraints))
            if matchPunct(",") { continue }
            if current.isOp(">") { _ = advance(); return parameters }
            throw error("expected '>' to close the generic parameters")
        }
    }

    // whereClause -> 'where' requirement (',' requirement)*;  requirement -> type (':' type | '==' type)
    mutating func parseWhereClause() throws(ScriptError) -> [WhereRequirement] {
        guard matchKeyword("where") else { return [] }
        var requirements: [WhereRequirement] = []
        repeat {
            let subject = try parseType()
            if matchPunct(":") {
                requirements.append(WhereRequirement(subject: subject, constraint: try parseType(), isSameType: false))
                while current.isOp("&") { _ = advance(); requirements.append(WhereRequirement(subject: subject, constraint: try parseType(), isSameType: false)) }
            } else if current.isOp("==") {
                _ = advance()
                requirements.append(WhereRequirement(subject: subject, constraint: try parseType(), isSameType: true))
            } else {
                throw error("expected ':' or '==' in 'where' requirement")
            }
        } while matchPunct(",")
        return requirements
    }

    // memberBlock -> '{' (member (';' | newline))* '}'
    mutating func parseMemberBlock(of kind: TypeDeclKind) throws(ScriptError) -> [MemberDecl] {
        _ = try expectPunct("{", "to open the \(kind.rawValue) body")
        var members: [MemberDecl] = []
        while true {
            while matchPunct(";") {}
            if matchPunct("}") { return members }
            if current.isEOF { throw error("expected '}' to close the \(kind.rawValue) body") }
            members += try parseMember(of: kind)
            if current.isPunct(";") || current.isPunct("}") || current.newlineBefore { continue }
            throw error("consecutive declarations on a line must be separated by ';'")
        }
    }

    // member -> modifiers (property | method | init | subscript | case | deinit | typeDeclaration | typealias | associatedtype)
    mutating func parseMember(of kind: TypeDeclKind) throws(ScriptError) -> [MemberDecl] {
        try enter(); defer { leave() }
        let start = current.span
        let modifiers = try parseModifiers()
        switch current.kind {
        case .keyword("let"), .keyword("var"):
            return try parseProperties(modifiers, inProtocol: kind == .protocolType, start: start).map(MemberDecl.property)
        case .keyword("func"):
            return [.method(try parseMethod(modifiers, inProtocol: kind == .protocolType, start: start))]
        case .keyword("init"):
            return [.method(try parseInitializer(modifiers, inProtocol: kind == .protocolType, start: start))]
        case .keyword("case"):
            guard kind == .enumeration || kind == .extensionType else { throw error("enum 'case' is not allowed outside of an enum") }
            return try parseEnumCases(modifiers).map(MemberDecl.enumCase)
        case .keyword("struct"), .keyword("class"), .keyword("enum"), .keyword("protocol"):
            return [.nestedType(try parseTypeDeclaration(modifiers, start: start))]
        case .keyword("extension"):
            throw error("declaration is only valid at file scope")
        case .identifier("subscript"):
            return [.subscriptMember(try parseSubscript(modifiers, inProtocol: kind == .protocolType, start: start))]
        case .identifier("deinit"):
            _ = advance()
            return [.deinitializer(try parseBlock(), span(from: start))]
        case .identifier("typealias"):
            let (name, type) = try parseTypeAliasBody()
            return [.typeAlias(name, type, span(from: start))]
        case .identifier("associatedtype"):
            _ = advance()
            let (name, nameSpan) = try expectIdentifier("associated type name")
            if matchPunct(":") { _ = try parseType(); while current.isOp("&") { _ = advance(); _ = try parseType() } }
            if current.isOp("=") { _ = advance(); _ = try parseType() }
            _ = try parseWhereClause()
            return [.associatedType(name, nameSpan)]
        case .identifier(let word) where Self.unsupportedDeclarations.contains(word):
            throw error(Message.unsupported(word))
        default:
            throw error("expected a member declaration in the \(kind.rawValue) body, found '\(describe(current))'")
        }
    }

    /// Declarations Loupe does not run, refused by name (never a misleading parse error).
    static let unsupportedDeclarations: Set<String> = ["actor", "macro", "precedencegroup", "operator", "async", "await"]

    // typealias -> 'typealias' identifier genericParameters? '=' type
    mutating func parseTypeAliasBody() throws(ScriptError) -> (String, TypeAnnotation) {
        _ = advance()
        let (name, _) = try expectIdentifier("type alias name")
        _ = try parseGenericParameters()
        guard current.isOp("=") else { throw error("expected '=' in type alias declaration") }
        _ = advance()
        return (name, try parseType())
    }

    // properties -> ('let' | 'var') propertyItem (',' propertyItem)*
    // propertyItem -> identifier (':' type)? ('=' expression)? accessorBlock?
    mutating func parseProperties(_ modifiers: DeclarationModifiers, inProtocol: Bool, start: SourceSpan) throws(ScriptError) -> [PropertyDecl] {
        let isVar = advance().isKeyword("var")
        var properties: [PropertyDecl] = []
        repeat {
            let itemStart = properties.isEmpty ? start : current.span
            let (name, nameSpan) = try expectIdentifier("property name")
            var property = PropertyDecl(name: name, nameSpan: nameSpan, isVar: isVar, modifiers: modifiers, type: nil,
                                        initialValue: nil, getter: nil, setter: nil, willSet: nil, didSet: nil, span: itemStart)
            if matchPunct(":") { property.type = try parseType() }
            if current.isOp("=") { _ = advance(); property.initialValue = try parseExpression() }
            if current.isPunct("{") { try parseAccessors(into: &property, inProtocol: inProtocol) }
            property.span = span(from: itemStart)
            properties.append(property)
        } while matchPunct(",")
        // `var x, y: Double`: names without their own type take the type written after the last one.
        if let type = properties.last?.type {
            for index in properties.indices where properties[index].type == nil && properties[index].initialValue == nil
                && !properties[index].isComputed {
                properties[index].type = type
            }
        }
        return properties
    }

    // accessorBlock -> '{' statements '}' | '{' (accessor)+ '}' | '{' 'get' 'set'? '}'
    // accessor -> ('get' | 'set' ('(' identifier ')')? | 'willSet' … | 'didSet' …) block
    mutating func parseAccessors(into property: inout PropertyDecl, inProtocol: Bool) throws(ScriptError) {
        try enter(); defer { leave() }
        let open = try expectPunct("{")
        guard isAccessorStart else {
            let body = try parseStatements(until: { $0.isPunct("}") })
            _ = try expectPunct("}", "to close the computed property")
            property.getter = body
            return
        }
        while !matchPunct("}") {
            if current.isEOF { throw error("expected '}' to close the accessors", open.span) }
            let accessorStart = current.span
            _ = try parseModifiers()
            guard case .identifier(let word) = current.kind else { throw error("expected 'get', 'set', 'willSet' or 'didSet'") }
            _ = advance()
            if current.isPunct("}") || current.newlineBefore || current.isPunct(";") || current.isIdentifier("set") || current.isIdentifier("get") {
                // A protocol requirement: `{ get }`, `{ get set }`.
                guard inProtocol || word == "get" || word == "set" else { throw error("expected '{' after '\(word)'") }
                property.isRequirement = true
                if word == "set" { property.requiresSetter = true }
                _ = matchPunct(";")
                continue
            }
            var parameter: String?
            if matchPunct("(") { parameter = try expectIdentifier("accessor parameter name").0; _ = try expectPunct(")") }
            let body = try parseBlock()
            switch word {
            case "get": property.getter = body
            case "set": property.setter = AccessorDecl(parameter: parameter ?? "newValue", body: body, span: accessorStart)
            case "willSet": property.willSet = AccessorDecl(parameter: parameter ?? "newValue", body: body, span: accessorStart)
            case "didSet": property.didSet = AccessorDecl(parameter: parameter ?? "oldValue", body: body, span: accessorStart)
            default: throw error("expected 'get', 'set', 'willSet' or 'didSet'", accessorStart)
            }
        }
    }

    /// After `{`: accessors follow (`get {`, `set(v) {`, `willSet`, `didSet`, `get }`), not a getter body.
    var isAccessorStart: Bool {
        var offset = 0
        while peek(offset).isPunct("@") || isModifierToken(peek(offset)) { offset += peek(offset).isPunct("@") ? 2 : 1 }
        guard case .identifier(let word) = peek(offset).kind, ["get", "set", "willSet", "didSet"].contains(word) else { return false }
        let next = peek(offset + 1)
        return next.isPunct("{") || next.isPunct("(") || next.isPunct("}") || next.isIdentifier("set") || next.isIdentifier("get")
            || next.newlineBefore
    }

    private func isModifierToken(_ token: Token) -> Bool {
        if case .identifier(let word) = token.kind { return word == "mutating" || word == "nonmutating" }
        return false
    }

    // method -> 'func' (identifier | operator) genericParameters? parameters 'async'? ('throws' | 'rethrows')? ('->' type)? whereClause? block?
    mutating func parseMethod(_ modifiers: DeclarationModifiers, inProtocol: Bool, start: SourceSpan) throws(ScriptError) -> MethodDecl {
        _ = advance()
        let name: String
        switch current.kind {
        case .identifier(let word): name = word; _ = advance()
        case .op(let op): name = op; _ = advance()
        default: throw error("expected function name")
        }
        let function = try parseFunctionRest(name: name, start: start)
        let hasBody = current.isPunct("{") && !(inProtocol && current.newlineBefore)
        if hasBody { function.body = try parseBlock() }
        else if !inProtocol { throw error("expected '{' in body of function declaration") }
        function.span = span(from: start)
        return MethodDecl(function: function, modifiers: modifiers, hasBody: hasBody)
    }

    /// The part of a function declaration after its name, up to the body: generic parameters, parameters,
    /// effects, result type, `where` clause. The body is left to the caller.
    mutating func parseFunctionRest(name: String, start: SourceSpan) throws(ScriptError) -> FunctionDecl {
        let generics = try parseGenericParameters()
        let parameters = try parseParameterList()
        let isThrowing = try parseEffects()
        var returnType: TypeAnnotation?
        if matchPunct("->") { returnType = try parseType() }
        let requirements = try parseWhereClause()
        let decl = FunctionDecl(name: name, parameters: parameters, returnType: returnType, body: [], span: span(from: start))
        decl.genericParameters = generics
        decl.requirements = requirements
        decl.isThrowing = isThrowing
        return decl
    }

    // effects -> 'async'? ('throws' ('(' type ')')? | 'rethrows')?
    mutating func parseEffects() throws(ScriptError) -> Bool {
        if current.isIdentifier("async") { throw error(Message.unsupported("async")) }
        if matchKeyword("throws") {
            if current.isPunct("("), !current.spaceBefore { try skipBalanced() }
            return true
        }
        if current.isIdentifier("rethrows") { _ = advance(); return true }
        return false
    }

    // initializer -> 'init' ('?' | '!')? genericParameters? parameters effects whereClause? block?
    mutating func parseInitializer(_ modifiers: DeclarationModifiers, inProtocol: Bool, start: SourceSpan) throws(ScriptError) -> MethodDecl {
        _ = advance()
        var isFailable = false
        if case .op(let op) = current.kind, op == "?" || op == "!", !current.spaceBefore { _ = advance(); isFailable = op == "?" }
        let function = try parseFunctionRest(name: "init", start: start)
        let hasBody = current.isPunct("{") && !(inProtocol && current.newlineBefore)
        if hasBody { function.body = try parseBlock() }
        else if !inProtocol { throw error("initializer requires a body") }
        function.span = span(from: start)
        return MethodDecl(function: function, modifiers: modifiers, isInitializer: true, isFailable: isFailable, hasBody: hasBody)
    }

    // subscript -> 'subscript' parameters '->' type accessorBlock
    mutating func parseSubscript(_ modifiers: DeclarationModifiers, inProtocol: Bool, start: SourceSpan) throws(ScriptError) -> SubscriptDecl {
        _ = advance()
        _ = try parseGenericParameters()
        let parameters = try parseSubscriptParameters()
        guard matchPunct("->") else { throw error("expected '->' for subscript element type") }
        let returnType = try parseType()
        _ = try parseWhereClause()
        var property = PropertyDecl(name: "subscript", nameSpan: start, isVar: true, modifiers: modifiers, type: returnType,
                                    initialValue: nil, getter: nil, setter: nil, willSet: nil, didSet: nil, span: start)
        if current.isPunct("{") { try parseAccessors(into: &property, inProtocol: inProtocol) }
        else if !inProtocol { throw error("expected '{' in subscript") }
        return SubscriptDecl(parameters: parameters, returnType: returnType, modifiers: modifiers, getter: property.getter ?? [],
                             setter: property.setter, span: span(from: start))
    }

    /// Subscript parameters have no argument label unless one is written before the name (`subscript(row r: Int)`).
    mutating func parseSubscriptParameters() throws(ScriptError) -> [ParameterDecl] {
        let openIndex = index
        var parameters = try parseParameterList()
        var cursor = openIndex + 1
        for position in parameters.indices {
            // One name before ':' means no label.
            var names = 0
            while cursor < tokens.count, !tokens[cursor].isPunct(":") {
                if case .identifier = tokens[cursor].kind { names += 1 } else if case .keyword = tokens[cursor].kind { names += 1 }
                cursor += 1
            }
            if names == 1 { parameters[position].label = nil }
            var depth = 0
            while cursor < tokens.count {
                let token = tokens[cursor]
                if token.isPunct("(") || token.isPunct("[") { depth += 1 }
                if token.isPunct(")") || token.isPunct("]") { if depth == 0 { break }; depth -= 1 }
                if depth == 0 && token.isPunct(",") { cursor += 1; break }
                cursor += 1
            }
        }
        return parameters
    }

    // enumCases -> 'case' enumCase (',' enumCase)*;  enumCase -> identifier associatedValues? ('=' literal)?
    mutating func parseEnumCases(_ modifiers: DeclarationModifiers) throws(ScriptError) -> [EnumCaseDecl] {
        _ = advance()
        var cases: [EnumCaseDecl] = []
        repeat {
            let (name, nameSpan) = try expectIdentifier("enum case name")
            var associated: [(label: String?, type: TypeAnnotation)]?
            if current.isPunct("("), !current.newlineBefore {
                _ = advance()
                var items: [(label: String?, type: TypeAnnotation)] = []
                while !current.isPunct(")") {
                    var label: String?
                    if case .identifier(let word) = current.kind, peek(1).isPunct(":") { label = word; _ = advance(); _ = advance() }
                    else if case .identifier(let word) = current.kind, case .identifier = peek(1).kind, peek(2).isPunct(":") {
                        label = word == "_" ? nil : word; _ = advance(); _ = advance(); _ = advance()
                    }
                    items.append((label, try parseType()))
                    if current.isOp("=") { _ = advance(); _ = try parseExpression() }
                    if !matchPunct(",") { break }
                }
                _ = try expectPunct(")", "to close the associated values")
                associated = items
            }
            var rawValue: Expr?
            if current.isOp("=") { _ = advance(); rawValue = try parseUnary() }
            cases.append(EnumCaseDecl(name: name, nameSpan: nameSpan, associated: associated, rawValue: rawValue,
                                      isIndirect: modifiers.isIndirect))
        } while matchPunct(",")
        return cases
    }
}

extension Token {
    func isIdentifier(_ text: String) -> Bool { kind == .identifier(text) }
}
