/// Arrays declared with an element type whose literals are stored differently (`var bytes: [UInt8] = []`,
/// `var losses = [Float]()`, a parameter `_ xs: inout [UInt8]`): an array value keeps no element type, so an empty
/// one would take `append(200)` as an Int. The compiler remembers the written type on the variable
/// (`Variable.elementKind`) and converts the literals that `append`, `insert`, `=` and `+=` store into it, with
/// Swift's error for a literal that does not fit.
extension Compiler {
    /// The element kind of an array that an expression constructs with a written type (`[UInt8]()`,
    /// `[Float](repeating: 0, count: 3)`), or nil.
    static func writtenArrayKind(_ expr: Expr) -> KeyKind? {
        guard case .call(let callee, _) = expr.kind, let type = writtenType(callee) else { return nil }
        return KeyKind.ofArray(type)
    }

    /// The element kind declared for the array variable `expr` names, or nil.
    func declaredElementKind(_ expr: Expr) -> KeyKind? {
        guard case .identifier(let name) = expr.kind else { return nil }
        return lookup(name)?.elementKind
    }

    /// The value of `target = value` or `target += value` with its literals converted to the element type declared
    /// for `target`; `value` itself for any other assignment.
    func typedArrayValue(_ op: String, _ target: Expr, _ value: Operand, _ span: SourceSpan) -> Operand {
        guard op == "=" || op == "+=", let kind = declaredElementKind(target) else { return value }
        let eval = value.eval
        return .computed { rt throws(ScriptError) in try kind.literals(in: try eval(rt), span: span) }
    }

    /// How the first argument of `target.append(x)`, `target.insert(x, at: i)` or `target.append(contentsOf: xs)`
    /// is converted to the element type declared for `target`; nil for any other call.
    func typedArrayConversion(_ base: Expr, _ name: String, _ arguments: [Argument]) -> ((@escaping Eval) -> Eval)? {
        guard name == "append" || name == "insert", let argument = arguments.first, let kind = declaredElementKind(base) else {
            return nil
        }
        let span = argument.value.span
        switch argument.label {
        case nil: return { eval in { rt throws(ScriptError) in try kind.literal(try eval(rt), span: span) } }
        case "contentsOf": return { eval in { rt throws(ScriptError) in try kind.literals(in: try eval(rt), span: span) } }
        default: return nil
        }
    }
}

extension KeyKind {
    /// The element kind an array type spells (`[UInt8]`, `Array<Float>`), or nil.
    static func ofArray(_ type: TypeAnnotation) -> KeyKind? {
        switch type {
        case .array(let element): KeyKind(element)
        case .generic("Array", let arguments) where arguments.count == 1: KeyKind(arguments[0])
        default: nil
        }
    }

    /// An Int or Double literal as this type, or Swift's error when it does not fit; any other value as it is.
    func literal(_ value: Value, span: SourceSpan? = nil) throws(ScriptError) -> Value {
        switch value {
        case .int(let number):
            guard let converted = converted(value) else {
                throw ScriptError(kind: .type, message: "integer literal '\(number)' overflows when stored into '\(typeName)'", span: span)
            }
            return converted
        case .double: return converted(value) ?? value
        default: return value
        }
    }

    /// An array with each element converted as `literal(_:span:)` converts it; any other value as it is.
    func literals(in value: Value, span: SourceSpan) throws(ScriptError) -> Value {
        guard case .array(let items) = value, items.contains(where: { if case .int = $0 { true } else if case .double = $0 { true } else { false } }) else {
            return value
        }
        var converted: [Value] = []
        converted.reserveCapacity(items.count)
        for item in items { converted.append(try literal(item, span: span)) }
        return .array(converted)
    }
}
