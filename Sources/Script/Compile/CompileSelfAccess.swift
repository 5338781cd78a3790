/// Stored properties of `self` inside a type's own members, addressed by the field index known at compile
/// time (no lookup by name): `x`, `self.x`, `x = …`, `x += …`. Initializers may set `let` properties and do
/// not run observers, as in Swift. For a class, the index holds in subclasses too; an instance of a subclass
/// that overrides the property goes the general way.
extension Compiler {
    /// The stored property `name` of `self` when the fast paths apply: (field index, the type compiled).
    func selfField(_ target: Expr) -> (index: Int, field: StoredField, context: TypeContext)? {
        guard let context = typeContext, !context.isStatic, context.type.kind == .structure || context.type.kind == .classType
        else { return nil }
        let name: String
        switch target.kind {
        case .member(let base, let member, _):
            guard case .identifier("self") = base.kind else { return nil }
            name = member
        case .identifier(let bare):
            guard implicitSelf(bare, target.span) != nil else { return nil }
            name = bare
        default: return nil
        }
        guard let index = context.type.fieldIndex[name] else { return nil }
        return (index, context.type.fields[index], context)
    }

    /// Runs `body` on the place holding `self` (a frame slot, a box, a captured box).
    private func selfPlace() throws(ScriptError) -> ((Runtime, (UnsafeMutablePointer<Value>) throws(ScriptError) -> Value) throws(ScriptError) -> Value)? {
        guard let variable = lookup("self") else { return nil }
        switch variable.ref {
        case .local(let slot):
            return { rt, body throws(ScriptError) in try body(rt.stack + (rt.fp &+ slot)) }
        case .boxed(let slot):
            return { rt, body throws(ScriptError) in
                let box = Compiler.box(rt.stack[rt.fp &+ slot])
                return try withUnsafeMutablePointer(to: &box.value) { (pointer) throws(ScriptError) -> Value in try body(pointer) }
            }
        case .capture(let index):
            return { rt, body throws(ScriptError) in
                let box = rt.captures[index]
                return try withUnsafeMutablePointer(to: &box.value) { (pointer) throws(ScriptError) -> Value in try body(pointer) }
            }
        case .global: return nil
        }
    }

    /// `self.x` / `x` read in a member; nil when the general member access applies.
    func compileSelfFieldRead(_ expr: Expr, _ general: @escaping Eval) throws(ScriptError) -> Eval? {
        guard let (index, field, context) = selfField(expr), !field.isLazy, let variable = lookup("self") else { return nil }
        let type = context.type
        if case .local(let slot) = variable.ref {
            return { rt throws(ScriptError) in
                if let value = Instance.field(rt.stack + (rt.fp &+ slot), index, of: type) { return value }
                return try general(rt)
            }
        }
        let read = reader(variable.ref)
        return { rt throws(ScriptError) in
            if case .instance(let instance) = try read(rt), instance.type === type { return instance.fields[index] }
            return try general(rt)
        }
    }

    /// A compiled write to a stored property of `self`, as an expression and as a statement (kept in a struct: a
    /// closure returned as an Optional is called through reabstraction thunks).
    struct SelfFieldWrite {
        let eval: Eval
        let statement: Exec
    }

    /// `x = v` / `x op= v` on a stored property of `self`; nil when the general assignment applies (observers,
    /// `let` outside initializers, non-mutating members of value types).
    func compileSelfFieldAssignment(_ op: String, _ target: Expr, _ valueExpr: Expr, _ span: SourceSpan) throws(ScriptError) -> SelfFieldWrite? {
        guard let (index, field, context) = selfField(target) else { return nil }
        let writable = context.isInitializer
            || (field.isVar && !field.hasObservers && !field.isLazy && (context.isMutating || context.type.isReference))
        guard writable, let place = try selfPlace() else { return nil }
        let value = try compileExpr(valueExpr)
        let general: Eval? = context.type.isReference && !context.isInitializer
            ? try compileAssignmentThroughPlaces(op, target, value, span) : nil
        let combine: ((Value, Value) throws(ScriptError) -> Value)? = op == "=" ? nil : Operators.function(String(op.dropLast()))
        let check = field.check, simpleKind = field.check?.simple ?? 0
        let type = context.type
        let arithmetic = Compiler.fastOp(String(op.dropLast())).flatMap { [.add, .subtract, .multiply].contains($0) ? $0 : nil }
        let operatorName = String(op.dropLast())
        /// The new field value, converted to the field's type.
        let store = { (instance: Instance, rhs: Value) throws(ScriptError) -> Void in
            var result = rhs
            if let arithmetic {
                result = try Compiler.apply(arithmetic, operatorName, instance.fields[index], rhs, span)
            } else if let combine {
                do throws(ScriptError) { result = try combine(instance.fields[index], rhs) } catch { throw error.located(at: span) }
            }
            // The kind is read apart from the check, so a value of the field's simple type copies nothing.
            if simpleKind == 0 || !TypeCheck.accepts(simpleKind, result), let check, !check.accepts(result) {
                guard let converted = check.apply(result) else {
                    throw ScriptError(kind: .type, message: Message.convert(result.typeName, to: check.text), span: span)
                }
                result = converted
            }
            instance.fields[index] = result
        }
        // `self` in a frame slot: the instance is borrowed there (no retain; made unique first for a struct).
        if general == nil, case .local(let slot) = lookup("self")?.ref {
            let plain: Eval = { rt throws(ScriptError) in
                let rhs = try value(rt)
                guard let instance = Instance.borrowedUnique(rt.stack + (rt.fp &+ slot)) else {
                    throw ScriptError(kind: .runtime, message: "'self' used before 'self.init' call or assignment to 'self'", span: span)
                }
                let failure = instance._withUnsafeGuaranteedRef { (instance) -> ScriptError? in
                    do throws(ScriptError) { try store(instance, rhs) } catch { return error }
                    return nil
                }
                if let failure { throw failure }
                return .void
            }
            if let fused = compileSelfFieldArithmetic(op, index, field, valueExpr, general: plain) { return fused }
            return SelfFieldWrite(eval: plain, statement: { rt throws(ScriptError) in _ = try plain(rt); return .normal })
        }
        let write: Eval = { rt throws(ScriptError) in
            let rhs = try value(rt)
            return try place(rt) { (pointer) throws(ScriptError) -> Value in
                guard let instance = Instance.unique(pointer) else {
                    throw ScriptError(kind: .runtime, message: "'self' used before 'self.init' call or assignment to 'self'", span: span)
                }
                if let general, instance.type !== type { return try general(rt) }
                try store(instance, rhs)
                return .void
            }
        }
        return SelfFieldWrite(eval: write, statement: { rt throws(ScriptError) in _ = try write(rt); return .normal })
    }
}
