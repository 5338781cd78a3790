/// A glob pattern as SQLite's GLOB reads it, which is what IPython's history search (and so
/// ipykernel's `history_request` with `hist_access_type: "search"`) uses: `*` any run of
/// characters, `?` one character, `[abc]`, `[a-z]` and `[^…]` one character of (or not of) a set,
/// everything else itself, case-sensitive, matched against the whole text. A `]` first in a set is
/// a member; a pattern with an unclosed `[` matches nothing.
struct Glob: Sendable {
    private enum Token: Equatable, Sendable {
        case anyRun
        case anyOne
        case literal(Unicode.Scalar)
        case set(ranges: [ClosedRange<Unicode.Scalar>], negated: Bool)
    }

    private let tokens: [Token]?

    init(_ pattern: String) {
        tokens = Self.parse(Array(pattern.unicodeScalars))
    }

    /// Matching with backtracking to the last `*` only: O(text × pattern) at worst.
    func matches(_ text: String) -> Bool {
        guard let tokens else { return false }
        let scalars = Array(text.unicodeScalars)
        var position = 0, index = 0
        var starIndex = -1, starPosition = 0
        while position < scalars.count {
            if index < tokens.count, tokens[index] == .anyRun {
                starIndex = index; starPosition = position; index += 1
            } else if index < tokens.count, Self.accepts(tokens[index], scalars[position]) {
                position += 1; index += 1
            } else if starIndex >= 0 {
                starPosition += 1; position = starPosition; index = starIndex + 1
            } else {
                return false
            }
        }
        while index < tokens.count, tokens[index] == .anyRun { index += 1 }
        return index == tokens.count
    }

    private static func accepts(_ token: Token, _ scalar: Unicode.Scalar) -> Bool {
        switch token {
        case .anyRun, .anyOne: return true
        case .literal(let expected): return scalar == expected
        case .set(let ranges, let negated): return ranges.contains { $0.contains(scalar) } != negated
        }
    }

    private static func parse(_ pattern: [Unicode.Scalar]) -> [Token]? {
        var tokens: [Token] = []
        var index = 0
        while index < pattern.count {
            switch pattern[index] {
            case "*":
                if tokens.last != .anyRun { tokens.append(.anyRun) }
                index += 1
            case "?":
                tokens.append(.anyOne)
                index += 1
            case "[":
                guard let (set, next) = parseSet(pattern, from: index + 1) else { return nil }
                tokens.append(set)
                index = next
            default:
                tokens.append(.literal(pattern[index]))
                index += 1
            }
        }
        return tokens
    }

    /// The set after a `[` at `start`, and the index after its `]`; nil when it is not closed.
    private static func parseSet(_ pattern: [Unicode.Scalar], from start: Int) -> (Token, Int)? {
        var index = start
        let negated = index < pattern.count && pattern[index] == "^"
        if negated { index += 1 }
        var ranges: [ClosedRange<Unicode.Scalar>] = []
        var first = true
        while index < pattern.count {
            let scalar = pattern[index]
            if scalar == "]" && !first { return (.set(ranges: ranges, negated: negated), index + 1) }
            first = false
            if index + 2 < pattern.count, pattern[index + 1] == "-", pattern[index + 2] != "]" {
                let upper = pattern[index + 2]
                if scalar <= upper { ranges.append(scalar...upper) }
                index += 3
            } else {
                ranges.append(scalar...scalar)
                index += 1
            }
        }
        return nil
    }
}
