/// Making values of declared types: `Point(x: 1, y: 2)` (memberwise or a declared `init`, chosen by labels),
/// `Shape.circle(radius: 1)`, `Direction(rawValue: "n")`, class instances through their superclass's
/// initializers; and the static side of a type (`Point.origin`, `Direction.allCases`, `Point.make()`).
extension Runtime {
    /// Constructs a value of `type` from call arguments; `generics` are written type arguments (`Stack<Int>()`).
    func construct(_ type: DeclaredType, _ arguments: inout [Value], labels: [String?], trailing: [Bool], span: SourceSpan,
                   generics: [TypeAnnotation]? = nil) throws(ScriptError) -> Value {
        if type.kind == .protocolType || type.kind == .builtin {
            throw ScriptError(kind: .type, message: "type 'any \(type.name)' cannot be instantiated", span: span)
        }
        let initializers = type.allInitializers
        if type.kind == .enumeration, type.rawType != nil, labels == ["rawValue"],
           !initializers.contains(where: { $0.signatureName == "init(rawValue:)" }) {
            let raw = arguments[0]
            for enumCase in type.cases {
                if let value = enumCase.rawValue, Operators.equalIfComparable(value, raw) == true, let singleton = enumCase.singleton {
                    return .wrapped(.instance(singleton))
                }
            }
            return .null
        }
        if let memberwise = type.memberwise, !initializers.contains(where: { CallMatching.match($0.shapes, labels: labels, trailing: trailing).isSuccess }) {
            let sources: [ArgumentSource]
            switch CallMatching.match(memberwise.shapes, labels: labels, trailing: trailing) {
            case .success(let matched): sources = matched
            case .failure(let error): throw error.located(at: span)
            }
            let instance = try allocate(type, generics: generics, skipping: memberwise, span: span)
            for (position, source) in sources.enumerated() {
                let field = memberwise.parameters[position].field
                switch source {
                case .argument(let argument): try store(arguments[argument], into: instance, field: field, span: span)
                default: if let defaultValue = type.fields[field].defaultValue { instance[field] = try defaultValue(self) }
                }
            }
            return .instance(instance)
        }
        if initializers.isEmpty {
            guard labels.isEmpty else {
                let message = type.kind == .enumeration ? "'\(type.name)' cannot be constructed because it has no accessible initializers"
                    : Message.extraArguments(labels.count)
                throw ScriptError(kind: .type, message: message, span: span)
            }
            let instance = try allocate(type, generics: generics, skipping: nil, span: span)
            try checkInitialized(instance, span: span)
            return .instance(instance)
        }
        let method = try chooseOverload(initializers, arguments, labels: labels, trailing: trailing, span: span)
        let start: Value = type.kind == .enumeration ? .void : .instance(try allocate(type, generics: generics, skipping: nil, span: span))
        return try runInitializer(method, start, &arguments, labels: labels, trailing: trailing, span: span)
    }

    /// Runs an `init` on `start` (a fresh instance, or `.void` for an enum); a failable one gives an optional.
    func runInitializer(_ method: UserMethod, _ start: Value, _ arguments: inout [Value], labels: [String?]?, trailing: [Bool],
                        span: SourceSpan) throws(ScriptError) -> Value {
        var receiver = start
        let result: Value
        do throws(ScriptError) {
            result = try withUnsafeMutablePointer(to: &receiver) { (pointer) throws(ScriptError) -> Value in
                try callClosure(method.closure, &arguments, labels: labels, trailing: trailing, span: span, receiver: pointer)
            }
        } catch where error.message == Compiler.failedInitializer.message && method.isFailable {
            return .null
        }
        if case .null = result, method.isFailable { return .null }
        guard case .instance(let instance) = receiver else {
            throw ScriptError(kind: .runtime, message: "'self' used before 'self.init' call or assignment to 'self'", span: span)
        }
        try checkInitialized(instance, span: span)
        return method.isFailable ? .wrapped(receiver) : receiver
    }

    /// A new instance with every stored property's default value (fields of `skipping` are left for the caller).
    func allocate(_ type: DeclaredType, generics: [TypeAnnotation]?, skipping memberwise: Memberwise?, span: SourceSpan) throws(ScriptError) -> Instance {
        let instance = Instance.make(type, count: type.fields.count)
        if let generics { instance.headerPointer.pointee.arguments = GenericArguments(generics) }
        for (index, field) in type.fields.enumerated() {
            guard let defaultValue = field.defaultValue else { continue }
            if let memberwise, memberwise.parameters.contains(where: { $0.field == index }) { continue }
            instance[index] = try defaultValue(self)
        }
        return instance
    }

    /// Stores an initial value into a field, converting it to the field's type (`1` into a `Double` property).
    func store(_ value: Value, into instance: Instance, field index: Int, span: SourceSpan) throws(ScriptError) {
        let field = instance.type.fields[index]
        guard let check = field.check, !check.accepts(value) else { instance[index] = value; return }
        guard let converted = check.apply(value) else {
            throw ScriptError(kind: .type, message: Message.argumentType(value.typeName, to: check.text, name: field.name), span: span)
        }
        instance[index] = converted
    }

    /// Every stored property has a value once an initializer returns (lazy ones excepted).
    func checkInitialized(_ instance: Instance, span: SourceSpan) throws(ScriptError) {
        let fields = instance.type.fields
        for index in fields.indices where !fields[index].isLazy {
            if case .void = instance[index] {
                throw ScriptError(kind: .runtime, message: "return from initializer without initializing all stored properties ('\(fields[index].name)')", span: span)
            }
        }
    }

    /// `Shape.circle(radius: 1)`: a case with associated values, checked and converted.
    func makeCase(_ type: DeclaredType, _ tag: Int, _ arguments: [Value], labels: [String?], span: SourceSpan) throws(ScriptError) -> Value {
        let enumCase = type.cases[tag]
        let shapes = enumCase.labels.enumerated().map { ParameterShape(label: $1, name: $1 ?? "#\($0)", hasDefault: false, isVariadic: false) }
        let sources: [ArgumentSource]
        switch CallMatching.match(shapes, labels: labels, trailing: labels.map { _ in false }) {
        case .success(let matched): sources = matched
        case .failure(let error): throw error.located(at: span)
        }
        let instance = Instance.make(type, tag: tag, count: enumCase.labels.count)
        for (position, source) in sources.enumerated() {
            guard case .argument(let argument) = source else { continue }
            var value = arguments[argument]
            if let check = enumCase.checks[position], !check.accepts(value) {
                guard let converted = check.apply(value) else {
                    throw ScriptError(kind: .type, message: Message.argumentType(value.typeName, to: check.text, name: enumCase.labels[position] ?? "#\(position)"), span: span)
                }
                value = converted
            }
            instance[position] = value
        }
        return .instance(instance)
    }

    // MARK: - The static side

    /// `Type.name`: a case, `allCases`, a static property, a nested type, a static method as a value; nil when none.
    func readStatic(_ type: DeclaredType, _ name: String, span: SourceSpan?) throws(ScriptError) -> Value? {
        if let tag = type.caseIndex[name] {
            if let singleton = type.cases[tag].singleton { return .instance(singleton) }
            return caseConstructor(type, tag)
        }
        if name == "allCases", type.kind == .enumeration, type.conforms(to: "CaseIterable") {
            return .array(type.cases.compactMap { $0.singleton.map(Value.instance) })
        }
        if name == "self" { return .type(type.namespace) }
        switch type.staticProperty(named: name) {
        case .stored(let storage): return try storage.value(self)
        case .computed(let property):
            var metatype = Value.type(type.namespace)
            return try callAccessor(property.getter, &metatype, [], span: span)
        case nil: break
        }
        if let nested = type.nestedTypes[name] { return .type(nested.namespace) }
        let methods = type.staticMethods(named: name)
        if !methods.isEmpty { return boundMethods(methods, receiver: .type(type.namespace)) }
        return nil
    }

    /// A case with associated values used as a function (`let make = Shape.circle`).
    private func caseConstructor(_ type: DeclaredType, _ tag: Int) -> Value {
        let enumCase = type.cases[tag]
        let parameters = enumCase.labels.enumerated().map { Parameter($1, $1 ?? "#\($0)", type: enumCase.types[$0].text) }
        return .function(Function(overloads: [Builtin(enumCase.name, parameters, returns: type.name, doc: "") { args throws(ScriptError) in
            try args.interpreter.session.runtime.makeCase(type, tag, args.values, labels: parameters.map(\.label),
                                                          span: args.span ?? SourceSpan(cell: 0, start: 0, end: 0))
        }]))
    }

    /// `Type.name(…)`: a case with associated values, a static method, `init`, a nested type; nil when none.
    func callStatic(_ type: DeclaredType, _ name: String, _ arguments: inout [Value], labels: [String?], trailing: [Bool],
                    span: SourceSpan, generics: [TypeAnnotation]? = nil) throws(ScriptError) -> Value? {
        if let tag = type.caseIndex[name], type.cases[tag].hasPayload {
            return try makeCase(type, tag, arguments, labels: labels, span: span)
        }
        let methods = type.staticMethods(named: name)
        if !methods.isEmpty {
            var metatype = Value.type(type.namespace)
            return try callUserMethod(methods, &metatype, &arguments, labels: labels, trailing: trailing, span: span)
        }
        if name == "init" { return try construct(type, &arguments, labels: labels, trailing: trailing, span: span, generics: generics) }
        if let nested = type.nestedTypes[name] {
            return try construct(nested, &arguments, labels: labels, trailing: trailing, span: span)
        }
        guard let value = try readStatic(type, name, span: span) else { return nil }
        return try callValue(value, &arguments, labels: nil, trailing: trailing, span: span)
    }
}

extension Result {
    var isSuccess: Bool { if case .success = self { true } else { false } }
}

extension Runtime {
    /// `super.name` in a class member: the superclass's stored or computed property (not an override), or
    /// its methods bound to `receiver`; nil when it has none by that name.
    func readSuper(_ superclass: DeclaredType, _ receiver: Value, _ name: String, span: SourceSpan) throws(ScriptError) -> Value? {
        if let index = superclass.fieldIndex[name], case .instance(let instance) = receiver {
            return try readField(instance, index, span: span)
        }
        if let property = superclass.computedProperty(named: name) {
            var copy = receiver
            return try callAccessor(property.getter, &copy, [], span: span)
        }
        let methods = superclass.methods(named: name)
        return methods.isEmpty ? nil : boundMethods(methods, receiver: receiver)
    }
}
