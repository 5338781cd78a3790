/// What the compiler knows inside a declared type's members: which type `self` is, whether it may be mutated,
/// which bare names are members (`x` means `self.x` unless a local is called `x`), and how written type names
/// resolve to checks (declared types, protocols, generic parameters, aliases).
struct TypeContext {
    /// The type whose member is being compiled (a protocol for a protocol extension, a pseudo-type for an
    /// extension of a built-in type).
    let type: DeclaredType
    var isStatic = false
    /// `self` is a `var`: a mutating method, an initializer, a setter or observer of a struct or enum.
    var isMutating = false
    var isInitializer = false
    /// Whether bare member names mean `self.name` (not in stored properties' default values).
    var implicitMembers = true
}

extension Compiler {
    /// Runs `body` with `context` as the type context (restored afterwards).
    func withTypeContext<T>(_ context: TypeContext?, _ body: () throws(ScriptError) -> T) throws(ScriptError) -> T {
        let saved = typeContext
        typeContext = context
        defer { typeContext = saved }
        return try body()
    }

    /// Compiles with only globals in scope (default values, static initialisers): the code runs in a frame of
    /// its own wherever it is first needed.
    func compileDetached(_ context: TypeContext, _ body: () throws(ScriptError) -> Eval) throws(ScriptError) -> Eval {
        let outer = scope
        scope = FunctionScope(parent: nil, isCell: false, capturedNames: [])
        defer { scope = outer }
        let eval = try withTypeContext(context, body)
        let frameSize = scope.frameSize
        if frameSize == 0 { return eval }
        return { rt throws(ScriptError) in
            let base = rt.openFrame(arguments: frameSize)
            let savedFp = rt.fp
            rt.fp = base
            defer {
                for slot in base..<(base + frameSize) { rt.stack[slot] = .void }
                rt.fp = savedFp; rt.top = base
            }
            return try eval(rt)
        }
    }

    /// `self.name` for a bare name that is a member of the type being compiled (and not a local).
    func implicitSelf(_ name: String, _ span: SourceSpan) -> Expr? {
        guard let context = typeContext, context.implicitMembers, name != "self" else { return nil }
        let names = context.isStatic ? context.type.visibleStaticNames : context.type.visibleMemberNames
        guard names.contains(name) || (!context.isStatic && context.type.kind == .builtin
                                       && Self.builtinMemberNames(context.type.name).contains(name)) else { return nil }
        if let variable = lookup(name), !variable.isGlobal { return nil }
        return Expr(.member(Expr(.identifier("self"), span), name, nameSpan: span), span)
    }

    /// Members of a built-in type that a bare name means inside its extension (`reduce` in `extension Array`).
    static func builtinMemberNames(_ typeName: String) -> Set<String> {
        let sample: Value
        switch typeName {
        case "Array", "Sequence", "Collection", "BidirectionalCollection", "RandomAccessCollection", "MutableCollection",
             "RangeReplaceableCollection", "Set":
            sample = .array([])
        case "String", "StringProtocol", "Substring": sample = .string("")
        case "Dictionary": sample = .dictionary(OrderedDictionary())
        case "Int", "BinaryInteger", "SignedInteger", "FixedWidthInteger": sample = .int(0)
        case "Double", "Float", "FloatingPoint", "BinaryFloatingPoint": sample = .double(0)
        default: return []
        }
        return Set(Members.memberNames(of: sample))
    }

    /// The compiled check for a written type, knowing declared types, protocols, aliases and generic parameters.
    func typeCheck(_ type: TypeAnnotation) -> TypeCheck? {
        guard var check = TypeCheck.make(type, resolve: { [unowned self] name in self.namedCheck(name) }) else { return nil }
        if case .named(let name) = type, genericConstraints(name) == nil, resolveAlias(name) == nil,
           let declared = resolveDeclaredType(name), declared.kind != .protocolType, declared.kind != .builtin {
            check.simple = 5
            check.declaredIdentity = Unmanaged.passUnretained(declared).toOpaque()
        }
        return check
    }

    /// The check for a type name the built-in checks do not know; nil accepts anything.
    func namedCheck(_ name: String) -> ((Value) -> Value?)? {
        if let constraints = genericConstraints(name) {
            let names = constraints.map(\.text)
            if names.isEmpty { return nil }
            let registry = session.typeRegistry
            return { value in names.allSatisfy { StandardProtocols.conforms(value, to: $0, registry: registry) } ? value : nil }
        }
        if let alias = resolveAlias(name) { return TypeCheck.checker(alias) { [unowned self] in self.namedCheck($0) } }
        if name == "Self", let context = typeContext { return Self.instanceCheck(context.type, registry: session.typeRegistry) }
        if let declared = resolveDeclaredType(name) { return Self.instanceCheck(declared, registry: session.typeRegistry) }
        if StandardProtocols.names.contains(name) {
            let registry = session.typeRegistry
            return { value in StandardProtocols.conforms(value, to: name, registry: registry) ? value : nil }
        }
        return nil
    }

    /// Values of a declared type (or a subclass, or a conforming type for a protocol); `.north` written where
    /// an enum is expected becomes that case.
    static func instanceCheck(_ declared: DeclaredType, registry: TypeRegistry) -> (Value) -> Value? {
        switch declared.kind {
        case .protocolType:
            let name = declared.name
            return { value in StandardProtocols.conforms(value, to: name, registry: registry) ? value : nil }
        case .builtin:
            return { $0 }
        case .enumeration:
            return { value in
                if let type = value.declaredType { return type === declared ? value : nil }
                if case .symbol(let name) = value, let index = declared.caseIndex[name], let singleton = declared.cases[index].singleton {
                    return .instance(singleton)
                }
                return nil
            }
        default:
            return { value in
                guard let type = value.declaredType else { return nil }
                return type === declared || type.isSubtype(of: declared) ? value : nil
            }
        }
    }

    /// The constraints of a generic parameter in scope (of the function or type being compiled), or nil.
    func genericConstraints(_ name: String) -> [TypeAnnotation]? {
        for scope in genericScopes.reversed() {
            if let parameter = scope.parameters.first(where: { $0.name == name }) { return parameter.constraints }
        }
        if let context = typeContext {
            for type in context.type.lineage {
                if let parameter = type.genericParameters.first(where: { $0.name == name }) { return parameter.constraints }
            }
            if context.type.allProtocols.contains(where: { $0.associatedTypes.contains(name) }) || context.type.associatedTypes.contains(name) {
                return []
            }
        }
        return nil
    }

    /// A `typealias` visible here: one declared in the type being compiled, then a top-level one.
    func resolveAlias(_ name: String) -> TypeAnnotation? {
        if let context = typeContext {
            for type in context.type.lineage { if let alias = type.typeAliases[name] { return alias } }
        }
        return session.typeRegistry.aliases[name]
    }

    /// A declared type by name: nested in the type being compiled (or its outer types), then top level.
    func resolveDeclaredType(_ name: String) -> DeclaredType? {
        if name == "Self", let context = typeContext, context.type.kind != .protocolType { return context.type }
        var outer = typeContext?.type
        while let type = outer {
            if let nested = type.nestedTypes[name] { return nested }
            outer = type.outer
        }
        if let declared = session.typeRegistry.types[name] { return declared }
        if let alias = resolveAlias(name), case .named(let target) = alias, target != name { return resolveDeclaredType(target) }
        return nil
    }
}

extension Variable {
    var isGlobal: Bool { if case .global = ref { true } else { false } }
}

/// The generic parameters of a function being compiled.
struct GenericScope {
    var function: String
    var parameters: [GenericParameter]
}

extension Compiler {
    /// A parameter check that names the violated constraint (`global function 'largest' requires that 'Point'
    /// conform to 'Comparable'`) when the type uses the function's generic parameters.
    func genericCheck(_ check: TypeCheck?, _ type: TypeAnnotation) -> TypeCheck? {
        guard var check, let scope = genericScopes.last, !scope.parameters.isEmpty else { return check }
        let constraints = Dictionary(scope.parameters.map { ($0.name, $0.constraints.map(\.text)) }, uniquingKeysWith: { a, _ in a })
        let registry = session.typeRegistry
        let function = scope.function
        check.explain = { value in Self.violation(type, value, constraints, registry).map { Message.requiresConformance(function, $0, $1) } }
        return check
    }

    /// The first value inside `value` that breaks a generic constraint of `type`: (its type name, the protocol).
    static func violation(_ type: TypeAnnotation, _ value: Value, _ constraints: [String: [String]],
                          _ registry: TypeRegistry) -> (String, String)? {
        switch (type, value) {
        case (.named(let name), _):
            guard let protocols = constraints[name] else { return nil }
            for proto in protocols where !StandardProtocols.conforms(value, to: proto, registry: registry) { return (value.typeName, proto) }
            return nil
        case (.array(let element), .array(let items)):
            for item in items { if let found = violation(element, item, constraints, registry) { return found } }
            return nil
        case (.optional(let wrapped), .wrapped(let inner)): return violation(wrapped, inner, constraints, registry)
        default: return nil
        }
    }
}
