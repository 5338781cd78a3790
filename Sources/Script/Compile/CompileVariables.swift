/// Reading and writing variables through their resolved slots.
extension Compiler {
    static func box(_ value: Value) -> Box {
        if case .native(let object) = value { return unsafeDowncast(object as AnyObject, to: Box.self) }
        return Box(value)
    }

    func reader(_ ref: VariableRef) -> Eval {
        switch ref {
        case .local(let slot): return { rt in rt.stack[rt.fp &+ slot] }
        case .boxed(let slot): return { rt in Compiler.box(rt.stack[rt.fp &+ slot]).value }
        case .capture(let index): return { rt in rt.captures[index].value }
        case .global(let slot): return { rt in rt.globals[slot] }
        }
    }

    /// Stores into an existing variable.
    func writer(_ ref: VariableRef) -> (Runtime, Value) -> Void {
        switch ref {
        case .local(let slot): return { rt, value in rt.stack[rt.fp &+ slot] = value }
        case .boxed(let slot): return { rt, value in Compiler.box(rt.stack[rt.fp &+ slot]).value = value }
        case .capture(let index): return { rt, value in rt.captures[index].value = value }
        case .global(let slot): return { rt, value in rt.globals[slot] = value }
        }
    }

    /// Initialises a freshly declared variable (a boxed local gets a new box each time: loops capture per iteration).
    func initializer(_ ref: VariableRef) -> (Runtime, Value) -> Void {
        if case .boxed(let slot) = ref { return { rt, value in rt.stack[rt.fp &+ slot] = .native(Box(value)) } }
        return writer(ref)
    }

    /// Mutates a variable in place: the value is moved out of its slot while `body` runs (so array and
    /// dictionary storage stays uniquely referenced) and moved back afterwards, also when `body` fails.
    func modifier(_ ref: VariableRef) -> (Runtime, (inout Value) throws(ScriptError) -> Void) throws(ScriptError) -> Void {
        switch ref {
        case .local(let slot):
            return { rt, body throws(ScriptError) in
                var value = Value.take(&rt.stack[rt.fp &+ slot])
                defer { rt.stack[rt.fp &+ slot] = value }
                try body(&value)
            }
        case .boxed(let slot):
            return { rt, body throws(ScriptError) in
                let box = Compiler.box(rt.stack[rt.fp &+ slot])
                var value = Value.take(&box.value)
                defer { box.value = value }
                try body(&value)
            }
        case .capture(let index):
            return { rt, body throws(ScriptError) in
                let box = rt.captures[index]
                var value = Value.take(&box.value)
                defer { box.value = value }
                try body(&value)
            }
        case .global(let slot):
            return { rt, body throws(ScriptError) in
                var value = Value.take(&rt.globals[slot])
                defer { rt.globals[slot] = value }
                try body(&value)
            }
        }
    }

    /// The variable's value: its slot, or for a computed variable the result of calling the getter in its slot.
    func valueReader(_ variable: Variable, _ span: SourceSpan) -> Eval {
        let read = reader(variable.ref)
        guard variable.isComputed else { return read }
        return { rt throws(ScriptError) in
            var none: [Value] = []
            return try rt.callValue(try read(rt), &none, labels: [], trailing: [], span: span)
        }
    }

    /// An identifier in expression position: variable, builtin function, or type.
    func compileIdentifier(_ name: String, _ span: SourceSpan) throws(ScriptError) -> Eval {
        if let variable = lookup(name) { return valueReader(variable, span) }
        if let function = session.builtins[name] { let value = Value.function(function); return { _ in value } }
        if let namespace = session.types[name] { let value = Value.type(namespace); return { _ in value } }
        if let typeValue = try compileTypeName(name, span) { return typeValue }
        throw nameError(name, span)
    }
}
