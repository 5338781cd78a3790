/// Members of declared types at run time, by name: reading properties (stored, lazy, computed), calling
/// methods, and mutating through properties and subscripts (`p.x += 1`, `grid[1, 2] = 0`). Compiled code
/// caches what these resolve (see `CompileInstances.swift`); these are the general paths, also taken for
/// extensions of built-in types (`extension Int { var squared: Int }`).
extension Runtime {
    var registry: TypeRegistry { interpreter.session.typeRegistry }

    /// Keeps the final `self` of a mutating call (parameter 0 of the frame at `base`) before the frame is cleared.
    func keepSelf(base: Int) {
        let slot = stack + base
        if case .native(let object) = slot.pointee, let box = object as? Box {
            selfResult.pointee = box.value
            box.value = .void
            slot.pointee = .void
        } else {
            selfResult.pointee = slot.move()
            slot.initialize(to: .void)
        }
        hasSelfResult = true
    }

    /// The final `self` of the mutating call whose frame was at `base` (still in the frame when the call
    /// failed before it started).
    func takeSelfResult(base: Int) -> Value {
        if hasSelfResult {
            hasSelfResult = false
            let value = selfResult.move()
            selfResult.initialize(to: .void)
            return value
        }
        let value = (stack + base).move()
        (stack + base).initialize(to: .void)
        return value
    }

    /// `value.name` for an instance, or an extension property of a built-in value; nil when there is none.
    func readMember(_ value: Value, _ name: String, span: SourceSpan?) throws(ScriptError) -> Value? {
        if case .type(let namespace) = value {
            if let declared = namespace.declared { return try readStatic(declared, name, span: span) }
            if let extended = registry.builtinExtensions[namespace.name] { return try readStatic(extended, name, span: span) }
            return nil
        }
        if case .instance(let instance) = value {
            let type = instance.type
            if let index = type.fieldIndex[name] { return try readField(instance, index, span: span) }
            if let property = type.computedProperty(named: name) {
                var receiver = value
                return try callAccessor(property.getter, &receiver, [], span: span)
            }
            if name == "rawValue", type.kind == .enumeration, instance.tag < type.cases.count, let raw = type.cases[instance.tag].rawValue {
                return raw
            }
            let methods = type.methods(named: name)
            if !methods.isEmpty { return boundMethods(methods, receiver: value) }
            return nil
        }
        for extended in registry.extensions(for: value) {
            if let property = extended.computedProperty(named: name) {
                var receiver = value
                return try callAccessor(property.getter, &receiver, [], span: span)
            }
            let methods = extended.methods(named: name)
            if !methods.isEmpty { return boundMethods(methods, receiver: value) }
        }
        // An integer literal where an extension of Double is meant (`42.km`): Swift types the literal as Double.
        if case .int(let number) = value, registry.builtinExtensions["Double"]?.computedProperty(named: name) != nil {
            return try readMember(.double(Double(number)), name, span: span)
        }
        return nil
    }

    /// `value.name`, or the Swift-style error naming the type.
    func readProperty(_ value: Value, _ name: String, span: SourceSpan? = nil) throws(ScriptError) -> Value {
        try Members.property(value, name, span ?? SourceSpan(cell: 0, start: 0, end: 0), rt: self)
    }

    /// A stored property, running a `lazy var`'s initializer on first read.
    func readField(_ instance: Instance, _ index: Int, span: SourceSpan?) throws(ScriptError) -> Value {
        let value = instance[index]
        if case .void = value, let lazy = instance.type.fields[index].lazyInitializer {
            var receiver = Value.instance(instance)
            let computed = try callAccessor(lazy, &receiver, [], span: span)
            instance[index] = computed
            return computed
        }
        return value
    }

    /// Calls a getter, setter or observer with `receiver` as `self` and positional arguments.
    func callAccessor(_ method: UserMethod, _ receiver: inout Value, _ arguments: [Value], span: SourceSpan?) throws(ScriptError) -> Value {
        var values = arguments
        return try withUnsafeMutablePointer(to: &receiver) { (pointer) throws(ScriptError) -> Value in
            try callClosure(method.closure, &values, labels: nil, trailing: values.map { _ in false },
                            span: span ?? method.proto.span, receiver: pointer)
        }
    }

    /// Chooses among overloads by labels (then by the types their parameters accept) and calls the method.
    func callUserMethod(_ overloads: [UserMethod], _ receiver: inout Value, _ arguments: inout [Value], labels: [String?],
                        trailing: [Bool], span: SourceSpan) throws(ScriptError) -> Value {
        let method = try chooseOverload(overloads, arguments, labels: labels, trailing: trailing, span: span)
        return try withUnsafeMutablePointer(to: &receiver) { (pointer) throws(ScriptError) -> Value in
            try callClosure(method.closure, &arguments, labels: labels, trailing: trailing, span: span, receiver: pointer)
        }
    }

    /// The overload whose labels match and whose parameter types accept the arguments (the first by labels when
    /// no types decide).
    func chooseOverload(_ overloads: [UserMethod], _ arguments: [Value], labels: [String?], trailing: [Bool],
                        span: SourceSpan) throws(ScriptError) -> UserMethod {
        if overloads.count == 1 { return overloads[0] }
        let candidates: [(Int, [ArgumentSource])]
        switch CallMatching.candidates(overloads.map(\.shapes), labels: labels, trailing: trailing) {
        case .success(let found): candidates = found
        case .failure(let error): throw error.located(at: span)
        }
        for (index, sources) in candidates where Overloads.accepts(overloads[index].proto, sources, arguments, offset: 1) {
            return overloads[index]
        }
        guard let first = candidates.first else { throw ScriptError(kind: .type, message: "no overload matches the call", span: span) }
        return overloads[first.0]
    }

    /// Methods bound to their receiver, as a function value (`let f = p.moved`).
    func boundMethods(_ methods: [UserMethod], receiver: Value) -> Value {
        let builtins = methods.map { method in
            Builtin(method.name, method.shapes.map { Parameter($0.label, $0.name, variadic: $0.isVariadic) },
                    returns: method.proto.returnTypeText, doc: method.declaration) { args throws(ScriptError) in
                var receiver = receiver
                var values = args.values
                let rt = args.interpreter.session.runtime
                return try withUnsafeMutablePointer(to: &receiver) { (pointer) throws(ScriptError) -> Value in
                    try rt.callClosure(method.closure, &values, labels: nil, trailing: values.map { _ in false },
                                       span: args.span ?? method.proto.span, receiver: pointer)
                }
            }
        }
        return .function(Function(overloads: builtins))
    }

    /// `receiver.name(…)` for an instance or an extension method of a built-in value; nil when there is no
    /// such method (the caller tries the built-in tables).
    func callMember(_ receiver: inout Value, _ name: String, _ arguments: inout [Value], labels: [String?], trailing: [Bool],
                    span: SourceSpan) throws(ScriptError) -> Value? {
        if case .type(let namespace) = receiver {
            if let declared = namespace.declared {
                return try callStatic(declared, name, &arguments, labels: labels, trailing: trailing, span: span)
            }
            if let extended = registry.builtinExtensions[namespace.name] {
                return try callStatic(extended, name, &arguments, labels: labels, trailing: trailing, span: span)
            }
            return nil
        }
        if case .int(let number) = receiver, registry.extensions(for: receiver).allSatisfy({ $0.methods(named: name).isEmpty }),
           registry.builtinExtensions["Double"]?.methods(named: name).isEmpty == false {
            var asDouble = Value.double(Double(number))
            return try callMember(&asDouble, name, &arguments, labels: labels, trailing: trailing, span: span)
        }
        // No binding of the instance here: a second reference held across the call would make a mutating method
        // copy the receiver (and then its stored arrays) on every call.
        if case .instance = receiver, let type = receiver.declaredType {
            let overloads = type.methods(named: name)
            if !overloads.isEmpty {
                return try callUserMethod(overloads, &receiver, &arguments, labels: labels, trailing: trailing, span: span)
            }
            guard let property = try readMember(receiver, name, span: span) else { return nil }
            return try callValue(property, &arguments, labels: nil, trailing: trailing, span: span)
        }
        for extended in registry.extensions(for: receiver) {
            let overloads = extended.methods(named: name)
            if !overloads.isEmpty {
                return try callUserMethod(overloads, &receiver, &arguments, labels: labels, trailing: trailing, span: span)
            }
        }
        return nil
    }

    /// Whether `receiver.name(…)` changes its receiver, by the receiver's type: a declared struct's or enum's
    /// `mutating func`, an extension's, a built-in value type's method table; never a class instance's method.
    func methodMutates(_ receiver: Value, _ name: String) -> Bool {
        let methods = receiver.declaredType.map { $0.methods(named: name) }
            ?? registry.extensions(for: receiver).flatMap { $0.methods(named: name) }
        if let type = receiver.declaredType, type.isReference { return false }
        if !methods.isEmpty { return methods.allSatisfy(\.isMutating) }
        return Methods.mutates(receiver, name)
    }

    // MARK: - Mutation through members

    /// Runs `body` on the property `name` of the instance in `value` (made unique first for structs and enums),
    /// honouring `let`, computed setters and observers.
    func modifyMember(_ value: inout Value, _ name: String, span: SourceSpan,
                      _ body: (inout Value) throws(ScriptError) -> Void) throws(ScriptError) {
        guard let type = value.declaredType else {
            if let property = registry.extensions(for: value).lazy.compactMap({ $0.computedProperty(named: name) }).first {
                try modifyComputed(&value, property, name, span: span, body)
                return
            }
            throw ScriptError(kind: .type, message: "cannot assign to property '\(name)' of '\(value.typeName)'", span: span)
        }
        if let index = type.fieldIndex[name] {
            let field = type.fields[index]
            guard field.isVar else {
                throw ScriptError(kind: .type, message: Message.assignToLetProperty(name), span: span)
            }
            guard let instance = Instance.unique(&value) else { return }
            if field.hasObservers {
                try modifyObserved(&value, instance, index, field, span: span, body)
                return
            }
            if field.lazyInitializer != nil { _ = try readField(instance, index, span: span) }
            let slot = instance.fields + index
            var element = slot.move()
            slot.initialize(to: .void)
            defer { slot.pointee = element }
            try body(&element)
            if let check = field.check, !check.accepts(element) {
                guard let converted = check.apply(element) else {
                    throw ScriptError(kind: .type, message: Message.convert(element.typeName, to: check.text), span: span)
                }
                element = converted
            }
            return
        }
        if let property = type.computedProperty(named: name) {
            try modifyComputed(&value, property, name, span: span, body)
            return
        }
        throw Members.noMember(value, name, span)
    }

    private func modifyObserved(_ value: inout Value, _ instance: Instance, _ index: Int, _ field: StoredField, span: SourceSpan,
                                _ body: (inout Value) throws(ScriptError) -> Void) throws(ScriptError) {
        let old = instance[index]
        var new = old
        try body(&new)
        if let check = field.check, let converted = check.apply(new) { new = converted }
        if let willSet = field.willSetObserver { _ = try callAccessor(willSet, &value, [new], span: span) }
        guard case .instance(let current) = value else { return }
        current[index] = new
        if let didSet = field.didSetObserver { _ = try callAccessor(didSet, &value, [old], span: span) }
    }

    private func modifyComputed(_ value: inout Value, _ property: ComputedProperty, _ name: String, span: SourceSpan,
                                _ body: (inout Value) throws(ScriptError) -> Void) throws(ScriptError) {
        guard let setter = property.setter else {
            throw ScriptError(kind: .type, message: Message.getOnlyProperty(name), span: span)
        }
        var element = try callAccessor(property.getter, &value, [], span: span)
        try body(&element)
        _ = try callAccessor(setter, &value, [element], span: span)
    }

    /// `value[keys] op= …` through a declared subscript (getter, then setter with the new value).
    func modifySubscript(_ value: inout Value, _ keys: [Value], labels: [String?], span: SourceSpan,
                         _ body: (inout Value) throws(ScriptError) -> Void) throws(ScriptError) {
        let (getter, setter) = try chooseSubscript(value, keys, labels: labels, span: span)
        guard let setter else {
            throw ScriptError(kind: .type, message: "cannot assign through subscript: subscript is get-only", span: span)
        }
        var element = try callAccessor(getter, &value, keys, span: span)
        try body(&element)
        _ = try callAccessor(setter, &value, [element] + keys, span: span)
    }

    /// `value[keys]` through a declared subscript.
    func readSubscript(_ value: Value, _ keys: [Value], labels: [String?], span: SourceSpan) throws(ScriptError) -> Value {
        var receiver = value
        let (getter, _) = try chooseSubscript(value, keys, labels: labels, span: span)
        return try callAccessor(getter, &receiver, keys, span: span)
    }

    private func chooseSubscript(_ value: Value, _ keys: [Value], labels: [String?], span: SourceSpan) throws(ScriptError)
        -> (UserMethod, UserMethod?) {
        let subscripts: [UserSubscript]
        if case .instance(let instance) = value { subscripts = instance.type.allSubscripts }
        else { subscripts = registry.extensions(for: value).flatMap(\.subscripts) }
        let trailing = labels.map { _ in false }
        for candidate in subscripts {
            guard case .success(let sources) = CallMatching.match(candidate.shapes, labels: labels, trailing: trailing),
                  sources.count == keys.count, Overloads.accepts(candidate.getter.proto, sources, keys, offset: 1) else { continue }
            return (candidate.getter, candidate.setter)
        }
        throw ScriptError(kind: .type, message: Message.notSubscriptable(value.typeName), span: span)
    }

    /// Whether values of this kind have declared subscripts (`Subscripts.get` asks before failing).
    func hasUserSubscripts(_ value: Value) -> Bool {
        if case .instance(let instance) = value { return !instance.type.allSubscripts.isEmpty }
        return registry.extensions(for: value).contains { !$0.subscripts.isEmpty }
    }
}

/// Choosing overloads of user functions by the types their parameters accept.
enum Overloads {
    /// Whether each argument passes the parameter check of `proto` (parameters counted after `offset` hidden ones).
    static func accepts(_ proto: FunctionProto, _ sources: [ArgumentSource], _ arguments: [Value], offset: Int) -> Bool {
        for (index, source) in sources.enumerated() {
            guard case .argument(let argument) = source, index + offset < proto.parameterChecks.count,
                  let check = proto.parameterChecks[index + offset] else { continue }
            if !check.accepts(arguments[argument]) && check.apply(arguments[argument]) == nil { return false }
        }
        return true
    }
}
