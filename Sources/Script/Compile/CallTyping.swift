/// The literals of a call's arguments typed by the parameters they meet (`LiteralTyping`): `f(7 / 2)` passes 3.5
/// to a `Double` parameter, `Point(x: 1 / 2, y: 0)` 0.5 to a Double property, `Box<Double>(v: 1)` stores 1.0.
/// The parameters are read at compile time from the callee's declaration; when several declarations fit the
/// arguments and disagree on a parameter's type, that argument is left as it is.
extension Compiler {
    /// One parameter as a call site meets it.
    struct ParameterSlot {
        var label: String?
        var type: TypeAnnotation?
        var hasDefault: Bool
        var isVariadic = false
    }

    /// `arguments` with their literals typed by the parameters of every declaration `parameterLists` finds that
    /// the arguments fit.
    func typedArguments(_ arguments: [Argument], by lists: [[ParameterSlot]]) -> [Argument] {
        let fits = lists.compactMap { Self.parameterTypes($0, for: arguments) }
        guard let first = fits.first else { return arguments }
        var typed = arguments
        for index in arguments.indices {
            guard let type = first[index], fits.allSatisfy({ $0[index] == type }) else { continue }
            typed[index].value = typedLiterals(arguments[index].value, as: type)
        }
        return typed
    }

    /// Whether an argument has literals a parameter type could retype.
    func hasTypableLiteral(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .array, .dictionary, .tuple, .closure: true
        default: Self.isImplicitMember(expr) || hasRetypableLiteral(expr)
        }
    }

    /// The type of the parameter each argument meets (labels matched in order, defaulted parameters skipped), or
    /// nil when the arguments do not fit the list.
    static func parameterTypes(_ parameters: [ParameterSlot], for arguments: [Argument]) -> [TypeAnnotation?]? {
        var types: [TypeAnnotation?] = []
        var next = 0
        for argument in arguments {
            while next < parameters.count, parameters[next].label != argument.label, parameters[next].hasDefault { next += 1 }
            guard next < parameters.count, parameters[next].label == argument.label || argument.isTrailing,
                  !parameters[next].isVariadic else { return nil }
            types.append(parameters[next].type)
            next += 1
        }
        guard parameters[next...].allSatisfy(\.hasDefault) else { return nil }
        return types
    }

    /// The parameter lists of a compiled function, without a method's `self`.
    static func parameterSlots(_ proto: FunctionProto) -> [ParameterSlot] {
        var slots = proto.labels.indices.map { index in
            ParameterSlot(label: proto.labels[index], type: proto.parameterAnnotations[index],
                          hasDefault: index < proto.defaults.count && proto.defaults[index] != nil,
                          isVariadic: proto.variadicParameter == index)
        }
        if proto.parameterNames.first == "self" { slots.removeFirst() }
        return slots
    }

    static func parameterSlots(_ decl: FunctionDecl) -> [ParameterSlot] {
        decl.parameters.map { ParameterSlot(label: $0.label, type: $0.type, hasDefault: $0.defaultValue != nil, isVariadic: $0.isVariadic) }
    }

    /// The parameter lists a call of `callee` may meet: a function's declarations, a declared type's initializers
    /// (memberwise included, with its generic arguments put in), a static method, an enum case.
    func parameterLists(_ callee: Expr) -> [[ParameterSlot]] {
        switch callee.kind {
        case .identifier(let name):
            if isVariable(name) {
                // Every declaration by this name, this cell's and earlier cells' (overloads may span cells).
                let earlier = session.topLevelFunctions[name]?.map { Self.parameterSlots($0.closure.proto) } ?? []
                return (functionDecls[name] ?? []).map(Self.parameterSlots) + earlier
            }
            guard let type = resolveDeclaredType(name), type.kind != .builtin else { return [] }
            return initializerLists(type, arguments: nil)
        case .specializedType(let name, let arguments):
            return resolveDeclaredType(name).map { initializerLists($0, arguments: arguments) } ?? []
        case .member(let base, let name, _):
            if case .identifier(let typeName) = base.kind, !isVariable(typeName), let type = resolveDeclaredType(typeName) {
                if let index = type.caseIndex[name], index < type.cases.count {
                    let enumCase = type.cases[index]
                    return [zip(enumCase.labels, enumCase.types).map { ParameterSlot(label: $0, type: $1, hasDefault: false) }]
                }
                return (type.staticMethods[name] ?? []).map { Self.parameterSlots($0.closure.proto) }
            }
            guard case .named(let typeName)? = resolvedType(staticType(base)), let type = resolveDeclaredType(typeName) else { return [] }
            return type.lineage.flatMap { ($0.methods[name] ?? []).map { Self.parameterSlots($0.closure.proto) } }
        default: return []
        }
    }

    /// The initializers of a declared type; with generic `arguments`, the memberwise one with them put in place of
    /// the type's generic parameters.
    func initializerLists(_ type: DeclaredType, arguments: [TypeAnnotation]?) -> [[ParameterSlot]] {
        var lists = type.initializers.map { Self.parameterSlots($0.closure.proto) }
        guard let memberwise = type.memberwise else { return lists }
        lists.append(memberwise.parameters.compactMap { (parameter) -> ParameterSlot? in
            guard parameter.field < type.fields.count else { return nil }
            let field = type.fields[parameter.field]
            let fieldType = field.type.map { Self.bound($0, type.genericParameters, arguments ?? []) }
            return ParameterSlot(label: field.name, type: fieldType, hasDefault: parameter.hasDefault)
        })
        return lists
    }

    /// The result type that every declaration of the function `name` (or of the method `name` of the declared
    /// type `owner`) writes, or nil when they differ or one writes none.
    func resultType(of name: String, in owner: DeclaredType? = nil) -> TypeAnnotation? {
        let types: [TypeAnnotation?]
        if let owner {
            types = owner.lineage.flatMap { ($0.methods[name] ?? []).map(\.closure.proto.returnAnnotation) }
        } else {
            types = (functionDecls[name] ?? []).map(\.returnType) + (session.topLevelFunctions[name] ?? []).map(\.closure.proto.returnAnnotation)
        }
        guard let first = types.first, let type = first, types.allSatisfy({ $0 == type }) else { return nil }
        return type
    }
}
