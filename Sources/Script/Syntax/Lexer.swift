import Platform

/// Turns a cell's source into tokens. Positions are Unicode-scalar offsets.
struct Lexer {
    let scalars: [Unicode.Scalar]
    let cell: Int
    var position: Int
    var tokens: [Token] = []
    /// How many string interpolations enclose this lexer's text.
    var interpolationDepth = 0
    private var sawNewline = false
    private var sawSpace = false

    init(scalars: [Unicode.Scalar], cell: Int, start: Int = 0) {
        self.scalars = scalars; self.cell = cell; self.position = start
    }

    static func tokenize(_ scalars: [Unicode.Scalar], cell: Int) throws(ScriptError) -> [Token] {
        var lexer = Lexer(scalars: scalars, cell: cell)
        while true {
            let token = try lexer.next()
            lexer.tokens.append(token)
            if token.isEOF { break }
            // A cell of megabytes lexes for a while; on the cell thread an interrupt stops it.
            if lexer.tokens.count & 8191 == 0, Interrupt.isRequested { try Interrupt.checkCell() }
        }
        lexer.markSpaceAfter()
        return lexer.tokens
    }

    mutating func markSpaceAfter() {
        guard tokens.count > 1 else { return }
        for index in 0..<(tokens.count - 1) {
            tokens[index].spaceAfter = tokens[index + 1].spaceBefore || tokens[index + 1].newlineBefore
        }
    }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let index = position + offset
        return index < scalars.count ? scalars[index] : nil
    }

    func span(from start: Int) -> SourceSpan { SourceSpan(cell: cell, start: start, end: position) }

    func error(_ message: String, at start: Int, end: Int? = nil, unexpectedEnd: Bool = false) -> ScriptError {
        var error = ScriptError(kind: .syntax, message: message,
                                span: SourceSpan(cell: cell, start: start, end: end ?? start + 1))
        error.unexpectedEnd = unexpectedEnd
        return error
    }

    /// Skips spaces and comments, remembering whether a newline or space was crossed.
    mutating func skipTrivia() throws(ScriptError) {
        while let scalar = peek() {
            if scalar == "\n" { sawNewline = true; position += 1 }
            else if scalar == " " || scalar == "\t" || scalar == "\r" { sawSpace = true; position += 1 }
            else if scalar == "/" && peek(1) == "/" {
                while let next = peek(), next != "\n" { position += 1 }
            } else if scalar == "/" && peek(1) == "*" {
                try skipBlockComment()
                sawSpace = true
            } else { return }
        }
    }

    /// `/* … */` with nesting.
    mutating func skipBlockComment() throws(ScriptError) {
        let start = position
        var depth = 0
        repeat {
            guard let scalar = peek() else {
                throw error("unterminated '/*' comment", at: start, end: start + 2, unexpectedEnd: true)
            }
            if scalar == "/" && peek(1) == "*" { depth += 1; position += 2 }
            else if scalar == "*" && peek(1) == "/" { depth -= 1; position += 2 }
            else { if scalar == "\n" { sawNewline = true }; position += 1 }
        } while depth > 0
    }

    mutating func next() throws(ScriptError) -> Token {
        sawNewline = false; sawSpace = false
        try skipTrivia()
        let start = position
        let previousWasDot = tokens.last?.isPunct(".") ?? false
        let kind = try lexKind(previousWasDot: previousWasDot)
        return Token(kind: kind, span: span(from: start), newlineBefore: sawNewline || start == 0,
                     spaceBefore: sawSpace)
    }

    mutating func lexKind(previousWasDot: Bool) throws(ScriptError) -> TokenKind {
        guard let scalar = peek() else { return .endOfFile }
        let start = position
        if ("0"..."9").contains(scalar) {
            return try lexNumber(integerOnly: previousWasDot)
        }
        if Self.isIdentifierStart(scalar) { return lexIdentifier() }
        if scalar == "`" {
            position += 1
            let nameStart = position
            while let next = peek(), Self.isIdentifierPart(next) { position += 1 }
            guard peek() == "`", position > nameStart else { throw error("expected identifier in backticks", at: start) }
            position += 1
            return .identifier(text(nameStart, position - 1))
        }
        if scalar == "$" {
            position += 1
            var value = 0
            let digitsStart = position
            while let next = peek(), ("0"..."9").contains(next), value < 1000 {
                value = value * 10 + Int(next.value - 48); position += 1
            }
            guard position > digitsStart else { throw error("expected a number after '$'", at: start) }
            return .dollar(value)
        }
        if scalar == "\"" { return try lexString() }
        if scalar == "#" {
            var hashes = 1
            while peek(hashes) == "#" { hashes += 1 }
            if peek(hashes) == "\"" { position += hashes; return try lexString(hashes: hashes) }
        }
        switch scalar {
        case "(", ")", "[", "]", "{", "}", ",", ":", ";", "@", "#", "\\": position += 1; return .punctuation(String(scalar))
        default: break
        }
        if scalar == "-" && peek(1) == ">" { position += 2; return .punctuation("->") }
        if scalar == "." {
            if peek(1) == "." {
                position += 2
                while let next = peek(), Self.isOperatorChar(next) || next == "." { position += 1 }
                return .op(text(start, position))
            }
            if let comparison = Self.pointwiseComparisons.first(where: { matches($0) }) {
                position += comparison.unicodeScalars.count
                return .op(comparison)
            }
            position += 1
            return .punctuation(".")
        }
        if Self.isOperatorChar(scalar) {
            position += 1
            while let next = peek(), Self.isOperatorChar(next) {
                if next == "/" && (peek(1) == "/" || peek(1) == "*") { break }
                position += 1
            }
            return .op(text(start, position))
        }
        throw error("unexpected character '\(scalar.escaped(asASCII: false))'", at: start)
    }

    func text(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    mutating func lexIdentifier() -> TokenKind {
        let start = position
        while let next = peek(), Self.isIdentifierPart(next) { position += 1 }
        let name = text(start, position)
        return Keywords.all.contains(name) ? .keyword(name) : .identifier(name)
    }

    static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 { return value == 95 || (value | 32) >= 97 && (value | 32) <= 122 }
        return scalar.properties.isAlphabetic || scalar.properties.isEmoji && value > 0xFF
    }

    static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 { return value >= 48 && value <= 57 || isIdentifierStart(scalar) }
        return isIdentifierStart(scalar) || scalar.properties.generalCategory == .nonspacingMark
            || scalar.properties.generalCategory == .decimalNumber
    }

    /// Swift for TensorFlow's elementwise comparisons (`mask = x .> 0`), longest first; only
    /// native values (tensors) implement them.
    static let pointwiseComparisons = [".<=", ".>=", ".==", ".!=", ".<", ".>"]

    /// True when the text at the current position starts with `text`.
    func matches(_ text: String) -> Bool {
        for (offset, scalar) in text.unicodeScalars.enumerated() where peek(offset) != scalar { return false }
        return true
    }

    static func isOperatorChar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "/", "=", "-", "+", "!", "*", "%", "<", ">", "&", "|", "^", "~", "?", "•": true
        default: false
        }
    }
}
