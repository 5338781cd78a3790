/// Operators on values of declared types: the type's operator methods (`static func + (a: V, b: V) -> V`),
/// global operator functions, and the synthesised conformances: `==` member by member for Equatable structs
/// and enums, `<` in declaration order for enums without associated values; `!=`, `>`, `<=`, `>=` derived.
enum UserOperators {
    static func isGlobalOperator(_ name: String, session: Session) -> Bool {
        session.globals[name]?.isFunction ?? false
    }

    /// `lhs op rhs` when either side is an instance (or a user operator is declared); nil when none applies.
    static func binary(_ op: String, _ lhs: Value, _ rhs: Value, rt: Runtime, span: SourceSpan?) throws(ScriptError) -> Value? {
        if let result = try declared(op, lhs, rhs, rt: rt, span: span) { return result }
        switch op {
        case "!=":
            if let equal = try binary("==", lhs, rhs, rt: rt, span: span), case .bool(let flag) = equal { return .bool(!flag) }
        case ">":
            return try binary("<", rhs, lhs, rt: rt, span: span)
        case "<=":
            if let less = try binary("<", rhs, lhs, rt: rt, span: span), case .bool(let flag) = less { return .bool(!flag) }
        case ">=":
            if let less = try binary("<", lhs, rhs, rt: rt, span: span), case .bool(let flag) = less { return .bool(!flag) }
        case "==":
            return try synthesizedEqual(lhs, rhs, rt: rt, span: span).map(Value.bool)
        case "<":
            return synthesizedLess(lhs, rhs).map(Value.bool)
        default: break
        }
        return nil
    }

    /// A prefix operator method (`static prefix func - (v: Vector) -> Vector`) of an instance's type; nil when none.
    static func unary(_ op: String, _ value: Value, span: SourceSpan? = nil) throws(ScriptError) -> Value? {
        guard let type = value.declaredType else { return nil }
        for method in type.staticMethods(named: op) where method.shapes.count == 1 {
            var metatype = Value.type(method.owner.namespace)
            return try type.session.runtime.callAccessor(method, &metatype, [value], span: span)
        }
        return nil
    }

    /// An operator method of either operand's type (or of a protocol it conforms to), or a global `func op`.
    private static func declared(_ op: String, _ lhs: Value, _ rhs: Value, rt: Runtime, span: SourceSpan?) throws(ScriptError) -> Value? {
        for side in [lhs, rhs] {
            let candidates: [UserMethod]
            if let type = side.declaredType { candidates = type.staticMethods(named: op) }
            else { candidates = rt.registry.extensions(for: side).flatMap { $0.staticMethods(named: op) } }
            for method in candidates where method.shapes.count == 2 && accepts(method.proto, [lhs, rhs], offset: 1) {
                var metatype = Value.type(method.owner.namespace)
                return try rt.callAccessor(method, &metatype, [lhs, rhs], span: span)
            }
        }
        if let global = rt.interpreter.session.globals[op], global.isFunction,
           case .function(let function) = rt.globals[global.slot], case .closure(let closure) = function.kind,
           closure.proto.labels.count == 2, accepts(closure.proto, [lhs, rhs], offset: 0) {
            var arguments = [lhs, rhs]
            return try rt.callClosure(closure, &arguments, labels: nil, trailing: [false, false], span: span ?? closure.proto.span)
        }
        return nil
    }

    private static func accepts(_ proto: FunctionProto, _ arguments: [Value], offset: Int) -> Bool {
        Overloads.accepts(proto, arguments.indices.map(ArgumentSource.argument), arguments, offset: offset)
    }

    /// Member-by-member equality of two values of one Equatable struct or enum (nil when not Equatable).
    static func synthesizedEqual(_ lhs: Value, _ rhs: Value, rt: Runtime, span: SourceSpan?) throws(ScriptError) -> Bool? {
        guard case .instance(let a) = lhs, case .instance(let b) = rhs else {
            if case .instance(let a) = lhs, case .symbol(let name) = rhs { return a.type.kind == .enumeration && a.caseName == name }
            if case .symbol(let name) = lhs, case .instance(let b) = rhs { return b.type.kind == .enumeration && b.caseName == name }
            return nil
        }
        let type = a.type
        guard type.kind != .classType, type.conforms(to: "Equatable") || type.conforms(to: "Hashable") else { return nil }
        guard b.type === type else { return false }
        if a === b { return true }
        guard a.tag == b.tag else { return false }
        for index in 0..<min(a.count, b.count) {
            guard try Operators.equal(a[index], b[index], rt: rt, span: span) else { return false }
        }
        return true
    }

    /// Declaration order of the cases of a Comparable enum without raw values or associated values.
    static func synthesizedLess(_ lhs: Value, _ rhs: Value) -> Bool? {
        guard case .instance(let a) = lhs, case .instance(let b) = rhs, a.type === b.type, a.type.kind == .enumeration,
              a.type.rawType == nil, a.type.conforms(to: "Comparable") else { return nil }
        return a.tag < b.tag
    }
}

extension Instance {
    /// The enum case's name (empty for structs and classes).
    var caseName: String { tag < type.cases.count ? type.cases[tag].name : "" }
}

extension Operators {
    /// `==` that also runs operators of declared types (a throwing context with a runtime).
    static func equal(_ lhs: Value, _ rhs: Value, rt: Runtime, span: SourceSpan?) throws(ScriptError) -> Bool {
        if lhs.declaredType != nil || rhs.declaredType != nil,
           let result = try UserOperators.binary("==", lhs, rhs, rt: rt, span: span), case .bool(let flag) = result {
            return flag
        }
        return try equal(lhs, rhs)
    }

    /// `<` that also runs operators of declared types.
    static func less(_ lhs: Value, _ rhs: Value, rt: Runtime, span: SourceSpan?) throws(ScriptError) -> Bool {
        if lhs.declaredType != nil || rhs.declaredType != nil,
           let result = try UserOperators.binary("<", lhs, rhs, rt: rt, span: span), case .bool(let flag) = result {
            return flag
        }
        return try less(lhs, rhs, op: "<")
    }

    /// The runtime of a declared type's value, for the comparisons that run user operators.
    static func runtime(of values: Value...) -> Runtime? {
        for value in values { if let type = value.declaredType { return type.session.runtime } }
        return nil
    }
}

extension Operators {
    /// `===`: the same class instance (or both nil).
    static func identical(_ lhs: Value, _ rhs: Value) throws(ScriptError) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.null, _), (_, .null): return false
        case (.wrapped(let a), _): return try identical(a, rhs)
        case (_, .wrapped(let b)): return try identical(lhs, b)
        case (.instance(let a), .instance(let b)) where a.type.isReference && b.type.isReference: return a === b
        case (.native(let a), .native(let b)): return a === b
        default:
            throw ScriptError(kind: .type, message: Message.binary("===", lhs.typeName, rhs.typeName))
        }
    }
}
