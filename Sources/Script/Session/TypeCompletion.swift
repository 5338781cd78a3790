/// Completion and inspection for declared types: members after `p.` (also when `p` is declared in the code
/// being edited and has not run yet: `let p = Point(…)` or `var p: Point`), cases and static members after
/// `Direction.` or a bare `.`, and the declaration lines of a type, its initializers and its members.
extension CompletionProvider {
    /// Members for a receiver whose value is not known: an implicit member (`.` alone: every declared enum's
    /// cases and static members), a declared type's name, or a variable the edited code declares with a type.
    func declaredMemberCandidates(receiver: String, scalars: [Unicode.Scalar]) -> [String] {
        let registry = session.typeRegistry
        if receiver.isEmpty {
            return registry.types.values.flatMap { $0.kind == .enumeration || !$0.staticProperties.isEmpty ? $0.staticMemberNames : [] }
        }
        let parts = receiver.split(separator: ".").map(String.init)
        guard let first = parts.first, var type = declaredType(ofVariable: first, in: scalars) ?? registry.types[first] else { return [] }
        var isStatic = registry.types[first] === type && session.globals[first] == nil
        for part in parts.dropFirst() {
            if isStatic, let nested = type.nestedTypes[part] { type = nested; continue }
            guard let index = type.fieldIndex[part], case .named(let name)? = type.fields[index].type,
                  let next = registry.types[name] else { return [] }
            type = next
            isStatic = false
        }
        return isStatic ? type.staticMemberNames : type.memberNames + (type.kind == .enumeration ? ["rawValue"] : [])
    }

    /// The declared type of a variable in the edited code: `let p = Point(`, `var p: Point`, `p = .circle`-free forms.
    func declaredType(ofVariable name: String, in scalars: [Unicode.Scalar]) -> DeclaredType? {
        guard let tokens = try? Lexer.tokenize(scalars, cell: 0) else { return nil }
        let registry = session.typeRegistry
        for (index, token) in tokens.enumerated() where token.isKeyword("let") || token.isKeyword("var") {
            guard index + 3 < tokens.count, tokens[index + 1].kind == .identifier(name) else { continue }
            let next = tokens[index + 2], after = tokens[index + 3]
            if next.isPunct(":") || next.isOp("="), case .identifier(let typeName) = after.kind, let type = registry.types[typeName] {
                return type
            }
        }
        return nil
    }
}

extension Inspector {
    /// A declared type: its declaration line, its initializers, and its kind and members in one line.
    func declared(_ type: DeclaredType) -> Inspection {
        var lines = [type.declaration.isEmpty ? "\(type.kindName) \(type.name)" : type.declaration]
        for method in type.allInitializers { lines.append(method.declaration) }
        if let memberwise = type.memberwise {
            lines.append("init(" + memberwise.parameters.map { parameter in
                let field = type.fields[parameter.field]
                return "\(field.name): \(field.type?.text ?? "Any")" + (parameter.hasDefault ? " = …" : "")
            }.joined(separator: ", ") + ")")
        }
        if type.kind == .enumeration { lines.append("cases: " + type.cases.map { "." + $0.name }.joined(separator: ", ")) }
        let members = type.memberNames
        let doc = "A \(type.kindName) declared in a cell" + (members.isEmpty ? "." : "; members: " + members.joined(separator: ", ") + ".")
        return make(lines.joined(separator: "\n"), doc)
    }

    /// A member of a declared type (`p.move` → `mutating func move(by d: Double)`), or nil.
    func declaredMember(_ name: String, of value: Value) -> Inspection? {
        let type: DeclaredType
        var isStatic = false
        switch value {
        case .instance(let instance): type = instance.type
        case .type(let namespace):
            guard let declared = namespace.declared else { return nil }
            type = declared
            isStatic = true
        default: return nil
        }
        let methods = isStatic ? type.staticMethods(named: name) : type.methods(named: name)
        if let first = methods.first {
            return make(methods.map(\.declaration).joined(separator: "\n"), "Method of \(first.owner.name).")
        }
        if isStatic, let tag = type.caseIndex[name] {
            let enumCase = type.cases[tag]
            let payload = enumCase.hasPayload
                ? "(" + zip(enumCase.labels, enumCase.types).map { ($0.map { "\($0): " } ?? "") + $1.text }.joined(separator: ", ") + ")" : ""
            return make("case \(name)\(payload)", "Case of \(type.name).")
        }
        if !isStatic, let index = type.fieldIndex[name] {
            let field = type.fields[index]
            return make("\(field.isVar ? "var" : "let") \(name): \(field.type?.text ?? "Any")", "Stored property of \(type.name).")
        }
        if let property = isStatic ? nil : type.computedProperty(named: name) {
            return make("var \(name): \(property.type?.text ?? "Any") { get\(property.setter == nil ? "" : " set") }",
                        "Computed property of \(type.name).")
        }
        return nil
    }
}
