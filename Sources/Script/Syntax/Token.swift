/// The kinds of tokens the lexer produces.
enum TokenKind: Equatable {
    case identifier(String)
    case keyword(String)
    case integer(Int)
    case integerTooLarge(String)
    case double(Double)
    case string([StringPart])
    case punctuation(String)
    case op(String)
    case dollar(Int)
    case endOfFile
}

/// A piece of a string literal: text, or the tokens of an interpolated `\( … )`.
enum StringPart: Equatable {
    case text(String)
    case interpolation([Token], SourceSpan)
}

/// One token with its span and the whitespace around it (Swift's operator rules need it).
struct Token: Equatable {
    var kind: TokenKind
    var span: SourceSpan
    var newlineBefore: Bool
    var spaceBefore: Bool
    var spaceAfter: Bool = false

    var isEOF: Bool { kind == .endOfFile }
    func isPunct(_ text: String) -> Bool { kind == .punctuation(text) }
    func isOp(_ text: String) -> Bool { kind == .op(text) }
    func isKeyword(_ text: String) -> Bool { kind == .keyword(text) }
}

/// Reserved words of the language.
enum Keywords {
    static let all: Set<String> = [
        "let", "var", "func", "return", "if", "else", "guard", "while", "repeat", "for", "in",
        "where", "switch", "case", "default", "break", "continue", "true", "false", "nil",
        "inout", "struct", "enum", "class", "protocol", "extension", "import", "is", "as",
        "fallthrough", "throw", "throws", "try", "do", "catch", "defer", "self", "init",
    ]
}
