/// Number and string literals (escapes, interpolation, multi-line indentation stripping).
extension Lexer {
    mutating func lexNumber(integerOnly: Bool) throws(ScriptError) -> TokenKind {
        let start = position
        if peek() == "0", let base = peek(1).flatMap(Self.radix) {
            position += 2
            let digitsStart = position
            while let next = peek(), next == "_" || Self.digitValue(next, radix: base) != nil { position += 1 }
            let digits = text(digitsStart, position).filter { $0 != "_" }
            guard !digits.isEmpty else { throw error("expected digits after integer literal prefix", at: start, end: position) }
            guard let value = Int(digits, radix: base) else { return .integerTooLarge(text(start, position)) }
            return .integer(value)
        }
        consumeDigits()
        var isDouble = false
        if !integerOnly, peek() == ".", let after = peek(1), ("0"..."9").contains(after) {
            isDouble = true; position += 1; consumeDigits()
        }
        if !integerOnly, peek() == "e" || peek() == "E" {
            var offset = 1
            if peek(1) == "+" || peek(1) == "-" { offset = 2 }
            if let digit = peek(offset), ("0"..."9").contains(digit) {
                isDouble = true; position += offset; consumeDigits()
            }
        }
        let literal = text(start, position).filter { $0 != "_" }
        if isDouble {
            guard let value = Double(literal) else { throw error("invalid floating-point literal", at: start, end: position) }
            return .double(value)
        }
        guard let value = Int(literal) else { return .integerTooLarge(literal) }
        return .integer(value)
    }

    private mutating func consumeDigits() {
        while let next = peek(), next == "_" || ("0"..."9").contains(next) { position += 1 }
    }

    static func radix(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar { case "x": 16; case "b": 2; case "o": 8; default: nil }
    }

    static func digitValue(_ scalar: Unicode.Scalar, radix: Int) -> Int? {
        guard let value = Int(String(scalar), radix: 16), value < radix else { return nil }
        return value
    }

    /// `"…"` or `"""…"""`, or with `hashes` `#`s around it a raw string (`#"C:\path"#`), where a backslash
    /// starts an escape only when as many `#`s follow it (`\#n`, `\#(x)`) and a quote ends the string
    /// only when they follow it.
    mutating func lexString(hashes: Int = 0) throws(ScriptError) -> TokenKind {
        if peek(1) == "\"" && peek(2) == "\"" { return try lexMultilineString(hashes: hashes) }
        let start = position - hashes
        position += 1
        var parts: [StringPart] = []
        var current = String.UnicodeScalarView()
        while true {
            guard let scalar = peek(), scalar != "\n" else {
                throw error("unterminated string literal", at: start, end: position, unexpectedEnd: peek() == nil)
            }
            if scalar == "\"" && hashesFollow(hashes, after: 1) { position += 1 + hashes; break }
            if scalar == "\\" && hashesFollow(hashes, after: 1) {
                try lexEscape(into: &current, parts: &parts, hashes: hashes)
            } else { current.append(scalar); position += 1 }
        }
        if !current.isEmpty || parts.isEmpty { parts.append(.text(String(current))) }
        return .string(parts)
    }

    /// Whether `count` `#`s follow the scalar `offset` places on (a raw string's delimiter or escape).
    func hashesFollow(_ count: Int, after offset: Int) -> Bool {
        hashes(count, at: position + offset)
    }

    /// Whether the `count` scalars from `index` are all `#`.
    func hashes(_ count: Int, at index: Int) -> Bool {
        index >= 0 && index + count <= scalars.count && scalars[index..<(index + count)].allSatisfy { $0 == "#" }
    }

    /// One escape after `\`: a character escape or an interpolation.
    mutating func lexEscape(into current: inout String.UnicodeScalarView, parts: inout [StringPart],
                            hashes: Int = 0) throws(ScriptError) {
        let start = position
        position += 1 + hashes
        guard let kind = peek() else { throw error("unterminated string literal", at: start, unexpectedEnd: true) }
        position += 1
        switch kind {
        case "n": current.append("\n")
        case "t": current.append("\t")
        case "r": current.append("\r")
        case "0": current.append("\0")
        case "\\": current.append("\\")
        case "\"": current.append("\"")
        case "'": current.append("'")
        case "u": current.append(try lexUnicodeEscape(start: start))
        case "(":
            if !current.isEmpty { parts.append(.text(String(current))); current = String.UnicodeScalarView() }
            parts.append(try lexInterpolation(start: start))
        default: throw error("invalid escape sequence in literal", at: start, end: position)
        }
    }

    mutating func lexUnicodeEscape(start: Int) throws(ScriptError) -> Unicode.Scalar {
        guard peek() == "{" else { throw error("expected '{' in \\u{…} escape sequence", at: start, end: position) }
        position += 1
        let digitsStart = position
        while let next = peek(), next != "}", position - digitsStart < 9 { position += 1 }
        let digits = text(digitsStart, position)
        guard peek() == "}", let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value) else {
            throw error("invalid unicode scalar", at: start, end: position)
        }
        position += 1
        return scalar
    }

    /// The tokens of `\( … )` up to the matching parenthesis.
    mutating func lexInterpolation(start: Int) throws(ScriptError) -> StringPart {
        // Each level lexes on the native stack (completion runs on the kernel's small-stack shell thread).
        guard interpolationDepth < Parser.maximumNesting else {
            throw error(Message.nestingTooDeep(Parser.maximumNesting), at: start, end: position)
        }
        var inner = Lexer(scalars: scalars, cell: cell, start: position)
        inner.interpolationDepth = interpolationDepth + 1
        var depth = 0
        let innerStart = position
        while true {
            let token = try inner.next()
            if token.isEOF { throw error("unterminated string interpolation", at: start, end: inner.position, unexpectedEnd: true) }
            if token.isPunct("(") { depth += 1 }
            if token.isPunct(")") {
                if depth == 0 { position = inner.position; break }
                depth -= 1
            }
            inner.tokens.append(token)
        }
        let endToken = Token(kind: .endOfFile, span: SourceSpan(cell: cell, start: position - 1, end: position),
                             newlineBefore: false, spaceBefore: false)
        inner.tokens.append(endToken)
        inner.markSpaceAfter()
        return .interpolation(inner.tokens, SourceSpan(cell: cell, start: innerStart, end: position - 1))
    }

    /// `"""` newline, lines, newline, indentation, `"""`: the closing line's indentation is removed from every line.
    /// With `hashes` `#`s around the quotes it is raw, as `lexString` says.
    mutating func lexMultilineString(hashes: Int = 0) throws(ScriptError) -> TokenKind {
        let start = position - hashes
        position += 3
        while peek() == " " || peek() == "\t" { position += 1 }
        guard peek() == "\n" else {
            throw error("multi-line string literal content must begin on a new line", at: start, end: position, unexpectedEnd: peek() == nil)
        }
        position += 1
        let indent = try closingIndent(from: position, start: start, hashes: hashes)
        var parts: [StringPart] = []
        var current = String.UnicodeScalarView()
        var atLineStart = true
        while true {
            if atLineStart {
                var skipped = 0
                while skipped < indent, let next = peek(), next == " " || next == "\t" { position += 1; skipped += 1 }
                atLineStart = false
            }
            guard let scalar = peek() else { throw error("unterminated string literal", at: start, end: start + 3, unexpectedEnd: true) }
            if scalar == "\"" && peek(1) == "\"" && peek(2) == "\"" && hashesFollow(hashes, after: 3) {
                position += 3 + hashes
                if current.last == "\n" { current.removeLast() }
                break
            }
            if scalar == "\\" && hashesFollow(hashes, after: 1) { try lexEscape(into: &current, parts: &parts, hashes: hashes); continue }
            current.append(scalar)
            position += 1
            if scalar == "\n" { atLineStart = true }
        }
        if !current.isEmpty || parts.isEmpty { parts.append(.text(String(current))) }
        return .string(parts)
    }

    /// The indentation (in scalars) before the closing `"""` (followed by `hashes` `#`s).
    func closingIndent(from contentStart: Int, start: Int, hashes: Int) throws(ScriptError) -> Int {
        var index = contentStart
        var lineStart = contentStart
        while index + 2 < scalars.count {
            if scalars[index] == "\n" { lineStart = index + 1 }
            if scalars[index] == "\"" && scalars[index + 1] == "\"" && scalars[index + 2] == "\"", self.hashes(hashes, at: index + 3) {
                let prefix = scalars[lineStart..<index]
                if prefix.allSatisfy({ $0 == " " || $0 == "\t" }) { return prefix.count }
                return 0
            }
            index += 1
        }
        throw error("unterminated string literal", at: start, end: start + 3, unexpectedEnd: true)
    }
}
