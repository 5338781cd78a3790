/// The compile-time check that every name in a written type exists: `let r: Result<Int, Error> = .success(3)`
/// or `if x is Foo` would otherwise be accepted as "anything" and run on with a wrong answer.
extension Compiler {
    /// Standard and library type names a cell may write that have no constructor or check of their own.
    static let standardTypeNames: Set<String> = [
        "Any", "AnyObject", "AnyHashable", "Void", "Never", "Self", "Optional", "Array", "ArraySlice", "Dictionary",
        "Set", "Range", "ClosedRange", "Substring", "String", "Character", "Bool", "Int", "Double", "Float", "Float64",
        "Float32", "Int64", "Int32", "Int16", "Int8", "UInt", "UInt64", "UInt32", "UInt16", "UInt8", "Error",
        "Unicode", "UnicodeScalar", "Chart", "Layer", "Model", "Optimizer", "Dataset", "History", "Gradients",
        "ClassificationReport", "Tensor", "Hasher",
    ]

    /// The generic parameters and associated types of the built-in types and protocols, known inside their
    /// extensions (`extension Array where Element == Int`, `extension Collection { … [Element] }`).
    static let builtinMemberTypeNames: Set<String> = [
        "Element", "Key", "Value", "Wrapped", "Bound", "Index", "Indices", "SubSequence", "Iterator", "Stride",
    ]

    /// Throws `cannot find type 'Foo' in scope` for the first name in `type` nothing declares.
    func requireKnownTypes(_ type: TypeAnnotation, _ span: SourceSpan) throws(ScriptError) {
        switch type {
        case .named(let name): try requireKnownType(name, span)
        case .generic(let name, let arguments):
            try requireKnownType(name, span)
            for argument in arguments { try requireKnownTypes(argument, span) }
        case .array(let element), .optional(let element): try requireKnownTypes(element, span)
        case .dictionary(let key, let value):
            try requireKnownTypes(key, span)
            try requireKnownTypes(value, span)
        case .tuple(let items, _): for item in items { try requireKnownTypes(item, span) }
        case .function: break
        }
    }

    private func requireKnownType(_ written: String, _ span: SourceSpan) throws(ScriptError) {
        // `Shape.Kind`, `String.Index`: the outer name must exist; members are checked where they are used.
        let name = written.split(separator: ".", maxSplits: 1).first.map(String.init) ?? written
        if isKnownTypeName(name) { return }
        throw error(.name, Message.cannotFindType(name), span)
    }

    private func isKnownTypeName(_ name: String) -> Bool {
        Self.standardTypeNames.contains(name) || StandardProtocols.names.contains(name)
            || session.types[name] != nil || session.builtins[name] != nil
            || (typeContext?.type.kind == .builtin && Self.builtinMemberTypeNames.contains(name))
            || genericConstraints(name) != nil || resolveAlias(name) != nil || resolveDeclaredType(name) != nil
    }
}
