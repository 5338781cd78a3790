/// Integer literals typed by their context, as Swift types them: after `var x: Double = 1.5`, `x = 3` stores the
/// Double 3.0; `let h: Double = 7 / 2` is 3.5 and `1.5 + 7 / 2` is 5.0. A value carries no static type, so the
/// compiler rewrites such literals into Double literals before compiling them: the store is of a Double constant,
/// with no check per store. The context is the written or inferred type of a variable (`Variable.declaredType`), of
/// an element, value or member of one, of a function's result (`FunctionScope.returnType`) or of a parameter, and
/// the other operand of an arithmetic or comparison operator.
extension Compiler {
    /// Operators whose operands and result share one type in Swift's standard library.
    static let balancedOperators: Set<String> = ["+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">="]
    /// Operators whose result is their operands' type.
    static let arithmeticOperators: Set<String> = ["+", "-", "*", "/", "%"]
    /// Functions of the standard library whose result is always a Double here.
    static let doubleFunctions: Set<String> = ["sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan", "atan", "atan2",
                                               "asin", "acos", "sinh", "cosh", "tanh", "pow", "hypot", "cbrt", "exp2", "expm1", "log1p"]
    /// How deep `staticType` and the literal rewrites look into an expression (compile time stays linear).
    private static let typingDepth = 24

    /// A written or inferred type with aliases resolved and `Array<T>`, `Dictionary<K, V>`, `Optional<T>` spelled as
    /// their sugar.
    func resolvedType(_ type: TypeAnnotation?) -> TypeAnnotation? {
        var current = type
        var steps = 0
        while case .named(let name)? = current, steps < 8, let target = resolveAlias(name) { current = target; steps += 1 }
        switch current {
        case .generic("Array", let arguments)? where arguments.count == 1: return .array(arguments[0])
        case .generic("Dictionary", let arguments)? where arguments.count == 2: return .dictionary(arguments[0], arguments[1])
        case .generic("Optional", let arguments)? where arguments.count == 1: return .optional(arguments[0])
        default: return current
        }
    }

    /// The floating-point type (`Double`, `Float`) that a type gives its integer literals, through optionals.
    func floatingType(_ type: TypeAnnotation?) -> TypeAnnotation? {
        switch resolvedType(type) {
        case .named(let name)? where name == "Double" || name == "Float": .named(name)
        case .optional(let wrapped)?: floatingType(wrapped)
        default: nil
        }
    }

    /// `expr` with the integer literals that `type` makes floating-point written as Double literals: the whole
    /// arithmetic of a Double or Float, the elements of an array or set literal, a dictionary literal's keys and
    /// values, a tuple's members, the branches of `?:` and of an `if`/`switch` expression, and the `repeating:`
    /// value of `Array(repeating:count:)`.
    func typedLiterals(_ expr: Expr, as type: TypeAnnotation?, depth: Int = 0) -> Expr {
        guard depth < Self.typingDepth, let type = resolvedType(type) else { return expr }
        let next = depth + 1
        if let floating = floatingType(type) { return floatingLiterals(expr, floating, depth: depth) }
        switch (type, expr.kind) {
        case (.optional(let wrapped), _): return typedLiterals(expr, as: wrapped, depth: next)
        case (.array(let element), .array(let items)):
            return Expr(.array(items.map { typedLiterals($0, as: element, depth: next) }), expr.span)
        case (.generic("Set", let arguments), .array(let items)) where arguments.count == 1:
            return Expr(.array(items.map { typedLiterals($0, as: arguments[0], depth: next) }), expr.span)
        case (.array(let element), .call(let callee, let arguments)):
            guard case .identifier("Array") = callee.kind, arguments.count == 2, arguments[0].label == "repeating" else { return expr }
            var typed = arguments
            typed[0].value = typedLiterals(arguments[0].value, as: element, depth: next)
            return Expr(.call(callee, typed), expr.span)
        case (.dictionary(let key, let value), .dictionary(let pairs)):
            return Expr(.dictionary(pairs.map { (typedLiterals($0.0, as: key, depth: next), typedLiterals($0.1, as: value, depth: next)) }),
                        expr.span)
        case (.tuple(let types, let labels), .tuple(let items)) where types.count == items.count:
            // The members take the type's labels too, as Swift converts `(2, 3)` to `(x: Double, y: Double)`.
            let members = zip(items, zip(types, labels)).map { item, typeAndLabel in
                (item.0 ?? typeAndLabel.1, typedLiterals(item.1, as: typeAndLabel.0, depth: next))
            }
            return Expr(.tuple(members), expr.span)
        case (.generic(let name, let typeArguments), .call(let callee, let arguments)):
            // `let b: Box<Double> = Box(v: 1)`: the memberwise initializer with the written generic arguments.
            guard case .identifier(name) = callee.kind, !isVariable(name), let declared = resolveDeclaredType(name) else { return expr }
            return Expr(.call(callee, typedArguments(arguments, by: initializerLists(declared, arguments: typeArguments))), expr.span)
        case (.function(let result?), .closure(let decl)) where decl.returnType == nil && typesLiterals(result):
            // `let f: () -> Double = { 5 }`: the closure returns the written result type.
            return Expr(.closure(decl.returning(result)), expr.span)
        case (.named(let typeName), .call(let callee, let arguments)):
            // `let v: Value = .pair(x: 7 / 2, y: 1)`: the case (or static method) of the written type.
            guard case .implicitMember(let name) = callee.kind else { return expr }
            let member = Expr(.member(Expr(.identifier(typeName), callee.span), name, nameSpan: callee.span), callee.span)
            let typed = typedArguments(arguments, by: parameterLists(member))
            return Expr(.call(declaresImplicitMember(typeName, name) ? member : callee, typed), expr.span)
        case (.named(let typeName), .implicitMember(let name)) where declaresImplicitMember(typeName, name):
            // `f(.circle)` with a `Shape` parameter is `Shape.circle`, whichever other enum has a `circle` too.
            return Expr(.member(Expr(.identifier(typeName), expr.span), name, nameSpan: expr.span), expr.span)
        case (_, .ternary(let condition, let then, let otherwise)):
            return Expr(.ternary(condition, typedLiterals(then, as: type, depth: next), typedLiterals(otherwise, as: type, depth: next)),
                        expr.span)
        default: return expr
        }
    }

    /// Whether `expr` is `.name` or `.name(…)`.
    static func isImplicitMember(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .implicitMember: true
        case .call(let callee, _): if case .implicitMember = callee.kind { true } else { false }
        default: false
        }
    }

    /// Whether `.name` written where a `typeName` is expected is that declared type's case or static member.
    private func declaresImplicitMember(_ typeName: String, _ name: String) -> Bool {
        guard !typeName.contains("."), !isVariable(typeName), let declared = resolveDeclaredType(typeName),
              declared.kind != .protocolType else { return false }
        return declared.caseIndex[name] != nil || declared.visibleStaticNames.contains(name)
    }

    /// `typedLiterals` for a floating-point context.
    private func floatingLiterals(_ expr: Expr, _ type: TypeAnnotation, depth: Int) -> Expr {
        guard depth < Self.typingDepth else { return expr }
        let next = depth + 1
        switch expr.kind {
        case .integer(let value): return Expr(.double(Double(value)), expr.span)
        case .largeInteger(let value): return Expr(.double(Double(value)), expr.span)
        case .implicitMember(let name) where Self.floatingConstants.contains(name):
            // `w = .infinity` on a Double: the type's static property, as `Double.infinity`.
            guard case .named(let typeName) = type else { return expr }
            return Expr(.member(Expr(.identifier(typeName), expr.span), name, nameSpan: expr.span), expr.span)
        case .unary(let op, let operand) where op == "-" || op == "+":
            return Expr(.unary(op, floatingLiterals(operand, type, depth: next)), expr.span)
        case .binary(let op, let lhs, let rhs, let opSpan) where Self.arithmeticOperators.contains(op):
            // `x / 2` with an Int `x` stays integer division (Loupe mixes Int and Double values; Swift refuses it).
            if holdsNonFloating(lhs) || holdsNonFloating(rhs) { return expr }
            return Expr(.binary(op, floatingLiterals(lhs, type, depth: next), floatingLiterals(rhs, type, depth: next), opSpan: opSpan),
                        expr.span)
        case .ternary(let condition, let then, let otherwise):
            return Expr(.ternary(condition, floatingLiterals(then, type, depth: next), floatingLiterals(otherwise, type, depth: next)),
                        expr.span)
        case .call(let callee, let arguments) where arguments.isEmpty:
            // An `if`/`switch` expression (a closure called at once): its branches return the context's type.
            guard case .closure(let decl) = callee.kind, decl.returnType == nil, decl.parameters.isEmpty, decl.usesDollarCount == 0 else {
                return expr
            }
            return Expr(.call(Expr(.closure(decl.returning(type)), callee.span), []), expr.span)
        default: return expr
        }
    }

    /// Whether a type gives some integer literals a type other than Int (a Double or Float, or a collection,
    /// optional or tuple with one).
    func typesLiterals(_ type: TypeAnnotation, depth: Int = 0) -> Bool {
        guard depth < Self.typingDepth else { return false }
        if floatingType(type) != nil { return true }
        switch resolvedType(type) {
        case .array(let element)?, .optional(let element)?: return typesLiterals(element, depth: depth + 1)
        case .dictionary(let key, let value)?: return typesLiterals(key, depth: depth + 1) || typesLiterals(value, depth: depth + 1)
        case .tuple(let items, _)?: return items.contains { typesLiterals($0, depth: depth + 1) }
        case .generic("Set", let arguments)?: return arguments.contains { typesLiterals($0, depth: depth + 1) }
        default: return false
        }
    }

    /// Whether `expr` is known to be a value of a type other than Double or Float (an Int variable), unlike a
    /// literal, whose type the context chooses.
    private func holdsNonFloating(_ expr: Expr) -> Bool {
        if isLiteralArithmetic(expr) { return false }
        guard let type = staticType(expr) else { return false }
        return floatingType(type) == nil
    }

    /// Whether `expr` is made of number literals and arithmetic only.
    private func isLiteralArithmetic(_ expr: Expr, depth: Int = 0) -> Bool {
        guard depth < Self.typingDepth else { return false }
        switch expr.kind {
        case .integer, .largeInteger, .double: return true
        case .unary(let op, let operand) where op == "-" || op == "+": return isLiteralArithmetic(operand, depth: depth + 1)
        case .binary(let op, let lhs, let rhs, _) where Self.arithmeticOperators.contains(op):
            return isLiteralArithmetic(lhs, depth: depth + 1) && isLiteralArithmetic(rhs, depth: depth + 1)
        default: return false
        }
    }

    /// Whether `expr` has an integer literal that a floating-point context would retype (see `floatingLiterals`).
    func hasRetypableLiteral(_ expr: Expr, depth: Int = 0) -> Bool {
        guard depth < Self.typingDepth else { return false }
        switch expr.kind {
        case .integer, .largeInteger: return true
        case .unary(let op, let operand) where op == "-" || op == "+": return hasRetypableLiteral(operand, depth: depth + 1)
        case .binary(let op, let lhs, let rhs, _) where Self.arithmeticOperators.contains(op):
            return hasRetypableLiteral(lhs, depth: depth + 1) || hasRetypableLiteral(rhs, depth: depth + 1)
        case .ternary(_, let then, let otherwise):
            return hasRetypableLiteral(then, depth: depth + 1) || hasRetypableLiteral(otherwise, depth: depth + 1)
        default: return false
        }
    }

    /// The operands of `lhs op rhs` with the literals of one side typed by the other side's floating-point type, as
    /// Swift gives both operands of `+ - * / %` and of a comparison one type (`x * 2` on a Double `x` multiplies by
    /// 2.0, `1.5 + 7 / 2` adds 3.5); `o ?? 1` on a `Double?` gives 1.0.
    func balancedOperands(_ op: String, _ lhs: Expr, _ rhs: Expr) -> (Expr, Expr) {
        if op == "??" {
            guard hasRetypableLiteral(rhs), case .optional(let wrapped)? = resolvedType(staticType(lhs)),
                  let floating = floatingType(wrapped) else { return (lhs, rhs) }
            return (lhs, floatingLiterals(rhs, floating, depth: 0))
        }
        guard Self.balancedOperators.contains(op) else { return (lhs, rhs) }
        // `c == .north` with `c` a `Compass` compares with `Compass.north`, whichever other enum has a `north`.
        if Self.isImplicitMember(rhs), let type = staticType(lhs), case .named? = resolvedType(type) {
            return (lhs, typedLiterals(rhs, as: type))
        }
        if Self.isImplicitMember(lhs), let type = staticType(rhs), case .named? = resolvedType(type) {
            return (typedLiterals(lhs, as: type), rhs)
        }
        if hasRetypableLiteral(rhs), let floating = scalarFloatingType(staticType(lhs)) {
            return (lhs, floatingLiterals(rhs, floating, depth: 0))
        }
        if hasRetypableLiteral(lhs), let floating = scalarFloatingType(staticType(rhs)) {
            return (floatingLiterals(lhs, floating, depth: 0), rhs)
        }
        return (lhs, rhs)
    }

    /// `Double` or `Float` when the type is one of them (not an optional).
    private func scalarFloatingType(_ type: TypeAnnotation?) -> TypeAnnotation? {
        if case .optional? = resolvedType(type) { return nil }
        return floatingType(type)
    }

    /// `expr` compiled as the value of a variable of type `type`: its literals typed (`typedLiterals`), except that
    /// an array or dictionary literal of a `[Any]` or `[K: Any]` keeps its Ints and Doubles as they are (Swift
    /// makes Doubles of a literal's Ints only when the literal has no type: `[1, 2.5]`).
    func compileValue(_ expr: Expr, as type: TypeAnnotation?) throws(ScriptError) -> Eval {
        switch (resolvedType(type), expr.kind) {
        case (.array(.named("Any"))?, .array(let items)): return try compileArrayLiteral(items, unifiesNumbers: false)
        case (.dictionary(_, .named("Any"))?, .dictionary(let pairs)):
            return try compileDictionaryLiteral(pairs, expr.span, unifiesNumbers: false)
        default: return try compileExpr(typedLiterals(expr, as: type))
        }
    }

    /// `target op value` with the literals of `value` typed by the target's type (`x = 3` on a Double, `a += [3]` on
    /// a `[Double]`, `x *= 2`), and the `default:` value of a dictionary subscript by the dictionary's value type
    /// (`d[k, default: 0] += 1` on a `[String: Double]`).
    func typedAssignment(_ op: String, _ target: Expr, _ value: Expr) -> (Expr, Expr) {
        var target = target
        if case .subscriptAccess(let base, let arguments) = target.kind {
            target = Expr(.subscriptAccess(base, typedSubscriptArguments(base, arguments)), target.span)
        }
        guard let type = staticType(target) else { return (target, value) }
        switch op {
        case "=": return (target, typedLiterals(value, as: type))
        case "+=" where floatingType(type) == nil: return (target, typedLiterals(value, as: type))
        case "+=", "-=", "*=", "/=", "%=":
            guard let floating = floatingType(type) else { return (target, value) }
            return (target, typedLiterals(value, as: floating))
        default: return (target, value)
        }
    }

    /// Methods whose first argument is an element of the array or set they are called on (or, `updateValue`, a
    /// value of the dictionary).
    static let elementMethods: Set<String> = ["append", "insert", "contains", "firstIndex", "lastIndex", "remove", "update",
                                              "updateValue"]

    /// The arguments of `base.name(…)` with the first one's literals typed by the element type of the array or set
    /// `base` is: `xs.append(3)`, `xs.insert(3, at: 0)`, `xs.append(contentsOf: [3])`, `s.contains(1)` on a `Set<Double>`;
    /// on a value of a declared type, by the method's parameters (`CallTyping`).
    func typedMethodArguments(_ base: Expr, _ name: String, _ arguments: [Argument]) -> [Argument] {
        guard let first = arguments.first, arguments.contains(where: { hasTypableLiteral($0.value) }) else { return arguments }
        let element: TypeAnnotation
        switch resolvedType(staticType(base)) {
        case .array(let type)? where Self.elementMethods.contains(name): element = type
        case .generic("Set", let types)? where types.count == 1 && Self.elementMethods.contains(name): element = types[0]
        case .dictionary(_, let type)? where name == "updateValue": element = type
        case .named?: return typedArguments(arguments, by: parameterLists(Expr(.member(base, name, nameSpan: base.span), base.span)))
        default: return arguments
        }
        var typed = arguments
        switch first.label {
        case nil, "of": typed[0].value = typedLiterals(first.value, as: element)
        case "contentsOf": typed[0].value = typedLiterals(first.value, as: .array(element))
        default: return arguments
        }
        return typed
    }

    /// The arguments of a call with their literals typed by the parameters: `[Double](repeating: 0, count: 3)`,
    /// `Set<Double>([1, 2])`, and the calls of declared functions, types and enum cases (`CallTyping`).
    func typedCallArguments(_ callee: Expr, _ arguments: [Argument]) -> [Argument] {
        guard arguments.contains(where: { hasTypableLiteral($0.value) }) else { return arguments }
        if case .identifier(let name) = callee.kind, name == "max" || name == "min", !isVariable(name),
           let floating = floatingType(firstStaticType(arguments.map(\.value), depth: 0)) {
            // `min(-1, 0.5)`: Swift gives every argument the one type.
            return arguments.map { argument in
                var typed = argument
                if argument.label == nil { typed.value = typedLiterals(argument.value, as: floating) }
                return typed
            }
        }
        let element: TypeAnnotation
        switch Self.writtenType(callee).flatMap(resolvedType) {
        case .array(let type)?: element = type
        case .generic("Set", let types)? where types.count == 1: element = types[0]
        default: return typedArguments(arguments, by: parameterLists(callee))
        }
        return arguments.map { argument in
            var typed = argument
            switch argument.label {
            case "repeating": typed.value = typedLiterals(argument.value, as: element)
            case nil: typed.value = typedLiterals(argument.value, as: .array(element))
            default: break
            }
            return typed
        }
    }

    /// The key and `default:` value of a subscript of a dictionary typed by its key and value types
    /// (`d[1]` on a `[Double: String]` looks up 1.0; `d[k, default: 0] += 1` on a `[String: Double]`).
    func typedSubscriptArguments(_ base: Expr, _ arguments: [Argument]) -> [Argument] {
        guard arguments.count == 1 || arguments.count == 2, arguments[0].label == nil,
              arguments.contains(where: { hasRetypableLiteral($0.value) }),
              case .dictionary(let key, let value)? = resolvedType(staticType(base)) else { return arguments }
        var typed = arguments
        typed[0].value = typedLiterals(arguments[0].value, as: key)
        if typed.count == 2 {
            guard arguments[1].label == "default" else { return arguments }
            typed[1].value = typedLiterals(arguments[1].value, as: value)
        }
        return typed
    }

    /// Whether `target = value` stores into an optional (`var o: Double?`, an element of a `[Int?]`), so the value
    /// is wrapped as Swift wraps it (`Optional(4.0)`). A dictionary's subscript is optional, its values need not be.
    func assignsOptional(_ target: Expr) -> Bool {
        let type: TypeAnnotation?
        if case .subscriptAccess(let base, let arguments) = target.kind, arguments.count == 1,
           case .dictionary(_, let value)? = resolvedType(staticType(base)) {
            type = value
        } else {
            type = staticType(target)
        }
        if case .optional? = resolvedType(type) { return true }
        return false
    }

    /// An operand whose value is wrapped as an optional (nil and optionals are left as they are).
    static func optionalOperand(_ operand: Operand) -> Operand {
        switch operand {
        case .constant(let value): return .constant(value.asOptional)
        default:
            let eval = operand.eval
            return .computed { rt throws(ScriptError) in try eval(rt).asOptional }
        }
    }
}

extension FunctionDecl {
    /// A copy of the declaration with a result type (the closure's context gives it one).
    func returning(_ type: TypeAnnotation) -> FunctionDecl {
        let copy = FunctionDecl(name: name, parameters: parameters, returnType: type, body: body, span: span)
        copy.usesDollarCount = usesDollarCount
        copy.genericParameters = genericParameters
        copy.requirements = requirements
        copy.isThrowing = isThrowing
        copy.firstParameterIsInout = firstParameterIsInout
        copy.isComputedVariable = isComputedVariable
        return copy
    }
}
