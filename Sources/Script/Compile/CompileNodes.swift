/// Single-expression function bodies compiled to node trees (see `ExprNode`): literals, frame slots, the fast
/// operators, ternaries and calls of global functions by name get nodes of their own; everything else is
/// compiled by `compileExpr` and wrapped in a `ClosureNode`, so behaviour and messages are the same.
extension Compiler {
    /// The body node of a function whose body is the single expression `expr`.
    func compileNode(_ expr: Expr) throws(ScriptError) -> ExprNode {
        if let node = try node(expr, pure: false) { return node }
        return ClosureNode(try compileExpr(expr))
    }

    /// A node for `expr`. With `pure`, only shapes whose compilation has no effect on the compiler state
    /// (no calls, closures or declarations) are accepted and nil is returned for the rest, so a call node
    /// may compile its arguments a second time for its general path.
    private func node(_ expr: Expr, pure: Bool) throws(ScriptError) -> ExprNode? {
        if expr.startsOptionalChain { return nil }
        switch expr.kind {
        case .integer(let value): return ConstantNode(.int(value))
        case .double(let value): return ConstantNode(.double(value))
        case .bool(let value): return ConstantNode(.bool(value))
        case .identifier(let name):
            if let variable = lookup(name), case .local(let slot) = variable.ref {
                guard movableSlots.contains(slot) else { return SlotNode(slot) }
                movedSlots.insert(slot)
                return MoveSlotNode(slot)
            }
        case .dollar(let number):
            if let variable = lookup("$\(number)"), case .local(let slot) = variable.ref { return SlotNode(slot) }
        case .binary(let name, let lhs, let rhs, _):
            let (left, right) = balancedOperands(name, lhs, rhs)
            return try binaryNode(name, left, right, expr.span, pure: pure)
        case .ternary(let condition, let then, let otherwise):
            return try ternaryNode(condition, then, otherwise, pure: pure)
        case .unary("-", let operand):
            switch operand.kind {
            case .integer, .double: return nil
            default: return try child(operand, pure: pure).map { NegateNode($0, expr.span) }
            }
        case .call(let callee, let arguments):
            if let builtin = try unaryBuiltinNode(callee, arguments, expr.span, pure: pure) { return builtin }
            if !pure { return try globalCallNode(expr, callee, arguments) }
        default: break
        }
        return nil
    }

    private func child(_ expr: Expr, pure: Bool) throws(ScriptError) -> ExprNode? {
        if let node = try node(expr, pure: pure) { return node }
        return pure ? nil : ClosureNode(try compileExpr(expr))
    }

    /// The fast operators, in the shapes `compileFastBinary` fuses (a literal on the left is not one).
    private func binaryNode(_ name: String, _ lhs: Expr, _ rhs: Expr, _ span: SourceSpan, pure: Bool) throws(ScriptError) -> ExprNode? {
        guard let op = Self.fastOp(name) else { return nil }
        switch lhs.kind {
        case .integer, .double: return nil
        default: break
        }
        if case .local(let slot) = try localOperand(lhs) {
            switch rhs.kind {
            case .integer(let offset) where op == .add || op == .subtract:
                return SlotOffsetNode(slot: slot, offset: offset, isSubtraction: op == .subtract, span)
            case .integer(let value): return SlotConstantNode(op, name, slot: slot, .int(value), span)
            case .double(let value): return SlotConstantNode(op, name, slot: slot, .double(value), span)
            default: break
            }
        }
        switch rhs.kind {
        case .integer(let value):
            guard let left = try child(lhs, pure: pure) else { return nil }
            return ConstantRightNode(op, name, left, .int(value), span)
        case .double(let value):
            guard let left = try child(lhs, pure: pure) else { return nil }
            return ConstantRightNode(op, name, left, .double(value), span)
        default: break
        }
        guard let left = try child(lhs, pure: pure), let right = try child(rhs, pure: pure) else { return nil }
        return op == .add ? AddNode(left, right, span) : BinaryNode(op, name, left, right, span)
    }

    private func localOperand(_ expr: Expr) throws(ScriptError) -> Operand? {
        switch expr.kind {
        case .identifier, .dollar: return try operand(expr)
        default: return nil
        }
    }

    private func ternaryNode(_ condition: Expr, _ then: Expr, _ otherwise: Expr, pure: Bool) throws(ScriptError) -> ExprNode? {
        guard let a = try child(then, pure: pure), let b = try child(otherwise, pure: pure) else { return nil }
        if case .binary(let name, let lhs, let rhs, _) = condition.kind, let op = Self.fastOp(name),
           op != .add, op != .subtract, op != .multiply, !condition.startsOptionalChain,
           case .identifier(let variableName) = lhs.kind, let variable = lookup(variableName),
           case .local(let slot) = variable.ref, case .integer(let constant) = rhs.kind {
            return SlotComparisonTernaryNode(op, name, slot: slot, constant, a, b, condition.span)
        }
        guard let test = try child(condition, pure: pure) else { return nil }
        return TernaryNode(test, a, b, condition.span)
    }

    /// A call by name of a builtin function or type initialiser with one argument that `compileBuiltinCall`
    /// would run through the builtin's unary fast path (`Double($0)`, `sqrt(x)`); nil otherwise.
    private func unaryBuiltinNode(_ callee: Expr, _ arguments: [Argument], _ span: SourceSpan, pure: Bool) throws(ScriptError) -> ExprNode? {
        guard case .identifier(let name) = callee.kind, arguments.count == 1, !arguments[0].isInout,
              lookup(name) == nil else { return nil }
        let overloads: [Builtin]
        if let function = session.builtins[name], case .builtin(let found) = function.kind {
            overloads = found
        } else if let namespace = session.types[name], !namespace.initializers.isEmpty {
            overloads = namespace.initializers
        } else {
            return nil
        }
        guard case .success(let found) = CallMatching.candidates(overloads.map(\.shapes), labels: [arguments[0].label],
                                                                 trailing: [arguments[0].isTrailing]),
              found.count == 1, found[0].1 == [.argument(0)], let unary = overloads[found[0].0].unary,
              let argument = try child(arguments[0].value, pure: pure) else { return nil }
        return UnaryBuiltinNode(unary, argument, span)
    }

    /// A call by name of a global `func` whose arguments are positional, not inout, and pure nodes;
    /// nil (so the caller compiles the call as a closure) otherwise.
    private func globalCallNode(_ expr: Expr, _ callee: Expr, _ arguments: [Argument]) throws(ScriptError) -> ExprNode? {
        guard case .identifier(let name) = callee.kind, let variable = lookup(name), variable.isFunction,
              case .global(let slot) = variable.ref, !arguments.contains(where: \.isInout) else { return nil }
        var nodes: [ExprNode] = []
        for argument in arguments {
            guard let node = try node(argument.value, pure: true) else { return nil }
            nodes.append(node)
        }
        let fallback = try compileExpr(expr)
        let site = GlobalCallSite(slot: slot, count: arguments.count, labels: arguments.map(\.label))
        session.callCaches.register(site)
        switch nodes.count {
        case 1:
            if let offset = nodes[0] as? SlotOffsetNode { return GlobalCallOffsetNode(site, offset, fallback: fallback, expr.span) }
            if let read = nodes[0] as? SlotNode { return GlobalCallSlotNode(site, slot: read.slot, moves: false, fallback: fallback, expr.span) }
            if let read = nodes[0] as? MoveSlotNode { return GlobalCallSlotNode(site, slot: read.slot, moves: true, fallback: fallback, expr.span) }
            return GlobalCallNode1(site, nodes[0], fallback: fallback, expr.span)
        case 2: return GlobalCallNode2(site, nodes[0], nodes[1], fallback: fallback, expr.span)
        default: return GlobalCallNodeN(site, nodes, fallback: fallback, expr.span)
        }
    }
}

/// Statement bodies that always end in `return value` through `let` bindings and `if`/`guard` tests
/// (`if n < 2 { return n }; return f(n - 1) + f(n - 2)`) become one expression node, so they take the
/// direct-call path too.
extension Compiler {
    /// The body as a node when every path through it is `let name = value` bindings and `if`/`else`/`guard`
    /// with one Boolean condition, ending in `return value` with nothing after the last return; nil otherwise
    /// (nothing compiled then).
    func returningNode(_ body: [Stmt]) throws(ScriptError) -> ExprNode? {
        guard isReturning(body[...]) else { return nil }
        return try returningNode(body[...])
    }

    /// Whether `returningNode` accepts the statements (checked before compiling anything).
    func isReturning(_ body: ArraySlice<Stmt>) -> Bool {
        guard let first = body.first else { return false }
        let rest = body.dropFirst()
        switch first.kind {
        case .returnStmt(let value): return value != nil && rest.isEmpty
        case .ifStmt(let conditions, let then, let otherwise):
            guard conditions.count == 1, case .expr = conditions[0], isReturning(then[...]) else { return false }
            if let otherwise { return isReturning(otherwise[...]) && rest.isEmpty }
            return isReturning(rest)
        case .guardStmt(let conditions, let elseBody):
            guard conditions.count == 1, case .expr = conditions[0] else { return false }
            return isReturning(elseBody[...]) && isReturning(rest)
        case .binding(isVar: false, .binding, nil, .some): return isReturning(rest)
        case .switchStmt(_, let cases):
            return rest.isEmpty && isEnumSwitch(cases) && cases.allSatisfy { isReturning($0.body[...]) }
        default: return false
        }
    }

    /// Compiles in source order (condition, then the branches), as `compileIf` and `compileGuard` do, so the
    /// first compile error is the same.
    private func returningNode(_ body: ArraySlice<Stmt>) throws(ScriptError) -> ExprNode {
        guard let first = body.first else { return ConstantNode(.void) }
        let rest = body.dropFirst()
        switch first.kind {
        case .ifStmt(let conditions, let then, let otherwise):
            guard case .expr(let condition) = conditions.first else { break }
            scope.pushBlock()
            let test = try conditionNode(condition)
            let a = try returningBlock(then)
            scope.popBlock()
            let b: ExprNode
            if let otherwise { b = try returningBlock(otherwise) } else { b = try returningNode(rest) }
            return test.branching(a, b)
        case .guardStmt(let conditions, let elseBody):
            guard case .expr(let condition) = conditions.first else { break }
            let orElse = try returningBlock(elseBody)
            let test = try conditionNode(condition)
            return test.branching(try returningNode(rest), orElse)
        case .binding(isVar: false, .binding(let name, let nameSpan), nil, .some(let value)):
            let declaredType = staticType(value)
            let valueNode = try compileNode(typedLiterals(value, as: declaredType))
            let ref = try declare(name, isVar: false, span: nameSpan, declaredType: declaredType)
            let restNode = try returningNode(rest)
            if case .local(let slot) = ref { return LocalLetNode(slot: slot, valueNode, restNode) }
            return BindingNode(initializer(ref), valueNode, restNode)
        case .returnStmt(let value):
            guard let value else { break }
            return try compileNode(typedLiterals(value, as: scope.returnType))
        case .switchStmt(let subject, let cases):
            try checkExhaustive(cases, first.span)
            return try enumSwitchNode(subject, cases, first.span) { (body) throws(ScriptError) in try returningNode(body[...]) }
        default: break
        }
        return ConstantNode(.void)
    }

    /// A `{ … }` branch with its own block scope, as `compileBlock` makes it.
    private func returningBlock(_ body: [Stmt]) throws(ScriptError) -> ExprNode {
        scope.pushBlock()
        defer { scope.popBlock() }
        return try returningNode(body[...])
    }

    /// A condition of `if`/`guard`: a slot compared with an Int literal, or any expression that must be Bool.
    private enum ConditionNode {
        case slotComparison(FastOp, String, slot: Int, Int, SourceSpan)
        case general(ExprNode, SourceSpan)

        func branching(_ a: ExprNode, _ b: ExprNode) -> ExprNode {
            switch self {
            case .slotComparison(let op, let name, let slot, let constant, let span):
                SlotComparisonTernaryNode(op, name, slot: slot, constant, a, b, span)
            case .general(let test, let span): TernaryNode(test, a, b, span)
            }
        }
    }

    private func conditionNode(_ condition: Expr) throws(ScriptError) -> ConditionNode {
        if case .binary(let name, let lhs, let rhs, _) = condition.kind, let op = Self.fastOp(name),
           op != .add, op != .subtract, op != .multiply, !condition.startsOptionalChain,
           case .identifier(let variableName) = lhs.kind, let variable = lookup(variableName),
           case .local(let slot) = variable.ref, case .integer(let constant) = rhs.kind {
            return .slotComparison(op, name, slot: slot, constant, condition.span)
        }
        return .general(try compileNode(condition), condition.span)
    }
}
