/// The type arguments of an instance of a generic type, as Swift prints them (`Stack<Int>(items: [1])`):
/// the ones written at construction (`Stack<Int>()`), else inferred from the values stored in properties or
/// associated values whose declared type mentions the parameter.
enum GenericInference {
    /// Names Swift prints as `Swift.Name` inside collections.
    static let standardNames: Set<String> = ["Int", "Double", "Float", "String", "Bool", "Character", "Int8", "Int16",
                                             "Int32", "Int64", "UInt", "UInt8", "UInt16", "UInt32", "UInt64", "Range",
                                             "ClosedRange", "Set", "Substring"]

    static func arguments(of instance: Instance) -> [TypeAnnotation] {
        if let written = instance.headerPointer.pointee.arguments?.types { return written }
        let type = instance.type
        var pairs: [(TypeAnnotation, Value)] = []
        if type.kind == .enumeration, instance.tag < type.cases.count {
            pairs = zip(type.cases[instance.tag].types, (0..<instance.count).map { instance[$0] }).map { ($0, $1) }
        } else {
            for (index, field) in type.fields.enumerated() { if let declared = field.type { pairs.append((declared, instance[index])) } }
        }
        return type.genericParameters.map { parameter in
            for (annotation, value) in pairs { if let found = match(annotation, value, parameter.name) { return found } }
            return .named(parameter.name)
        }
    }

    /// What `name` stands for, given that `value` has the written type `annotation`.
    private static func match(_ annotation: TypeAnnotation, _ value: Value, _ name: String) -> TypeAnnotation? {
        switch (annotation, value) {
        case (.named(let written), _) where written == name: return typeOf(value)
        case (.array(let element), .array(let items)): return items.first.flatMap { match(element, $0, name) }
        case (.optional(let wrapped), .wrapped(let inner)): return match(wrapped, inner, name)
        case (.optional(let wrapped), _): return match(wrapped, value, name)
        case (.dictionary(let keyType, let valueType), .dictionary(let dict)):
            guard let first = dict.pairs.first else { return nil }
            return match(keyType, first.key.value, name) ?? match(valueType, first.value, name)
        case (.tuple(let items, _), .tuple(let tuple)):
            for (item, element) in zip(items, tuple.elements) { if let found = match(item, element, name) { return found } }
            return nil
        default: return nil
        }
    }

    /// The written form of a value's type (`[Int]` for an array of Ints).
    static func typeOf(_ value: Value) -> TypeAnnotation {
        switch value {
        case .int: .named("Int")
        case .double: .named("Double")
        case .bool: .named("Bool")
        case .string: .named("String")
        case .character: .named("Character")
        case .array(let items): .array(items.first.map(typeOf) ?? .named("Any"))
        case .dictionary(let dict):
            .dictionary(dict.pairs.first.map { typeOf($0.key.value) } ?? .named("AnyHashable"),
                        dict.pairs.first.map { typeOf($0.value) } ?? .named("Any"))
        case .tuple(let tuple): .tuple(tuple.elements.map(typeOf), labels: tuple.labels)
        case .wrapped(let inner): .optional(typeOf(inner))
        case .null: .optional(.named("Any"))
        case .range(let range): .generic(range.isClosed ? "ClosedRange" : "Range", [typeOf(range.lower)])
        case .instance(let instance):
            instance.type.genericParameters.isEmpty ? .named(instance.type.name) : .generic(instance.type.name, arguments(of: instance))
        case .native(let object): .named(object.typeName)
        case .type(let namespace): .named(namespace.name + ".Type")
        case .function: .function(result: nil)
        case .void: .tuple([], labels: [])
        case .symbol: .named("Any")
        }
    }
}

extension Instance {
    /// The Swift-style type name for messages (`Point`, `Stack<Int>`).
    var typeName: String {
        guard !type.genericParameters.isEmpty else { return type.name }
        return type.name + "<" + GenericInference.arguments(of: self).map { InstanceText.typeText($0, qualified: false) }.joined(separator: ", ") + ">"
    }
}
