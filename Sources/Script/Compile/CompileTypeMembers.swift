/// Phases 4 and 5 of type declarations: member bodies compiled as functions of `self`, and the protocol
/// conformance checks (`type 'X' does not conform to protocol 'P'`).
extension TypeDeclarations {
    // MARK: - Phase 4: member bodies

    func compileMembers(_ decl: TypeDecl, _ type: DeclaredType) throws(ScriptError) {
        let valueType = type.isValueType || type.kind == .builtin || type.kind == .protocolType
        for member in decl.members {
            switch member {
            case .property(let property):
                try compileProperty(property, type, valueType: valueType)
            case .method(let method):
                if !method.hasBody {
                    type.requirements.append(requirement(for: method))
                    continue
                }
                let isStatic = method.modifiers.isStatic || Self.isOperator(method.function.name)
                let mutating = method.isInitializer || (valueType && method.modifiers.isMutating)
                let compiled = try compileMethod(method.function, type, name: method.isInitializer ? "init" : method.function.name,
                                                 isStatic: isStatic && !method.isInitializer, isMutating: mutating,
                                                 isInitializer: method.isInitializer, isFailable: method.isFailable)
                try add(compiled, to: type, initializer: method.isInitializer, static: isStatic, span: method.function.span)
            case .subscriptMember(let declared):
                try compileSubscript(declared, type, valueType: valueType)
            case .deinitializer(let body, let span):
                guard type.kind == .classType else { throw compiler.error(.syntax, "deinitializers may only be declared within a class", span) }
                let function = FunctionDecl(name: "deinit", parameters: [], returnType: nil, body: body, span: span)
                type.deinitializer = try compileMethod(function, type, name: "deinit", isStatic: false, isMutating: false)
            case .enumCase, .nestedType, .typeAlias, .associatedType: break
            }
        }
        type.runsDeinit = type.lineage.contains { $0.deinitializer != nil }
    }

    private func requirement(for method: MethodDecl) -> Requirement {
        let function = method.function
        let signature = (method.isInitializer ? "init" : function.name) + "(" + function.parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
        return Requirement(kind: method.isInitializer ? .initializer : .method, name: method.isInitializer ? "init" : function.name,
                           signatureName: signature, isStatic: method.modifiers.isStatic)
    }

    private func add(_ method: UserMethod, to type: DeclaredType, initializer: Bool, static isStatic: Bool, span: SourceSpan) throws(ScriptError) {
        if initializer {
            if type.initializers.contains(where: { $0.signatureName == method.signatureName && sameTypes($0, method) }) {
                throw compiler.error(.name, Message.redeclaration(method.signatureName), span)
            }
            type.initializers.append(method)
            return
        }
        let existing = isStatic ? type.staticMethods[method.name] ?? [] : type.methods[method.name] ?? []
        if existing.contains(where: { $0.signatureName == method.signatureName && sameTypes($0, method) }) {
            throw compiler.error(.name, Message.redeclaration(method.signatureName), span)
        }
        if isStatic { type.staticMethods[method.name, default: []].append(method) } else { type.methods[method.name, default: []].append(method) }
    }

    /// Overloads with the same labels must differ in their parameter types.
    private func sameTypes(_ a: UserMethod, _ b: UserMethod) -> Bool { a.proto.parameterTypes == b.proto.parameterTypes }

    private func compileProperty(_ property: PropertyDecl, _ type: DeclaredType, valueType: Bool) throws(ScriptError) {
        let isStatic = property.modifiers.isStatic
        if property.isRequirement {
            type.requirements.append(Requirement(kind: .property(settable: property.requiresSetter), name: property.name,
                                                 signatureName: property.name, isStatic: isStatic))
            return
        }
        if let getterBody = property.getter {
            let getterDecl = FunctionDecl(name: property.name, parameters: [], returnType: property.type, body: getterBody, span: property.span)
            let getter = try compileMethod(getterDecl, type, name: property.name, isStatic: isStatic, isMutating: false)
            var setter: UserMethod?
            if let set = property.setter {
                let setterDecl = FunctionDecl(name: property.name, parameters: [parameter(set.parameter, property.type, set.span)],
                                              returnType: nil, body: set.body, span: set.span)
                setter = try compileMethod(setterDecl, type, name: property.name, isStatic: isStatic, isMutating: valueType && !isStatic)
            }
            let computed = ComputedProperty(getter: getter, setter: setter, type: property.type)
            if isStatic { type.staticProperties[property.name] = .computed(computed) } else { type.computed[property.name] = computed }
            return
        }
        guard !isStatic, let index = type.fieldIndex[property.name] else { return }
        if property.modifiers.isLazy, let value = property.initialValue {
            let lazyDecl = FunctionDecl(name: property.name, parameters: [], returnType: property.type,
                                        body: [Stmt(.returnStmt(value), value.span)], span: property.span)
            type.fields[index].lazyInitializer = try compileMethod(lazyDecl, type, name: property.name, isStatic: false, isMutating: false)
        }
        if let willSet = property.willSet {
            let observer = FunctionDecl(name: "willSet", parameters: [parameter(willSet.parameter, property.type, willSet.span)],
                                        returnType: nil, body: willSet.body, span: willSet.span)
            type.fields[index].willSetObserver = try compileMethod(observer, type, name: "willSet", isStatic: false, isMutating: valueType)
        }
        if let didSet = property.didSet {
            let observer = FunctionDecl(name: "didSet", parameters: [parameter(didSet.parameter, property.type, didSet.span)],
                                        returnType: nil, body: didSet.body, span: didSet.span)
            type.fields[index].didSetObserver = try compileMethod(observer, type, name: "didSet", isStatic: false, isMutating: valueType)
        }
    }

    private func parameter(_ name: String, _ type: TypeAnnotation?, _ span: SourceSpan) -> ParameterDecl {
        ParameterDecl(label: nil, name: name, type: type, defaultValue: nil, isInout: false, isVariadic: false, span: span)
    }

    private func compileSubscript(_ declared: SubscriptDecl, _ type: DeclaredType, valueType: Bool) throws(ScriptError) {
        if declared.getter.isEmpty && declared.setter == nil {
            type.requirements.append(Requirement(kind: .subscriptAccess, name: "subscript", signatureName: "subscript", isStatic: false))
            return
        }
        let getterDecl = FunctionDecl(name: "subscript", parameters: declared.parameters, returnType: declared.returnType,
                                      body: declared.getter, span: declared.span)
        let getter = try compileMethod(getterDecl, type, name: "subscript", isStatic: false, isMutating: false)
        var setter: UserMethod?
        if let set = declared.setter {
            let setterDecl = FunctionDecl(name: "subscript",
                                          parameters: [parameter(set.parameter, declared.returnType, set.span)] + declared.parameters,
                                          returnType: nil, body: set.body, span: set.span)
            setter = try compileMethod(setterDecl, type, name: "subscript", isStatic: false, isMutating: valueType)
        }
        let shapes = declared.parameters.map { ParameterShape(label: $0.label, name: $0.name, hasDefault: $0.defaultValue != nil, isVariadic: $0.isVariadic) }
        type.subscripts.append(UserSubscript(getter: getter, setter: setter, shapes: shapes))
    }

    /// Compiles one member as a function whose parameter 0 is `self`, in the type's context and with only
    /// globals around it (a type's members capture nothing).
    func compileMethod(_ function: FunctionDecl, _ type: DeclaredType, name: String, isStatic: Bool, isMutating: Bool,
                       isInitializer: Bool = false, isFailable: Bool = false) throws(ScriptError) -> UserMethod {
        let selfParameter = ParameterDecl(label: nil, name: "self", type: nil, defaultValue: nil, isInout: false,
                                          isVariadic: false, span: function.span)
        let decl = FunctionDecl(name: name, parameters: [selfParameter] + function.parameters, returnType: function.returnType,
                                body: function.body, span: function.span)
        decl.genericParameters = function.genericParameters
        decl.requirements = function.requirements
        decl.isThrowing = function.isThrowing
        let context = TypeContext(type: type, isStatic: isStatic, isMutating: isMutating, isInitializer: isInitializer)
        let returnsSelf = isMutating && (type.kind != .classType || isInitializer)
        let outer = compiler.scope
        compiler.scope = FunctionScope(parent: nil, isCell: false, capturedNames: [])
        defer { compiler.scope = outer }
        let proto = try compiler.withTypeContext(context) { () throws(ScriptError) in
            try compiler.compileFunction(decl, isClosure: false, method: MethodShape(selfIsVar: isMutating, returnsSelf: returnsSelf))
        }
        if proto.captureCount != 0 {
            throw compiler.error(.syntax, "a type's members cannot capture local variables of the enclosing function", function.span)
        }
        proto.signatureName = function.signatureName
        let declaration = session.declarationLine(function.span)
        return UserMethod(name: name, closure: Closure(proto: proto, captures: []), isMutating: isMutating, isStatic: isStatic,
                          isFailable: isFailable, declaration: declaration, owner: type)
    }

    // MARK: - Phase 5: conformances

    func checkConformances(_ decl: TypeDecl, _ type: DeclaredType) throws(ScriptError) {
        guard type.kind != .builtin || !decl.inherited.isEmpty else { return }
        for proto in type.allProtocols {
            for requirement in proto.requirements where !satisfies(type, requirement) {
                throw compiler.error(.type, Message.doesNotConform(type.name, proto.name), decl.nameSpan)
            }
        }
        for name in type.protocolNames where !satisfiesStandard(type, name) {
            throw compiler.error(.type, Message.doesNotConform(type.name, name), decl.nameSpan)
        }
    }

    private func satisfies(_ type: DeclaredType, _ requirement: Requirement) -> Bool {
        if type.kind == .builtin { return true }
        switch requirement.kind {
        case .property:
            if requirement.isStatic { return type.staticProperty(named: requirement.name) != nil }
            return type.fieldIndex[requirement.name] != nil || type.computedProperty(named: requirement.name) != nil
                || (requirement.name == "rawValue" && type.rawType != nil)
        case .method:
            let methods = requirement.isStatic ? type.staticMethods(named: requirement.name) : type.methods(named: requirement.name)
            if methods.contains(where: { $0.signatureName == requirement.signatureName }) { return true }
            return requirement.isStatic && UserOperators.isGlobalOperator(requirement.name, session: session)
        case .initializer:
            if type.lineage.contains(where: { $0.initializers.contains { $0.signatureName == requirement.signatureName } }) { return true }
            if let memberwise = type.memberwise {
                return "init(" + memberwise.shapes.map { ($0.label ?? "_") + ":" }.joined() + ")" == requirement.signatureName
            }
            return false
        case .subscriptAccess: return !type.allSubscripts.isEmpty
        case .associatedType: return true
        }
    }

    /// The standard protocols with requirements Loupe checks (the rest are synthesised or marker protocols).
    private func satisfiesStandard(_ type: DeclaredType, _ name: String) -> Bool {
        switch name {
        case "Comparable":
            if type.kind == .enumeration, type.rawType == nil, type.cases.allSatisfy({ !$0.hasPayload }) { return true }
            return !type.staticMethods(named: "<").isEmpty || UserOperators.isGlobalOperator("<", session: session)
        case "CustomStringConvertible":
            return type.computedProperty(named: "description") != nil || type.fieldIndex["description"] != nil
        case "CustomDebugStringConvertible":
            return type.computedProperty(named: "debugDescription") != nil || type.fieldIndex["debugDescription"] != nil
        case "CaseIterable":
            return type.kind == .enumeration && type.cases.allSatisfy { !$0.hasPayload }
        case "Identifiable":
            return type.fieldIndex["id"] != nil || type.computedProperty(named: "id") != nil
        case "Equatable", "Hashable":
            return type.kind != .classType || !type.staticMethods(named: "==").isEmpty
                || UserOperators.isGlobalOperator("==", session: session)
        default: return true
        }
    }
}
