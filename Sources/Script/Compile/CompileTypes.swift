/// Type declarations. A cell's types are declared before any of its statements compile, in phases, so types
/// may refer to each other in any order: (1) a `DeclaredType` per declaration, nested ones included;
/// (2) superclass, raw type and conformances; (3) layout: stored properties, cases, member names, static
/// storage; (4) member bodies (methods, initializers, accessors, observers) as functions whose parameter 0 is
/// `self`; (5) protocol conformance checks. Extensions add to the type they extend in the same phases.
extension Compiler {
    /// Declares every `struct`/`class`/`enum`/`protocol`/`extension`/`typealias` among `statements`.
    func declareTypes(_ statements: [Stmt]) throws(ScriptError) {
        var decls: [TypeDecl] = []
        for statement in statements {
            switch statement.kind {
            case .typeDeclaration(let decl): decls.append(decl)
            case .typeAlias(let name, let type):
                if !session.typeRegistry.declareAlias(name, type) { throw error(.type, Message.aliasCycle(name), statement.span) }
            default: break
            }
        }
        guard !decls.isEmpty else { return }
        try TypeDeclarations(compiler: self).declare(decls)
        for decl in decls { declaredTypeDecls.insert(ObjectIdentifier(decl)) }
    }

    /// A type declaration as a statement: declares it if it was not hoisted (a type local to a function), then at
    /// run time initialises its static stored properties in order.
    func compileTypeDeclarationStatement(_ decl: TypeDecl) throws(ScriptError) -> Exec {
        if !declaredTypeDecls.contains(ObjectIdentifier(decl)) {
            try TypeDeclarations(compiler: self).declare([decl])
            declaredTypeDecls.insert(ObjectIdentifier(decl))
        }
        let storages = staticStorages[ObjectIdentifier(decl)] ?? []
        guard !storages.isEmpty else { return { _ in .normal } }
        return { rt throws(ScriptError) in
            for storage in storages { _ = try storage.value(rt) }
            return .normal
        }
    }
}

/// The phases of declaring one group of type declarations (a cell's, or one local type).
struct TypeDeclarations {
    unowned let compiler: Compiler
    var session: Session { compiler.session }
    var registry: TypeRegistry { session.typeRegistry }

    /// Built-in types that may be extended, besides the standard protocols and the library's registered types.
    static let extensibleBuiltins: Set<String> = ["Int", "Double", "Float", "String", "Bool", "Character", "Array",
                                                  "Dictionary", "Set", "Optional", "Range", "ClosedRange"]
    static let rawTypes: Set<String> = ["Int", "String", "Double", "Float", "Character", "UInt8", "UInt", "Int64", "Int32"]

    func declare(_ decls: [TypeDecl]) throws(ScriptError) {
        var pairs: [(TypeDecl, DeclaredType)] = []
        for decl in decls where decl.kind != .extensionType { try makeTypes(decl, outer: nil, into: &pairs) }
        for decl in decls where decl.kind == .extensionType { pairs.append((decl, try extendedType(decl))) }
        for (decl, type) in pairs { try resolveInheritance(decl, type) }
        var laidOut = Set<ObjectIdentifier>()
        for (decl, type) in pairs { try layOut(type, pairs, &laidOut); _ = decl }
        for (decl, type) in pairs { try compileMembers(decl, type) }
        for (decl, type) in pairs where type.kind != .protocolType { try checkConformances(decl, type) }
        TypeRegistry.epoch += 1
    }

    // MARK: - Phase 1: the types

    private func makeTypes(_ decl: TypeDecl, outer: DeclaredType?, into pairs: inout [(TypeDecl, DeclaredType)]) throws(ScriptError) {
        let name = outer.map { $0.name + "." + decl.name } ?? decl.name
        if outer == nil {
            if compiler.cellDeclared.contains(decl.name) {
                throw compiler.error(.name, Message.redeclaration(decl.name), decl.nameSpan)
            }
            compiler.cellDeclared.insert(decl.name)
        } else if outer?.nestedTypes[decl.name] != nil {
            throw compiler.error(.name, Message.redeclaration(decl.name), decl.nameSpan)
        }
        let kind: DeclaredType.Kind = switch decl.kind {
        case .structure: .structure
        case .classType: .classType
        case .enumeration: .enumeration
        default: .protocolType
        }
        let type = DeclaredType(name: name, kind: kind, session: session)
        type.genericParameters = decl.genericParameters
        type.isFinal = decl.modifiers.isFinal
        type.isIndirect = decl.modifiers.isIndirect
        type.outer = outer
        type.declaration = session.declarationLine(decl.span)
        outer?.nestedTypes[decl.name] = type
        registry.types[name] = type
        if outer == nil { session.types[name] = type.namespace }
        pairs.append((decl, type))
        for case .nestedType(let nested) in decl.members { try makeTypes(nested, outer: type, into: &pairs) }
    }

    /// The type an extension adds to: a declared type or protocol, or a built-in type's extension record.
    private func extendedType(_ decl: TypeDecl) throws(ScriptError) -> DeclaredType {
        if let declared = compiler.resolveDeclaredType(decl.name) { return declared }
        let name = decl.name
        guard Self.extensibleBuiltins.contains(name) || StandardProtocols.names.contains(name) || session.types[name] != nil else {
            throw compiler.error(.name, Message.cannotFindType(name), decl.nameSpan)
        }
        if let existing = registry.builtinExtensions[name] { return existing }
        let record = DeclaredType(name: name, kind: .builtin, session: session)
        registry.builtinExtensions[name] = record
        return record
    }

    // MARK: - Phase 2: superclass, raw type, conformances

    private func resolveInheritance(_ decl: TypeDecl, _ type: DeclaredType) throws(ScriptError) {
        for (position, annotation) in decl.inherited.enumerated() {
            let name: String
            switch annotation {
            case .named(let written), .generic(let written, _): name = written
            default: throw compiler.error(.type, "inheritance from non-named type '\(annotation.text)'", decl.nameSpan)
            }
            let found = try compiler.withTypeContext(TypeContext(type: type)) { () throws(ScriptError) in compiler.resolveDeclaredType(name) }
            if let found, found.kind == .classType {
                guard type.kind == .classType, position == 0 else {
                    throw compiler.error(.type, "inheritance from non-protocol type '\(name)'", decl.nameSpan)
                }
                if found.isFinal { throw compiler.error(.type, "inheritance from a final class '\(name)'", decl.nameSpan) }
                if found.isSubtype(of: type) { throw compiler.error(.type, "'\(type.name)' inherits from itself", decl.nameSpan) }
                type.superclass = found
            } else if let found, found.kind == .protocolType {
                if !type.protocols.contains(where: { $0 === found }) { type.protocols.append(found) }
            } else if let found {
                throw compiler.error(.type, "inheritance from non-protocol type '\(found.name)'", decl.nameSpan)
            } else if type.kind == .enumeration, position == 0, Self.rawTypes.contains(name) {
                type.rawType = annotation
                type.protocolNames.insert("RawRepresentable")
            } else if StandardProtocols.names.contains(name) {
                type.protocolNames.insert(name)
            } else {
                throw compiler.error(.name, Message.cannotFindType(name), decl.nameSpan)
            }
        }
    }

    // MARK: - Phase 3: layout

    private func layOut(_ type: DeclaredType, _ pairs: [(TypeDecl, DeclaredType)], _ done: inout Set<ObjectIdentifier>) throws(ScriptError) {
        guard !done.contains(ObjectIdentifier(type)) else { return }
        done.insert(ObjectIdentifier(type))
        if let superclass = type.superclass, let parent = pairs.first(where: { $0.1 === superclass }) {
            try layOut(parent.1, pairs, &done)
        }
        if let superclass = type.superclass, type.fields.isEmpty {
            type.fields = superclass.fields
            type.fieldIndex = superclass.fieldIndex
        }
        for (decl, target) in pairs where target === type { try layOutMembers(decl, type) }
        if type.kind == .structure, !pairs.contains(where: { $0.1 === type && $0.0.kind != .extensionType && $0.0.declaresInitializer }) {
            type.memberwise = makeMemberwise(type)
        } else if type.kind == .structure, type.memberwise != nil,
                  pairs.contains(where: { $0.1 === type && $0.0.kind != .extensionType && $0.0.declaresInitializer }) {
            type.memberwise = nil
        }
        if type.kind == .enumeration, !type.cases.isEmpty, type.cases.allSatisfy({ !$0.hasPayload }) {
            type.protocolNames.formUnion(["Equatable", "Hashable"])
        }
    }

    private func layOutMembers(_ decl: TypeDecl, _ type: DeclaredType) throws(ScriptError) {
        var nextRaw: Value?
        for member in decl.members {
            switch member {
            case .property(let property):
                if property.modifiers.isStatic {
                    type.declaredStaticNames.insert(property.name)
                    if !property.isComputed && !property.isRequirement && type.kind != .protocolType {
                        try declareStaticStorage(property, type, decl)
                    }
                    continue
                }
                type.declaredMemberNames.insert(property.name)
                guard !property.isComputed, !property.isRequirement, type.kind != .protocolType else { continue }
                if decl.kind == .extensionType || type.kind == .builtin {
                    throw compiler.error(.syntax, "extensions must not contain stored properties", property.nameSpan)
                }
                if type.kind == .enumeration {
                    throw compiler.error(.syntax, "enums must not contain stored properties", property.nameSpan)
                }
                if type.superclass?.fieldIndex[property.name] != nil, property.modifiers.isOverride, property.initialValue == nil,
                   property.willSet != nil || property.didSet != nil {
                    continue
                }
                if type.fieldIndex[property.name] != nil {
                    let inherited = type.superclass?.fieldIndex[property.name] != nil
                    throw compiler.error(.name, inherited ? "cannot override with a stored property '\(property.name)'"
                                         : Message.redeclaration(property.name), property.nameSpan)
                }
                let declaredType = property.type ?? property.initialValue.flatMap(Self.literalType)
                let check = try compiler.withTypeContext(TypeContext(type: type)) { () throws(ScriptError) in
                    if let written = property.type { try compiler.requireKnownTypes(written, property.nameSpan) }
                    return declaredType.flatMap(compiler.typeCheck)
                }
                var field = StoredField(name: property.name, isVar: property.isVar, type: declaredType, check: check)
                field.isLazy = property.modifiers.isLazy
                if let value = property.initialValue, !property.modifiers.isLazy {
                    field.defaultValue = try compileFieldDefault(compiler.typedLiterals(value, as: declaredType), check: check, type)
                } else if property.initialValue == nil, property.isVar, case .optional = property.type {
                    field.defaultValue = { _ in .null }
                }
                type.fieldIndex[property.name] = type.fields.count
                type.fields.append(field)
            case .method(let method):
                if method.isInitializer { continue }
                if method.modifiers.isStatic || Self.isOperator(method.function.name) {
                    type.declaredStaticNames.insert(method.function.name)
                } else {
                    type.declaredMemberNames.insert(method.function.name)
                }
                if method.modifiers.isMutating { registry.mutatingNames.insert(method.function.name) }
                registry.memberNames.insert(method.function.name)
            case .enumCase(let enumCase):
                guard type.kind == .enumeration else {
                    throw compiler.error(.syntax, "enum 'case' is not allowed outside of an enum", enumCase.nameSpan)
                }
                try addCase(enumCase, type, &nextRaw)
            case .typeAlias(let name, let aliased, _): type.typeAliases[name] = aliased
            case .associatedType(let name, _): type.associatedTypes.insert(name)
            case .subscriptMember, .deinitializer, .nestedType: break
            }
        }
        for case .property(let property) in decl.members where !property.modifiers.isStatic {
            registry.memberNames.insert(property.name)
        }
    }

    static func isOperator(_ name: String) -> Bool { name.first.map { !$0.isLetter && $0 != "_" } ?? false }

    /// The type a literal default gives a property without annotation (`var speed = 0.0` is a `Double`).
    static func literalType(_ value: Expr) -> TypeAnnotation? {
        switch value.kind {
        case .double: .named("Double")
        case .integer: .named("Int")
        case .string, .interpolated: .named("String")
        case .bool: .named("Bool")
        case .unary("-", let operand): literalType(operand)
        case .tuple(let items) where items.contains(where: { $0.0 != nil }):
            .tuple(items.map { literalType($0.1) ?? .named("Any") }, labels: items.map(\.0))
        case .array(let items): items.first.flatMap(literalType).map { .array($0) }
        default: nil
        }
    }

    /// A default value, evaluated at each construction with only globals in scope (no `self`).
    private func compileFieldDefault(_ value: Expr, check: TypeCheck?, _ type: DeclaredType) throws(ScriptError) -> Eval {
        let eval = try compiler.compileDetached(TypeContext(type: type, isStatic: true, implicitMembers: false)) { () throws(ScriptError) in
            try compiler.compileExpr(value)
        }
        guard let check else { return eval }
        let span = value.span
        return { rt throws(ScriptError) in
            let result = try eval(rt)
            if check.accepts(result) { return result }
            guard let converted = check.apply(result) else {
                throw ScriptError(kind: .type, message: Message.convert(result.typeName, to: check.text), span: span)
            }
            return converted
        }
    }

    private func declareStaticStorage(_ property: PropertyDecl, _ type: DeclaredType, _ decl: TypeDecl) throws(ScriptError) {
        if type.staticProperties[property.name] != nil {
            throw compiler.error(.name, Message.redeclaration(property.name), property.nameSpan)
        }
        let declaredType = property.type ?? property.initialValue.flatMap(Self.literalType)
        let check = try compiler.withTypeContext(TypeContext(type: type)) { () throws(ScriptError) in
            if let written = property.type { try compiler.requireKnownTypes(written, property.nameSpan) }
            return declaredType.flatMap(compiler.typeCheck)
        }
        let storage = StaticStorage(slot: session.allocateGlobal(), isVar: property.isVar, check: check, span: property.nameSpan)
        storage.type = declaredType
        type.staticProperties[property.name] = .stored(storage)
        compiler.staticStorages[ObjectIdentifier(decl), default: []].append(storage)
        if let value = property.initialValue {
            let eval = try compiler.compileDetached(TypeContext(type: type, isStatic: true)) { () throws(ScriptError) in
                try compiler.compileExpr(compiler.typedLiterals(value, as: declaredType))
            }
            storage.initializer = eval
        } else if case .optional = property.type {
            storage.initializer = { _ in .null }
        }
    }

    private func addCase(_ decl: EnumCaseDecl, _ type: DeclaredType, _ nextRaw: inout Value?) throws(ScriptError) {
        if type.caseIndex[decl.name] != nil { throw compiler.error(.name, Message.redeclaration(decl.name), decl.nameSpan) }
        let associated = decl.associated ?? []
        let checks = try compiler.withTypeContext(TypeContext(type: type)) { () throws(ScriptError) in
            for item in associated { try compiler.requireKnownTypes(item.type, decl.nameSpan) }
            return associated.map { compiler.typeCheck($0.type) }
        }
        var enumCase = EnumCase(name: decl.name, labels: associated.map(\.label), checks: checks, types: associated.map(\.type))
        if let rawType = type.rawType {
            enumCase.rawValue = try rawValue(decl, rawType: rawType, previous: nextRaw)
            nextRaw = enumCase.rawValue
            if let raw = enumCase.rawValue, type.cases.contains(where: { $0.rawValue.map { Operators.equalIfComparable($0, raw) ?? false } ?? false }) {
                throw compiler.error(.type, "raw value for enum case is not unique", decl.nameSpan)
            }
        } else if decl.rawValue != nil {
            throw compiler.error(.type, "enum case cannot have a raw value if the enum does not have a raw type", decl.nameSpan)
        }
        let tag = type.cases.count
        if associated.isEmpty { enumCase.singleton = Instance.make(type, tag: tag, count: 0) }
        type.caseIndex[decl.name] = tag
        type.cases.append(enumCase)
        type.isIndirect = type.isIndirect || decl.isIndirect
    }

    /// A case's raw value: the written literal, or Swift's default (the name for String, the previous Int + 1).
    private func rawValue(_ decl: EnumCaseDecl, rawType: TypeAnnotation, previous: Value?) throws(ScriptError) -> Value? {
        let typeName = rawType.text
        if let written = decl.rawValue {
            var literal: Value
            switch written.kind {
            case .integer(let value): literal = .int(value)
            case .double(let value): literal = .double(value)
            case .string(let text): literal = .string(text)
            case .bool(let flag): literal = .bool(flag)
            case .unary("-", let operand):
                if case .integer(let value) = operand.kind { literal = .int(-value) }
                else if case .double(let value) = operand.kind { literal = .double(-value) }
                else { throw compiler.error(.syntax, "raw value for enum case must be a literal", written.span) }
            default: throw compiler.error(.syntax, "raw value for enum case must be a literal", written.span)
            }
            // Raw values of the other integer widths are literals kept as Int (as every Loupe integer).
            let checked: TypeAnnotation = ["UInt8", "UInt", "Int32"].contains(typeName) ? .named("Int") : rawType
            if let converted = TypeCheck.make(checked)?.apply(literal) { literal = converted }
            else { throw compiler.error(.type, Message.convert(literal.typeName, to: typeName), written.span) }
            return literal
        }
        switch typeName {
        case "String": return .string(decl.name)
        case "Double", "Float":
            if let previous, case .double(let value) = previous { return .double(value + 1) }
            if previous == nil { return .double(0) }
        case "Character": break
        default:
            if let previous, case .int(let value) = previous { return .int(value + 1) }
            if previous == nil { return .int(0) }
        }
        throw compiler.error(.type, "enum case must declare a raw value when the preceding raw value is not an integer", decl.nameSpan)
    }

    /// A struct's memberwise initializer: every stored property except `let`s with a value and lazy ones;
    /// `var`s with a default may be left out.
    private func makeMemberwise(_ type: DeclaredType) -> Memberwise {
        var parameters: [(field: Int, hasDefault: Bool)] = []
        var shapes: [ParameterShape] = []
        for (index, field) in type.fields.enumerated() where !field.isLazy {
            if !field.isVar && field.defaultValue != nil { continue }
            parameters.append((index, field.defaultValue != nil))
            shapes.append(ParameterShape(label: field.name, name: field.name, hasDefault: field.defaultValue != nil, isVariadic: false))
        }
        return Memberwise(parameters: parameters, shapes: shapes)
    }
}

extension TypeDecl {
    var declaresInitializer: Bool {
        members.contains { if case .method(let method) = $0 { method.isInitializer } else { false } }
    }
}

/// The global slot of a `static` stored property and the code that initialises it on first use.
final class StaticStorage {
    let slot: Int
    let isVar: Bool
    let check: TypeCheck?
    let span: SourceSpan
    var initializer: Eval?
    /// The written (or literal-inferred) type: the context of literals stored into the property (`LiteralTyping`).
    var type: TypeAnnotation?

    init(slot: Int, isVar: Bool, check: TypeCheck?, span: SourceSpan) {
        self.slot = slot; self.isVar = isVar; self.check = check; self.span = span
    }

    /// The property's value, initialising it on first use (Swift's statics are lazy).
    func value(_ rt: Runtime) throws(ScriptError) -> Value {
        let current = rt.globals[slot]
        if case .void = current, let initializer {
            var result = try initializer(rt)
            if let check, !check.accepts(result) {
                guard let converted = check.apply(result) else {
                    throw ScriptError(kind: .type, message: Message.convert(result.typeName, to: check.text), span: span)
                }
                result = converted
            }
            rt.globals[slot] = result
            return result
        }
        return current
    }
}
