/// Built-in collections constructed with a written element type whose literals are stored differently
/// (`Set<UInt8>()`, `[UInt8: Int]()`, `[Float](repeating: 0, count: 3)`): the result is converted as the annotation
/// of that type would convert it, so later literals take the element type as in Swift.
extension Compiler {
    /// The type an expression in callee position spells (`UInt8`, `[UInt8]`, `[UInt8: Int]`, `Set<Float>`), or nil.
    static func writtenType(_ expr: Expr) -> TypeAnnotation? {
        switch expr.kind {
        case .identifier(let name): return .named(name)
        case .array(let items) where items.count == 1: return writtenType(items[0]).map(TypeAnnotation.array)
        case .dictionary(let pairs) where pairs.count == 1:
            guard let key = writtenType(pairs[0].0), let value = writtenType(pairs[0].1) else { return nil }
            return .dictionary(key, value)
        case .specializedType(let name, let arguments): return Parser.genericType(name, arguments)
        default: return nil
        }
    }

    /// `construct` with its result converted to the collection type `callee` spells, when that type has elements
    /// or keys of a `KeyKind` (other collections are returned as they are).
    func typedConstruction(_ callee: Expr, _ construct: @escaping Eval, _ span: SourceSpan) -> Eval {
        guard let type = Self.writtenType(callee), Self.hasKeyKind(type), let check = TypeCheck.checker(type) else { return construct }
        return { rt throws(ScriptError) in
            let value = try construct(rt)
            guard let converted = check(value) else {
                throw ScriptError(kind: .type, message: Message.convert(value.typeName, to: type.text), span: span)
            }
            return converted
        }
    }

    private static func hasKeyKind(_ type: TypeAnnotation) -> Bool {
        switch type {
        case .named: KeyKind(type) != nil
        case .array(let element), .optional(let element): hasKeyKind(element)
        case .dictionary(let key, let value): hasKeyKind(key) || hasKeyKind(value)
        case .generic("Set", let arguments): arguments.contains(where: hasKeyKind)
        default: false
        }
    }
}
