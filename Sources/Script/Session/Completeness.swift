/// Answers Jupyter's `is_complete_request`: incomplete (with the indent for the next line) while brackets,
/// strings or comments are open, a line ends in an operator, or an `if`/`func` header waits for its body;
/// invalid for syntax that no more input can fix.
enum Completeness {
    static let continuationKeywords: Set<String> = ["else", "in", "return", "where", "case", "let", "var", "func",
                                                    "if", "guard", "while", "for", "repeat", "switch", "inout"]

    static func check(_ code: String) -> SourceCompleteness {
        let scalars = Array(code.unicodeScalars)
        if scalars.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }) { return .complete }
        let tokens: [Token]
        do throws(ScriptError) { tokens = try Lexer.tokenize(scalars, cell: 0) } catch {
            // An open string or comment: the next line keeps the current indentation (more would be string content).
            return error.unexpectedEnd ? .incomplete(indent: indent(depth: 0, code)) : .invalid
        }
        var depth = 0
        for token in tokens {
            if token.isPunct("(") || token.isPunct("[") || token.isPunct("{") { depth += 1 }
            if token.isPunct(")") || token.isPunct("]") || token.isPunct("}") { depth -= 1 }
            if depth < 0 { return .invalid }
        }
        if depth > 0 { return .incomplete(indent: indent(depth: depth, code)) }
        if let last = tokens.dropLast().last {
            switch last.kind {
            case .op(let op) where op != "!" && op != "?": return .incomplete(indent: indent(depth: 0, code))
            case .punctuation(let text) where [",", ".", ":", "->"].contains(text): return .incomplete(indent: indent(depth: 0, code))
            case .keyword(let word) where continuationKeywords.contains(word): return .incomplete(indent: indent(depth: 0, code))
            default: break
            }
        }
        var parser = Parser(tokens: tokens, cell: 0)
        do throws(ScriptError) { _ = try parser.parseProgram() } catch {
            return error.unexpectedEnd ? .incomplete(indent: indent(depth: 1, code)) : .invalid
        }
        return .complete
    }

    /// The indentation of the last line plus four spaces per open level.
    static func indent(depth: Int, _ code: String) -> String {
        let lastLine = code.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
        let base = lastLine.prefix { $0 == " " || $0 == "\t" }
        let previousLine = code.split(separator: "\n").last ?? ""
        let previousBase = previousLine.prefix { $0 == " " || $0 == "\t" }
        let start = lastLine.isEmpty ? previousBase : base
        return String(start) + String(repeating: " ", count: 4 * max(0, min(depth, 1)))
    }
}
