/// Call sites of a global `func` by name with positional, non-inout arguments: when the function is
/// simple (see `GlobalCallSite`), arguments are evaluated straight into the callee's frame and the body
/// runs through `Runtime.invokeDirect`; otherwise `fallback` (the cached general path) runs.
extension Compiler {
    /// One or two positional, non-inout arguments compiled once into separate closures: a closure taken
    /// out of an array is called through two reabstraction thunks, so hot call paths avoid `[Eval]`.
    enum ArgumentShape {
        case one(Eval)
        case two(Eval, Eval)
        case other

        /// The arguments as an array, for the general path; nil for `other`.
        var evals: [Eval]? {
            switch self {
            case .one(let first): [first]
            case .two(let first, let second): [first, second]
            case .other: nil
            }
        }
    }

    func compileArgumentShape(_ arguments: [Argument]) throws(ScriptError) -> ArgumentShape {
        guard !arguments.contains(where: \.isInout) else { return .other }
        switch arguments.count {
        case 1: return .one(try compileExpr(arguments[0].value))
        case 2:
            let first = try compileExpr(arguments[0].value)
            return .two(first, try compileExpr(arguments[1].value))
        default: return .other
        }
    }

    func directGlobalCall(_ site: GlobalCallSite, _ shape: ArgumentShape, _ evals: [Eval], fallback: @escaping Eval,
                          _ span: SourceSpan) -> Eval {
        switch shape {
        case .one(let first):
            return { rt throws(ScriptError) in
                guard !rt.capturesInUse, let target = site.resolve(rt.globals) else { return try fallback(rt) }
                let base = rt.openFrame(arguments: 1)
                let value = try first(rt)
                rt.stack[base] = value
                return try rt.runDirect(target, base: base, span: span)
            }
        case .two(let first, let second):
            return { rt throws(ScriptError) in
                guard !rt.capturesInUse, let target = site.resolve(rt.globals) else { return try fallback(rt) }
                let base = rt.openFrame(arguments: 2)
                let a = try first(rt)
                rt.stack[base] = a
                let b = try second(rt)
                rt.stack[base &+ 1] = b
                return try rt.runDirect(target, base: base, span: span)
            }
        case .other:
            let count = evals.count
            return { rt throws(ScriptError) in
                guard !rt.capturesInUse, let target = site.resolve(rt.globals) else { return try fallback(rt) }
                let base = rt.openFrame(arguments: count)
                var index = 0
                while index < count {
                    let value = try evals[index](rt)
                    rt.stack[base &+ index] = value
                    index &+= 1
                }
                return try rt.runDirect(target, base: base, span: span)
            }
        }
    }
}
