/// `switch` with value, range, tuple and `let` patterns, `where` guards, `default`; no fall-through.
extension Compiler {
    func compileSwitch(_ subject: Expr, _ cases: [SwitchCase], _ span: SourceSpan) throws(ScriptError) -> Exec {
        try checkExhaustive(cases, span)
        if let tagDispatch = try compileEnumSwitch(subject, cases, span) { return tagDispatch }
        let subjectEval = try compileExpr(subject)
        var compiled: [(matchers: [(Runtime, Value) throws(ScriptError) -> Bool], guardTest: ((Runtime) throws(ScriptError) -> Bool)?, body: Exec)] = []
        scope.switchDepth += 1
        defer { scope.switchDepth -= 1 }
        for switchCase in cases {
            scope.pushBlock()
            caseBindings = [:]
            let matchers = try switchCase.patterns.map { (pattern) throws(ScriptError) in try compilePattern(pattern) }
            caseBindings = nil
            let guardTest = try switchCase.guardExpr.map { (expr) throws(ScriptError) in try compileCondition(expr) }
            let body = try compileBlock(switchCase.body)
            scope.popBlock()
            compiled.append((switchCase.isDefault ? [{ _, _ in true }] : matchers, guardTest, body))
        }
        return { rt throws(ScriptError) in
            let value = try subjectEval(rt)
            for (index, entry) in compiled.enumerated() {
                for matcher in entry.matchers where try matcher(rt, value) {
                    if let guardTest = entry.guardTest, !(try guardTest(rt)) { continue }
                    return try Compiler.runCase(index, count: compiled.count) { (next) throws(ScriptError) in
                        try compiled[next].body(rt)
                    }
                }
            }
            throw ScriptError(kind: .runtime, message: Message.switchExhaustive(), span: span)
        }
    }

    /// A pattern matcher that binds names as it matches.
    func compilePattern(_ pattern: Pattern, binding: Bool = false) throws(ScriptError) -> (Runtime, Value) throws(ScriptError) -> Bool {
        switch pattern {
        case .wildcard: return { _, _ in true }
        case .binding(let name, let span):
            if binding {
                // The patterns of one `case a(let x), b(let x):` bind the same variable.
                let ref: VariableRef
                if let bound = caseBindings?[name] { ref = bound } else { ref = try declare(name, isVar: false, span: span) }
                caseBindings?[name] = ref
                let store = initializer(ref)
                return { rt, value in store(rt, value); return true }
            }
            return try compileExpressionPattern(Expr(.identifier(name), span))
        case .letBinding(let inner): return try compilePattern(inner, binding: true)
        case .optionalSome(let inner):
            let match = try compilePattern(inner, binding: binding)
            // A value that is not marked optional (an element of `[1, nil, 3]`) is a present one: only nil fails.
            return { rt, value throws(ScriptError) in
                switch value {
                case .wrapped(let unwrapped): return try match(rt, unwrapped)
                case .null: return false
                default: return try match(rt, value)
                }
            }
        case .tuple(let items):
            let matchers = try items.map { (item) throws(ScriptError) in try compilePattern(item, binding: binding) }
            return { rt, value throws(ScriptError) in
                guard case .tuple(let tuple) = value, tuple.elements.count == matchers.count else { return false }
                for (matcher, element) in zip(matchers, tuple.elements) where !(try matcher(rt, element)) { return false }
                return true
            }
        case .expression(let expr): return try compileExpressionPattern(expr)
        case .enumCase(let type, let name, let items, let span):
            return try compileEnumCasePattern(type, name, items, binding: binding, span)
        case .isType(let type, let span):
            try requireKnownTypes(type, span)
            return compileIsPattern(type)
        case .cast(let inner, let type, let span):
            try requireKnownTypes(type, span)
            return try compileCastPattern(inner, type, binding: binding)
        }
    }

    /// `~=`: a range contains the value, otherwise equality.
    func compileExpressionPattern(_ expr: Expr) throws(ScriptError) -> (Runtime, Value) throws(ScriptError) -> Bool {
        let eval = try compileExpr(expr)
        return { rt, value throws(ScriptError) in
            let pattern = try eval(rt)
            if case .range(let range) = pattern, !(value.isRange) { return Ranges.contains(range, value) }
            return Operators.equalIfComparable(pattern, value) ?? false
        }
    }
}

extension Value {
    var isRange: Bool { if case .range = self { true } else { false } }
}

/// Range membership.
enum Ranges {
    static func contains(_ range: RangeValue, _ value: Value) -> Bool {
        guard let low = Operators.lessIfComparable(value, range.lower), !low else { return false }
        if range.isClosed { return !(Operators.lessIfComparable(range.upper, value) ?? true) }
        return Operators.lessIfComparable(value, range.upper) ?? false
    }
}

extension Compiler {
    /// Runs the body of the case at `index` of a switch's `count`; `fallthrough` runs the next bodies in turn.
    /// A `break` ends the switch (not an enclosing loop).
    @inline(__always)
    static func runCase(_ index: Int, count: Int,
                        _ body: (Int) throws(ScriptError) -> Flow) throws(ScriptError) -> Flow {
        var flow = try body(index)
        var next = index + 1
        while flow == .fallthroughCase, next < count {
            flow = try body(next)
            next += 1
        }
        return flow == .breakLoop || flow == .fallthroughCase ? .normal : flow
    }
}
