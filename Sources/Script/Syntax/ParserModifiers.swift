/// Declaration modifiers and attributes (`public`, `private(set)`, `static`, `mutating`, `@discardableResult`),
/// read by one helper for every declaration: access control and attributes are accepted and ignored, the
/// others are returned for the declaration to use.
extension Parser {
    /// Words that modify the declaration after them. `class` is one only before `func`/`var`/`let`/`subscript`.
    static let modifierWords: Set<String> = [
        "public", "private", "fileprivate", "internal", "open", "package", "static", "final", "mutating",
        "nonmutating", "override", "lazy", "weak", "unowned", "indirect", "convenience", "required", "dynamic",
        "optional", "prefix", "postfix", "infix", "nonisolated", "isolated", "consuming", "borrowing",
    ]

    /// Tokens that may follow a modifier: a declaration keyword or another modifier.
    static let declarationWords: Set<String> = [
        "let", "var", "func", "init", "struct", "class", "enum", "protocol", "extension", "subscript", "deinit",
        "typealias", "associatedtype", "case", "actor", "import", "operator", "macro", "precedencegroup",
    ]

    func isDeclarationStart(_ token: Token) -> Bool {
        switch token.kind {
        case .keyword(let word), .identifier(let word):
            return Self.declarationWords.contains(word) || Self.modifierWords.contains(word)
        case .punctuation("@"): return true
        default: return false
        }
    }

    // modifiers -> (attribute | modifier ('(' identifier ')')?)*
    // attribute -> '@' identifier ('(' tokens ')')?
    mutating func parseModifiers() throws(ScriptError) -> DeclarationModifiers {
        var modifiers = DeclarationModifiers()
        while true {
            if current.isPunct("@"), case .identifier = peek(1).kind {
                _ = advance(); _ = advance()
                if current.isPunct("("), !current.spaceBefore { try skipBalanced() }
                continue
            }
            let word: String
            switch current.kind {
            case .identifier(let name) where Self.modifierWords.contains(name): word = name
            case .keyword("class") where isClassModifier: word = "class"
            default: return modifiers
            }
            let next = peek(1)
            let hasDetail = next.isPunct("(") && !next.spaceBefore
            guard hasDetail || (!next.newlineBefore && isDeclarationStart(next)) else { return modifiers }
            _ = advance()
            if hasDetail { try skipBalanced() }
            modifiers.words.insert(word)
        }
    }

    /// `class` modifies the next declaration in `class func`, `class var`, `class override func` …
    private var isClassModifier: Bool {
        switch peek(1).kind {
        case .keyword(let word): return ["func", "var", "let", "subscript"].contains(word)
        case .identifier(let word): return ["subscript", "override", "final", "private", "public", "internal"].contains(word)
        default: return false
        }
    }

    /// Skips a parenthesised group (`(set)`, `(iOS 13, *)`).
    mutating func skipBalanced() throws(ScriptError) {
        var depth = 0
        repeat {
            if current.isEOF { throw error("expected ')'") }
            if current.isPunct("(") { depth += 1 }
            if current.isPunct(")") { depth -= 1 }
            _ = advance()
        } while depth > 0
    }
}
