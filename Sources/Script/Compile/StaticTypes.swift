/// The little static typing that literal typing needs (`LiteralTyping`): the type of an expression when the compiler
/// can tell it without running it, and nil otherwise. Only types that give integer literals another type matter
/// (Double and Float, and collections, optionals and tuples of them); an unknown type is nil, never a guess.
extension Compiler {
    /// Names of `Double`'s and `Float`'s static members that are values of the type itself.
    static let floatingConstants: Set<String> = ["pi", "infinity", "nan", "signalingNaN", "greatestFiniteMagnitude",
                                                 "leastNormalMagnitude", "leastNonzeroMagnitude", "ulpOfOne", "zero"]

    /// The written or inferred type of `expr` where it is known at compile time.
    func staticType(_ expr: Expr, depth: Int = 0) -> TypeAnnotation? {
        guard depth < 24 else { return nil }
        let next = depth + 1
        switch expr.kind {
        case .double: return .named("Double")
        case .integer: return .named("Int")
        case .identifier(let name): return declaredType(named: name)
        case .unary(let op, let operand) where op == "-" || op == "+": return staticType(operand, depth: next)
        case .binary(let op, let lhs, let rhs, _) where Self.arithmeticOperators.contains(op):
            return firstStaticType([lhs, rhs], depth: next)
        case .ternary(_, let then, let otherwise): return firstStaticType([then, otherwise], depth: next)
        case .string, .interpolated: return .named("String")
        case .array(let items): return firstStaticType(items, depth: next).map(TypeAnnotation.array)
        case .dictionary(let pairs):
            guard let value = firstStaticType(pairs.map(\.1), depth: next) else { return nil }
            return .dictionary(firstStaticType(pairs.map(\.0), depth: next) ?? .named("AnyHashable"), value)
        case .call(let callee, let arguments): return staticCallType(callee, arguments, depth: next)
        case .member(let base, let name, _): return staticMemberType(base, name, depth: next)
        case .subscriptAccess(let base, let arguments):
            switch resolvedType(staticType(base, depth: next)) {
            case .array(let element)?:
                guard arguments.count == 1, arguments[0].label == nil else { return nil }
                return arguments[0].value.isRange ? .array(element) : element
            case .dictionary(_, let value)?:
                if arguments.count == 2, arguments[1].label == "default" { return value }
                return arguments.count == 1 ? .optional(value) : nil
            default: return nil
            }
        case .tupleIndex(let base, let index):
            guard case .tuple(let items, _)? = resolvedType(staticType(base, depth: next)), index < items.count else { return nil }
            return items[index]
        case .forceUnwrap(let base):
            guard case .optional(let wrapped)? = resolvedType(staticType(base, depth: next)) else { return nil }
            return wrapped
        case .typeCast(_, let type, "as"): return type
        default: return nil
        }
    }

    /// The type the first 16 expressions share (a collection literal's elements, an operator's operands): a
    /// floating-point one among them (Swift makes `[1, 2.5]` a `[Double]`), else the first known one.
    func firstStaticType(_ exprs: [Expr], depth: Int) -> TypeAnnotation? {
        var known: TypeAnnotation?
        for expr in exprs.prefix(16) {
            guard let type = staticType(expr, depth: depth) else { continue }
            if floatingType(type) != nil, !Self.isOptional(type) { return type }
            if known == nil { known = type }
        }
        return known
    }

    private static func isOptional(_ type: TypeAnnotation) -> Bool {
        if case .optional = type { return true }
        return false
    }

    /// The declared type of the variable `name` resolves to, found without capturing it; for a bare member name
    /// inside a type, the stored property's type.
    func declaredType(named name: String) -> TypeAnnotation? {
        if let variable = localVariable(name), name != "self" || variable.declaredType != nil { return variable.declaredType }
        if let context = typeContext, !context.isStatic, context.type.kind != .protocolType {
            if context.implicitMembers, let type = fieldType(context.type, name) { return type }
            if name == "self" { return .named(context.type.name) }
        }
        return session.globals[name]?.declaredType
    }

    /// A local or captured variable named `name`, looked up without capturing it (`lookup` records a capture).
    private func localVariable(_ name: String) -> Variable? {
        var current: FunctionScope? = scope
        while let functionScope = current {
            if let variable = functionScope.lookupLocal(name) ?? functionScope.captureIndex[name] { return variable }
            current = functionScope.parent
        }
        return nil
    }

    /// Whether `name` is a variable here (so not a type or a function of the standard library).
    func isVariable(_ name: String) -> Bool { localVariable(name) != nil || session.globals[name] != nil }

    /// The written type of a stored property of a declared type.
    func fieldType(_ type: DeclaredType, _ name: String) -> TypeAnnotation? {
        guard let index = type.fieldIndex[name], index < type.fields.count else { return nil }
        return type.fields[index].type
    }

    private func staticCallType(_ callee: Expr, _ arguments: [Argument], depth: Int) -> TypeAnnotation? {
        if case .identifier(let name) = callee.kind, isVariable(name) { return resultType(of: name) }
        if case .member(let base, let name, _) = callee.kind, case .named(let typeName)? = resolvedType(staticType(base, depth: depth)),
           let owner = resolveDeclaredType(typeName) {
            return resultType(of: name, in: owner)
        }
        if case .identifier(let name) = callee.kind {
            if name == "Double" || name == "Float" {
                guard !isVariable(name) else { return nil }
                // `Double("2.5")` is optional; a number converted is not.
                let text = arguments.count == 1 && staticType(arguments[0].value, depth: depth) == .named("String")
                return text ? .optional(.named(name)) : .named(name)
            }
            if Self.doubleFunctions.contains(name), !isVariable(name) { return .named("Double") }
            if name == "max" || name == "min" || name == "abs" {
                return floatingType(firstStaticType(arguments.map(\.value), depth: depth))
            }
            if name == "Array", arguments.count == 2, arguments[0].label == "repeating" {
                return staticType(arguments[0].value, depth: depth).map(TypeAnnotation.array)
            }
            if name == "Set", arguments.count == 1, arguments[0].label == nil, !isVariable(name),
               case .array(let element)? = resolvedType(staticType(arguments[0].value, depth: depth)) {
                return .generic("Set", [element])
            }
        }
        if case .identifier(let name) = callee.kind, !isVariable(name), let type = resolveDeclaredType(name), type.kind != .builtin {
            return .named(type.name)
        }
        if case .specializedType(let name, let arguments) = callee.kind, resolveDeclaredType(name) != nil {
            return .generic(name, arguments)
        }
        guard let written = Self.writtenType(callee) else { return nil }
        switch resolvedType(written) {
        case .array?, .dictionary?: return resolvedType(written)
        case .generic("Set", _)?: return written
        default: return nil
        }
    }

    private func staticMemberType(_ base: Expr, _ name: String, depth: Int) -> TypeAnnotation? {
        if case .identifier(let typeName) = base.kind, !isVariable(typeName) {
            if typeName == "Double" || typeName == "Float" {
                return Self.floatingConstants.contains(name) ? .named(typeName) : nil
            }
            if let type = resolveDeclaredType(typeName), case .stored(let storage)? = type.staticProperty(named: name) {
                return storage.type
            }
        }
        switch resolvedType(staticType(base, depth: depth)) {
        case .named(let typeName)?:
            return resolveDeclaredType(typeName).flatMap { fieldType($0, name) }
        case .generic(let typeName, let arguments)?:
            guard let type = resolveDeclaredType(typeName), let field = fieldType(type, name) else { return nil }
            return Self.bound(field, type.genericParameters, arguments)
        case .tuple(let items, let labels)?:
            return labels.firstIndex(of: name).map { items[$0] }
        default: return nil
        }
    }

    /// A member's written type with a generic type's arguments put in place of its parameters (`T` of a
    /// `Box<Double>` is `Double`).
    static func bound(_ type: TypeAnnotation, _ parameters: [GenericParameter], _ arguments: [TypeAnnotation]) -> TypeAnnotation {
        guard case .named(let name) = type, parameters.count == arguments.count,
              let index = parameters.firstIndex(where: { $0.name == name }) else { return type }
        return arguments[index]
    }
}

extension Expr {
    /// Whether the expression is a range (`a..<b`, `a...b`, `a...`, `..<b`).
    var isRange: Bool {
        switch kind {
        case .binary(let op, _, _, _): op == "..<" || op == "..."
        case .unary(let op, _): op == "..<" || op == "..." || op == "...<"
        default: false
        }
    }
}
