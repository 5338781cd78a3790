/// Patterns about declared types: enum cases with their associated values (`.circle(let r)`,
/// `Shape.rect(width: let w, _)`, `.some(let x)`, `.none`), `is Dog`, `let d as Dog`; and the compile-time
/// check that a `switch` over an enum covers every case (`switch must be exhaustive`).
extension Compiler {
    typealias Matcher = (Runtime, Value) throws(ScriptError) -> Bool

    func compileEnumCasePattern(_ typeName: String?, _ name: String, _ items: [(label: String?, pattern: Pattern)]?,
                                binding: Bool, _ span: SourceSpan) throws(ScriptError) -> Matcher {
        let expected: DeclaredType? = typeName.flatMap { resolveDeclaredType($0) }
        if let typeName, items == nil, expected?.caseIndex[name] == nil {
            // `Double.pi`, `Config.limit`: a value compared with `==`, not a case.
            let member = Expr(.member(Expr(.identifier(typeName), span), name, nameSpan: span), span)
            return try compileExpressionPattern(member)
        }
        let subpatterns = try (items ?? []).map { (item) throws(ScriptError) in try compilePattern(item.pattern, binding: binding) }
        if let typeName, expected == nil, typeName != "Optional" {
            throw error(.name, Message.cannotFindType(typeName), span)
        }
        if let expected, expected.caseIndex[name] == nil {
            throw error(.name, Message.noStaticMember(expected.name, name), span)
        }
        // A value that is not an enum instance is compared with `.name` as an expression (`case .infinity:`).
        let fallback: Eval = items == nil ? (compileImplicitMember(name, span) ?? { _ in .symbol(name) }) : { _ in .void }
        let cache = CaseTagCache(name: name)
        let hasItems = items != nil
        return { rt, value throws(ScriptError) in
            switch value {
            case .instance(let instance):
                guard let tag = cache.tag(in: instance.type), instance.tag == tag else { return false }
                guard hasItems else { return true }
                return try Self.matchPayload(instance, subpatterns, rt)
            case .wrapped(let inner) where name == "some":
                guard subpatterns.count <= 1 else { return false }
                return try subpatterns.first?(rt, inner) ?? true
            case .null: return name == "none"
            case .symbol(let symbol): return !hasItems && symbol == name
            default:
                guard !hasItems else { return false }
                return Operators.equalIfComparable(value, try fallback(rt)) ?? false
            }
        }
    }

    /// Associated values against sub-patterns; one sub-pattern for several values binds them as a tuple.
    private static func matchPayload(_ instance: Instance, _ subpatterns: [Matcher], _ rt: Runtime) throws(ScriptError) -> Bool {
        let count = instance.count
        if subpatterns.count == 1, count != 1 {
            let tuple = Value.tuple(TupleValue(elements: (0..<count).map { instance[$0] }))
            return try subpatterns[0](rt, tuple)
        }
        if subpatterns.count != count {
            if count == 1, case .tuple(let tuple) = instance[0], tuple.elements.count == subpatterns.count {
                for (matcher, element) in zip(subpatterns, tuple.elements) where !(try matcher(rt, element)) { return false }
                return true
            }
            return false
        }
        for index in 0..<count where !(try subpatterns[index](rt, instance[index])) { return false }
        return true
    }

    /// `is Type`.
    func compileIsPattern(_ type: TypeAnnotation) -> Matcher {
        guard let check = typeCheck(type) else { return { _, _ in true } }
        let looksThrough = Self.castLooksThroughOptionals(type)
        return { _, value in check.apply(looksThrough ? value.castOperand : value) != nil }
    }

    /// Whether a cast to `type` looks at the value inside an optional, as Swift casts it (`shapes.first as? Circle`,
    /// an `Int?` `as? Int`, `case is Dog` over a `Pet?`): every type but an optional and `Any`.
    static func castLooksThroughOptionals(_ type: TypeAnnotation) -> Bool {
        switch type {
        case .optional: false
        case .named(let name): name != "Any"
        default: true
        }
    }

    /// `pattern as Type`: the value cast to the type, then matched.
    func compileCastPattern(_ inner: Pattern, _ type: TypeAnnotation, binding: Bool) throws(ScriptError) -> Matcher {
        let match = try compilePattern(inner, binding: binding)
        guard let check = typeCheck(type) else { return match }
        let looksThrough = Self.castLooksThroughOptionals(type)
        return { rt, value throws(ScriptError) in
            guard let cast = check.apply(looksThrough ? value.castOperand : value) else { return false }
            return try match(rt, cast)
        }
    }

    // MARK: - Exhaustiveness

    /// A `switch` whose cases are all cases of one declared enum must cover every case (or have `default`).
    func checkExhaustive(_ cases: [SwitchCase], _ span: SourceSpan) throws(ScriptError) {
        guard !cases.contains(where: \.isDefault) else { return }
        var names: [String] = []
        var covered = Set<String>()
        var typeName: String?
        for switchCase in cases {
            for pattern in switchCase.patterns {
                guard let (written, name, complete) = Self.casePattern(pattern) else { return }
                if let written { typeName = written }
                names.append(name)
                if complete && switchCase.guardExpr == nil { covered.insert(name) }
            }
        }
        guard !names.isEmpty else { return }
        let type: DeclaredType?
        if let typeName { type = resolveDeclaredType(typeName) }
        else if let context = typeContext, names.allSatisfy({ context.type.caseIndex[$0] != nil }) { type = context.type }
        else {
            type = session.typeRegistry.types.values.filter { enumType in
                enumType.kind == .enumeration && names.allSatisfy { enumType.caseIndex[$0] != nil }
            }.max(by: { $0.serial < $1.serial })
        }
        guard let type, type.kind == .enumeration else { return }
        if type.cases.contains(where: { !covered.contains($0.name) }) {
            throw error(.type, Message.switchMustBeExhaustive, span)
        }
    }

    /// The enum case a pattern names, and whether it matches every value of that case.
    private static func casePattern(_ pattern: Pattern) -> (String?, String, Bool)? {
        switch pattern {
        case .enumCase(let type, let name, let items, _):
            let complete = (items ?? []).allSatisfy { isIrrefutable($0.pattern) }
            return (type, name, complete)
        case .letBinding(let inner): return casePattern(inner)
        default: return nil
        }
    }

    private static func isIrrefutable(_ pattern: Pattern) -> Bool {
        switch pattern {
        case .wildcard, .binding: true
        case .letBinding(let inner): isIrrefutable(inner)
        case .tuple(let items): items.allSatisfy(isIrrefutable)
        default: false
        }
    }
}

/// The tag of a case name in the enum type last matched (a pattern site usually sees one type).
final class CaseTagCache {
    let name: String
    private unowned(unsafe) var type: DeclaredType?
    private var cachedTag: Int?
    init(name: String) { self.name = name }

    @inline(__always)
    func tag(in type: DeclaredType) -> Int? {
        if type === self.type { return cachedTag }
        self.type = type
        cachedTag = type.caseIndex[name]
        return cachedTag
    }
}

extension Value {
    /// The value inside any number of optionals (nil stays nil): what a cast to a non-optional type checks.
    var castOperand: Value {
        var current = self
        while case .wrapped(let inner) = current { current = inner }
        return current
    }
}
