/// Arrays declared with an element type whose literals are stored differently (`var bytes: [UInt8] = []`,
/// `var losses = [Float]()`, a parameter `_ xs: inout [UInt8]`): an array value keeps no element type, so an empty
/// one would take `append(200)` as an Int. The compiler remembers the written type on the variable
/// (`Variable.elementKind`) and converts the literals that `append`, `insert`, `=` and `+=` store into it (`KeyKind.literal`), with
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
