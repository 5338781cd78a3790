/// Statement nodes (see `StmtNode`) for the bodies of loops.
extension Compiler {
    /// The statement compiled as usual, as a node of its own when it has one of the shapes `StmtNode` lists, else nil.
    func specialStatementNode(_ statement: Stmt, general: @escaping Exec) -> StmtNode? {
        guard case .expression(let expr) = statement.kind, !expr.startsOptionalChain,
              case .assign(let op, let target, let value, _) = expr.kind, op == "=" || op == "+=" else { return nil }
        switch target.kind {
        case .identifier:
            guard op == "+=", let slot = localVariableSlot(target) else { return nil }
            if case .integer(let constant) = value.kind { return SlotAddConstantNode(slot: slot, constant: constant, general: general) }
            if let other = localSlot(value) { return SlotAddSlotNode(slot: slot, other: other, general: general) }
            return nil
        case .subscriptAccess(let base, let arguments):
            guard arguments.count == 1, arguments[0].label == nil, !arguments[0].isInout, !base.startsOptionalChain,
                  let array = localVariableSlot(base), let key = localSlot(arguments[0].value) else { return nil }
            let adds = op == "+="
            if let slot = localSlot(value) {
                return SlotElementWriteNode(array: array, key: key, value: slot, constant: .int(0), adds: adds, general: general)
            }
            let literal: Value
            switch value.kind {
            case .integer(let x): literal = .int(x)
            case .double(let x): literal = .double(x)
            case .bool(let x): literal = .bool(x)
            default: return nil
            }
            guard let constant = ScalarConstant(literal) else { return nil }
            return SlotElementWriteNode(array: array, key: key, value: -1, constant: constant, adds: adds, general: general)
        default: return nil
        }
    }

    /// The frame slot of a plain local read by name.
    private func localSlot(_ expr: Expr) -> Int? {
        guard case .identifier(let name) = expr.kind, !expr.startsOptionalChain, let variable = lookup(name),
              case .local(let slot) = variable.ref else { return nil }
        return slot
    }

    /// The frame slot of a local `var` (one an assignment writes in place) with no element type written for its
    /// literals (`typedArrayValue` converts those).
    private func localVariableSlot(_ expr: Expr) -> Int? {
        guard case .identifier(let name) = expr.kind, !expr.startsOptionalChain, let variable = lookup(name), variable.isVar,
              !variable.isComputed, variable.elementKind == nil, case .local(let slot) = variable.ref else { return nil }
        return slot
    }
}
