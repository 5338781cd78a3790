/// Help for the name under the cursor: a builtin's signatures and doc, a user function's declaration line,
/// a type's initialisers, a variable's type and value.
struct Inspector {
    let session: Session

    /// Bytes of a variable's text that are written to show its first 200 characters: a
    /// 100-million-character string must not be escaped whole for a Shift-Tab (an inspect cannot be
    /// interrupted, and it holds the shell channel).
    static let valueTextBytes = 4096

    func inspect(_ code: String, cursor: Int) -> Inspection? {
        let scalars = Array(code.unicodeScalars)
        var end = min(max(cursor, 0), scalars.count)
        var start = end
        while true {
            while start > 0, CompletionProvider.isIdentifier(scalars[start - 1]) { start -= 1 }
            while end < scalars.count, CompletionProvider.isIdentifier(scalars[end]) { end += 1 }
            // Just inside `f(` (or `f((`): the name the brackets follow, found in one pass back over them.
            guard start == end, start > 0, scalars[start - 1] == "(" else { break }
            start -= 1
            end = start
        }
        guard start < end else { return nil }
        let name = String(String.UnicodeScalarView(scalars[start..<end]))
        if start > 0, scalars[start - 1] == "." {
            let receiver = CompletionProvider(session: session).receiverText(scalars, before: start - 1)
            return member(name, of: receiver)
        }
        return global(name)
    }

    func global(_ name: String) -> Inspection? {
        if let variable = session.globals[name] {
            let value = session.runtime.globals[variable.slot]
            if variable.isFunction { return make(variable.declaration, "User function declared in cell \(variable.cell).") }
            return make("\(variable.isVar ? "var" : "let") \(name): \(value.typeName)", "= " + String(value.shownText(quoted: true, limit: Self.valueTextBytes).prefix(200)))
        }
        if let function = session.builtins[name], case .builtin(let overloads) = function.kind {
            return make(overloads.map(\.signature).joined(separator: "\n"), overloads.first?.doc ?? "")
        }
        if let namespace = session.types[name] {
            if let declared = namespace.declared { return self.declared(declared) }
            let signatures = namespace.initializers.map(\.signature)
            return make(signatures.isEmpty ? name : signatures.joined(separator: "\n"), namespace.doc)
        }
        return nil
    }

    func member(_ name: String, of receiver: String) -> Inspection? {
        let provider = CompletionProvider(session: session)
        guard let value = provider.currentValue(of: receiver) ?? (receiver == "\"\"" ? .string("") : nil) else { return nil }
        if let found = declaredMember(name, of: value) { return found }
        var overloads: [Builtin] = []
        switch value {
        case .type(let namespace):
            overloads = namespace.staticMethods[name] ?? []
            if overloads.isEmpty, namespace.staticProperties[name] != nil { return make("\(namespace.name).\(name)", "Static property of \(namespace.name).") }
        case .native(let object): overloads = object.method(name) ?? []
        default: overloads = (Methods.table(for: value)[name] ?? []).map(\.builtin)
        }
        guard let first = overloads.first else { return nil }
        return make(overloads.map(\.signature).joined(separator: "\n"), first.doc)
    }

    func make(_ signature: String, _ doc: String) -> Inspection {
        Inspection(plain: signature + "\n" + doc, markdown: "```swift\n\(signature)\n```\n\(doc)")
    }
}
