/// Recursive-descent parser: tokens → statements. Each parse function opens with its grammar rule.
/// Nesting is guarded explicitly (`maximumNesting`) so no input can exhaust the native stack.
struct Parser {
    static let maximumNesting = 200
    static let maximumChain = 2000

    var tokens: [Token]
    var index = 0
    var nesting = 0
    var allowsTrailingClosure = true
    /// False in a pattern's expression: `case 0 as Int` casts the pattern, not the literal.
    var allowsCasts = true
    /// Statements parsed with the previous one that follow it (`var a = 1, b = 2` gives two).
    var pendingStatements: [Stmt] = []
    let cell: Int

    init(tokens: [Token], cell: Int) { self.tokens = tokens; self.cell = cell }

    /// Parses a whole cell.
    static func parse(_ source: String, cell: Int) throws(ScriptError) -> [Stmt] {
        let tokens = try Lexer.tokenize(Array(source.unicodeScalars), cell: cell)
        var parser = Parser(tokens: tokens, cell: cell)
        return try parser.parseProgram()
    }

    var current: Token { tokens[index] }
    var previous: Token { tokens[max(0, index - 1)] }
    func peek(_ offset: Int) -> Token { tokens[min(index + offset, tokens.count - 1)] }

    mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    func error(_ message: String, _ span: SourceSpan? = nil) -> ScriptError {
        var error = ScriptError(kind: .syntax, message: message, span: span ?? current.span)
        error.unexpectedEnd = span == nil && current.isEOF
        return error
    }

    mutating func expectPunct(_ text: String, _ what: String? = nil) throws(ScriptError) -> Token {
        guard current.isPunct(text) else { throw error("expected '\(text)'" + (what.map { " \($0)" } ?? "")) }
        return advance()
    }

    mutating func matchPunct(_ text: String) -> Bool {
        guard current.isPunct(text) else { return false }
        _ = advance(); return true
    }

    mutating func matchKeyword(_ text: String) -> Bool {
        guard current.isKeyword(text) else { return false }
        _ = advance(); return true
    }

    mutating func expectIdentifier(_ what: String) throws(ScriptError) -> (String, SourceSpan) {
        if case .identifier(let name) = current.kind { return (name, advance().span) }
        throw error("expected \(what)")
    }

    /// Enters one level of nesting; throws past the limit.
    mutating func enter() throws(ScriptError) {
        nesting += 1
        if nesting > Self.maximumNesting { throw error(Message.nestingTooDeep(Self.maximumNesting)) }
    }
    mutating func leave() { nesting -= 1 }

    func span(from start: SourceSpan) -> SourceSpan { start.to(previous.span) }

    // program -> statements EOF
    mutating func parseProgram() throws(ScriptError) -> [Stmt] {
        let statements = try parseStatements(until: { $0.isEOF })
        guard current.isEOF else { throw error("unexpected '\(describe(current))'") }
        return statements
    }

    // statements -> (statement (';' | newline))*
    mutating func parseStatements(until isEnd: (Token) -> Bool) throws(ScriptError) -> [Stmt] {
        var statements: [Stmt] = []
        while true {
            while matchPunct(";") {}
            if isEnd(current) || current.isEOF { return statements }
            if current.isPunct("}") { throw error("unexpected '}'") }
            statements.append(try parseStatement())
            if !pendingStatements.isEmpty { statements += pendingStatements; pendingStatements = [] }
            if current.isPunct(";") || isEnd(current) || current.isEOF || current.newlineBefore { continue }
            throw error("consecutive statements on a line must be separated by ';'")
        }
    }

    // block -> '{' statements '}'
    mutating func parseBlock() throws(ScriptError) -> [Stmt] {
        try enter(); defer { leave() }
        _ = try expectPunct("{")
        let body = try parseStatements(until: { $0.isPunct("}") })
        _ = try expectPunct("}", "to close the block")
        return body
    }

    func describe(_ token: Token) -> String {
        switch token.kind {
        case .identifier(let name), .keyword(let name), .punctuation(let name), .op(let name): name
        case .integer(let value): String(value)
        case .integerTooLarge(let text): text
        case .double(let value): String(value)
        case .string: "string literal"
        case .dollar(let value): "$\(value)"
        case .endOfFile: "end of input"
        }
    }
}
