/// One step from a variable into its parts: `[i]`, `.label`, `.0`.
enum PathComponent {
    case subscriptKey([Eval], labels: [String?], SourceSpan)
    case member(String, SourceSpan)
    case tupleIndex(Int, SourceSpan)
}

/// An assignable place: a variable and a path into it. Keys are evaluated before the variable is touched.
struct LValue {
    var root: VariableRef
    var components: [PathComponent]
    /// A `let` root reached through a member: allowed at run time only when it holds a class instance.
    var letRoot: String? = nil
}

/// Assignment (`=`, `+=` …) to variables, elements, tuple members; and inout access.
extension Compiler {
    func compileLValue(_ expr: Expr, forInout: Bool = false, throughMember: Bool = false) throws(ScriptError) -> LValue {
        switch expr.kind {
        case .identifier(let name):
            if let member = implicitSelf(name, expr.span) { return try compileLValue(member, forInout: forInout) }
            guard let variable = lookup(name) else { throw nameError(name, expr.span) }
            if !variable.isVar {
                if throughMember { return LValue(root: variable.ref, components: [], letRoot: name) }
                throw error(.type, forInout ? Message.immutableInout(name) : Message.assignToLet(name), expr.span)
            }
            return LValue(root: variable.ref, components: [])
        case .subscriptAccess(let base, let arguments):
            var lvalue = try compileLValue(base, forInout: forInout)
            let keys = try arguments.map { (argument) throws(ScriptError) in try compileExpr(argument.value) }
            lvalue.components.append(.subscriptKey(keys, labels: arguments.map(\.label), expr.span))
            return lvalue
        case .member(let base, let name, let nameSpan):
            if let (root, isLet) = try staticLValueRoot(base, name, nameSpan, throughMember: throughMember) {
                return LValue(root: root, components: [], letRoot: isLet ? name : nil)
            }
            var lvalue = try compileLValue(base, forInout: forInout, throughMember: true)
            lvalue.components.append(.member(name, nameSpan))
            return lvalue
        case .tupleIndex(let base, let index):
            var lvalue = try compileLValue(base, forInout: forInout)
            lvalue.components.append(.tupleIndex(index, expr.span))
            return lvalue
        default:
            throw error(.syntax, forInout ? Message.inoutNotLValue : "cannot assign to this expression", expr.span)
        }
    }

    /// Runs `body` on the place an lvalue names, in place.
    func compileModify(_ lvalue: LValue) -> (Runtime, (inout Value) throws(ScriptError) -> Void) throws(ScriptError) -> Void {
        if let name = lvalue.letRoot {
            var unchecked = lvalue
            unchecked.letRoot = nil
            return classOnlyModify(compileModify(unchecked), read: reader(lvalue.root), name: name)
        }
        let modify = modifier(lvalue.root)
        let components = lvalue.components
        if components.isEmpty { return modify }
        return { rt, body throws(ScriptError) in
            var keys: [[Value]] = []
            keys.reserveCapacity(components.count)
            for component in components {
                if case .subscriptKey(let evals, _, _) = component {
                    var values: [Value] = []
                    for eval in evals { values.append(try eval(rt)) }
                    keys.append(values)
                } else { keys.append([]) }
            }
            try modify(rt) { (root: inout Value) throws(ScriptError) in
                try Places.modify(&root, components, keys, 0, body)
            }
        }
    }

    func compileAssignment(_ op: String, _ target: Expr, _ valueExpr: Expr, _ span: SourceSpan) throws(ScriptError) -> Eval {
        if let selfField = try compileSelfFieldAssignment(op, target, valueExpr, span) { return selfField }
        return try compileAssignmentThroughPlaces(op, target, try compileExpr(valueExpr), span)
    }

    /// An assignment of an already compiled value: to a variable, or through the place's path.
    func compileAssignmentThroughPlaces(_ op: String, _ target: Expr, _ value: @escaping Eval, _ span: SourceSpan) throws(ScriptError) -> Eval {
        if case .discard = target.kind { return { rt throws(ScriptError) in _ = try value(rt); return .void } }
        if case .tuple(let items) = target.kind, op == "=" { return try compileTupleAssignment(items, value, span) }
        let lvalue = try compileLValue(target)
        let binaryOp = String(op.dropLast())
        if lvalue.components.isEmpty {
            let read = reader(lvalue.root), write = writer(lvalue.root)
            if op == "=" { return { rt throws(ScriptError) in write(rt, try value(rt)); return .void } }
            if binaryOp == "+", let fast = fastIncrement(lvalue.root, value) { return fast }
            if binaryOp == "+" {
                return { rt throws(ScriptError) in
                    let rhs = try value(rt)
                    let current = try read(rt)
                    if case .int(let x) = current, case .int(let y) = rhs {
                        let (sum, overflow) = x.addingReportingOverflow(y)
                        if !overflow { write(rt, .int(sum)); return .void }
                    }
                    if case .double(let x) = current, case .double(let y) = rhs { write(rt, .double(x + y)); return .void }
                    if case .array = current {
                        let modify = self.modifier(lvalue.root)
                        try modify(rt) { (place: inout Value) throws(ScriptError) in
                            do throws(ScriptError) { try Places.append(&place, rhs) } catch { throw error.located(at: span) }
                        }
                        return .void
                    }
                    do throws(ScriptError) { write(rt, try Operators.binary("+", current, rhs)) } catch { throw error.located(at: span) }
                    return .void
                }
            }
            return { rt throws(ScriptError) in
                let rhs = try value(rt)
                do throws(ScriptError) { write(rt, try Operators.binary(binaryOp, try read(rt), rhs)) } catch { throw error.located(at: span) }
                return .void
            }
        }
        let modify = compileModify(lvalue)
        return { rt throws(ScriptError) in
            let rhs = try value(rt)
            do throws(ScriptError) {
                try modify(rt) { (place: inout Value) throws(ScriptError) in
                    if op == "=" { place = rhs } else { place = try Operators.binary(binaryOp, place, rhs) }
                }
            } catch { throw error.located(at: span) }
            return .void
        }
    }

    /// `x += value` on a frame or global slot, with the Int and Double cases inline.
    func fastIncrement(_ ref: VariableRef, _ value: @escaping Eval) -> Eval? {
        switch ref {
        case .global(let slot):
            return { rt throws(ScriptError) in
                let rhs = try value(rt)
                if Compiler.addInPlace(rt.globals + slot, rhs) { return .void }
                let current = rt.globals[slot]
                rt.globals[slot] = .void
                var place = current
                defer { rt.globals[slot] = place }
                try Places.append(&place, rhs)
                return .void
            }
        case .local(let slot):
            return { rt throws(ScriptError) in
                let rhs = try value(rt)
                if Compiler.addInPlace(rt.stack + (rt.fp &+ slot), rhs) { return .void }
                let address = rt.fp &+ slot
                let current = rt.stack[address]
                rt.stack[address] = .void
                var place = current
                defer { rt.stack[rt.fp &+ slot] = place }
                try Places.append(&place, rhs)
                return .void
            }
        default: return nil
        }
    }

    /// `place += rhs` for two Ints (no overflow) or two Doubles, written in place without copying or
    /// releasing the old value (it holds no reference); false when the general path must run.
    @inline(__always)
    static func addInPlace(_ place: UnsafeMutablePointer<Value>, _ rhs: Value) -> Bool {
        if case .int(let x) = place.pointee, case .int(let y) = rhs, case (let sum, false) = x.addingReportingOverflow(y) {
            place.initialize(to: .int(sum))
            return true
        }
        if case .double(let x) = place.pointee, case .double(let y) = rhs {
            place.initialize(to: .double(x + y))
            return true
        }
        return false
    }

    /// `(a, b) = (b, a)`.
    func compileTupleAssignment(_ items: [(String?, Expr)], _ value: @escaping Eval, _ span: SourceSpan) throws(ScriptError) -> Eval {
        let targets = try items.map { (item) throws(ScriptError) -> ((Runtime, (inout Value) throws(ScriptError) -> Void) throws(ScriptError) -> Void)? in
            if case .discard = item.1.kind { return nil }
            return compileModify(try compileLValue(item.1))
        }
        return { rt throws(ScriptError) in
            let result = try value(rt)
            guard case .tuple(let tuple) = result, tuple.elements.count == targets.count else {
                throw ScriptError(kind: .type, message: Message.tupleArity(targets.count, 1), span: span)
            }
            for (target, element) in zip(targets, tuple.elements) {
                try target?(rt) { (place: inout Value) throws(ScriptError) in place = element }
            }
            return .void
        }
    }
}
