/// Completion and inspection for the kernel: names in scope, keywords and builtins by prefix; members of a
/// value's type after `value.`; signatures and one-line docs. Positions are Unicode-scalar offsets.
struct CompletionProvider {
    let session: Session

    static func isIdentifier(_ scalar: Unicode.Scalar) -> Bool {
        Lexer.isIdentifierPart(scalar) || scalar == "$"
    }

    func complete(_ code: String, cursor: Int) -> Completion {
        let scalars = Array(code.unicodeScalars)
        let end = min(max(cursor, 0), scalars.count)
        var start = end
        while start > 0, Self.isIdentifier(scalars[start - 1]) { start -= 1 }
        let prefix = String(String.UnicodeScalarView(scalars[start..<end]))
        let candidates: [String]
        if start > 0, scalars[start - 1] == "." {
            let receiver = receiverText(scalars, before: start - 1)
            let members = memberCandidates(receiver: receiver)
            candidates = members.isEmpty ? declaredMemberCandidates(receiver: receiver, scalars: scalars) : members
        } else {
            candidates = Array(session.globals.keys) + session.builtinNames.filter { $0.first?.isLetter ?? false }
                + Array(Keywords.all) + declaredNames(in: scalars)
        }
        let matches = Set(candidates.filter { $0.hasPrefix(prefix) && !$0.hasPrefix("$") }).sorted()
        return Completion(matches: matches, start: start, end: end)
    }

    /// The identifier chain before a `.` (`model.layers` → "model.layers").
    func receiverText(_ scalars: [Unicode.Scalar], before dot: Int) -> String {
        var start = dot
        while start > 0, Self.isIdentifier(scalars[start - 1]) || scalars[start - 1] == "." { start -= 1 }
        if start == dot, dot > 0, scalars[dot - 1] == "\"" { return "\"\"" }
        if start == dot, dot > 0, scalars[dot - 1] == "]" { return "[]" }
        return String(String.UnicodeScalarView(scalars[start..<dot]))
    }

    func memberCandidates(receiver: String) -> [String] {
        if receiver == "\"\"" { return Members.memberNames(of: .string("")) }
        if receiver == "[]" { return Members.memberNames(of: .array([])) }
        guard let value = currentValue(of: receiver) else { return [] }
        return Members.memberNames(of: value)
    }

    /// The value a global name (or a chain of properties) has now, without running code.
    func currentValue(of path: String) -> Value? {
        let parts = path.split(separator: ".").map(String.init)
        guard let first = parts.first else { return nil }
        var value: Value
        if let global = session.globals[first] { value = session.runtime.globals[global.slot] }
        else if let namespace = session.types[first] { value = .type(namespace) }
        else { return nil }
        for part in parts.dropFirst() {
            guard let next = try? Members.property(value, part, SourceSpan(cell: 0, start: 0, end: 0)) else { return nil }
            value = next
        }
        return value
    }

    /// Names declared with `let`/`var`/`func` in the code being edited.
    func declaredNames(in scalars: [Unicode.Scalar]) -> [String] {
        guard let tokens = try? Lexer.tokenize(scalars, cell: 0) else { return [] }
        var names: [String] = []
        let declaring: Set<String> = ["let", "var", "func", "struct", "class", "enum", "protocol"]
        for (index, token) in tokens.enumerated().dropLast() {
            guard case .keyword(let word) = token.kind, declaring.contains(word) else { continue }
            if case .identifier(let name) = tokens[index + 1].kind { names.append(name) }
        }
        return names
    }
}
