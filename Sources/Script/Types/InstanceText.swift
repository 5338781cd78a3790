/// How values of declared types print, exactly as a program compiled by swiftc with `-module-name main` prints
/// them: `Point(x: 1.0, y: 2.0)`, `circle(radius: 1.0)`, `north`, `main.Dog` for a class; inside collections,
/// tuples and optionals the type is qualified (`[main.Point(x: 1.0, y: 2.0)]`, `main.Direction.north`).
/// `description` (CustomStringConvertible) and `debugDescription` replace the default where Swift uses them.
enum InstanceText {
    /// Nesting deeper than this prints `…` (a long linked list of `indirect` cases would otherwise recurse natively).
    static let maximumDepth = 2000

    static func write(_ instance: Instance, to out: inout String, nested: Bool, limit: Int = Limits.maximumStringBytes) {
        let type = instance.type
        let rt = type.session.runtime
        if let custom = customText(instance, nested: nested) { out += custom; return }
        guard rt.printDepth < maximumDepth else { out += "…"; return }
        rt.printDepth += 1
        defer { rt.printDepth -= 1 }
        switch type.kind {
        case .classType:
            out += "main." + type.name + genericSuffix(instance, qualified: true)
        case .enumeration:
            guard instance.tag < type.cases.count else { out += type.name; return }
            let enumCase = type.cases[instance.tag]
            if nested { out += "main." + type.name + genericSuffix(instance, qualified: true) + "." }
            out += enumCase.name
            if enumCase.hasPayload {
                let single = enumCase.labels.count == 1 && enumCase.labels[0] == nil
                if single, case .tuple(let tuple) = instance[0] {
                    writeFields(tuple.elements.map { (nil, $0) }, to: &out, limit: limit)
                } else {
                    writeFields((0..<enumCase.labels.count).map { (enumCase.labels[$0], instance[$0]) }, to: &out, limit: limit)
                }
            }
        default:
            out += nested ? "main." + type.name + genericSuffix(instance, qualified: true)
                : simpleName(type) + genericSuffix(instance, qualified: false)
            writeFields(type.fields.indices.map { index in
                let field = type.fields[index]
                if field.isLazy {
                    let stored: Value = if case .void = instance[index] { .null } else { instance[index].asOptional }
                    return ("$__lazy_storage_$_" + field.name, stored)
                }
                return (field.name, instance[index])
            }, to: &out, limit: limit)
        }
    }

    static func writeFields(_ fields: [(String?, Value)], to out: inout String, limit: Int = Limits.maximumStringBytes) {
        out += "("
        for (position, (label, value)) in fields.enumerated() {
            if Value.isFull(out, limit) { return }
            if position > 0 { out += ", " }
            if let label { out += label + ": " }
            value.write(to: &out, quoted: true, nested: true, limit: limit)
        }
        out += ")"
    }

    /// The last component of a nested type's name (`Inner` for `Outer.Inner`), as top-level printing shows it.
    static func simpleName(_ type: DeclaredType) -> String {
        type.name.split(separator: ".").last.map(String.init) ?? type.name
    }

    /// `description` / `debugDescription` when the type conforms to the protocol that provides it.
    static func customText(_ instance: Instance, nested: Bool) -> String? {
        let type = instance.type
        let order = nested ? ["CustomDebugStringConvertible", "CustomStringConvertible"]
            : ["CustomStringConvertible", "CustomDebugStringConvertible", "LosslessStringConvertible"]
        for protocolName in order where type.conforms(to: protocolName) {
            let member = protocolName == "CustomDebugStringConvertible" ? "debugDescription" : "description"
            if let text = try? type.session.runtime.readProperty(.instance(instance), member), case .string(let string) = text {
                return string
            }
        }
        return nil
    }

    /// `<Int>` (top level) or `<Swift.Int>` (nested) for an instance of a generic type.
    static func genericSuffix(_ instance: Instance, qualified: Bool) -> String {
        let type = instance.type
        guard !type.genericParameters.isEmpty else { return "" }
        let arguments = GenericInference.arguments(of: instance)
        return "<" + arguments.map { typeText($0, qualified: qualified) }.joined(separator: ", ") + ">"
    }

    /// A written type as Swift's reflection prints it: `Int`/`Swift.Int`, `Array<Int>`/`Swift.Array<Swift.Int>`.
    static func typeText(_ type: TypeAnnotation, qualified: Bool) -> String {
        let swift = qualified ? "Swift." : ""
        switch type {
        case .named(let name):
            if GenericInference.standardNames.contains(name) { return swift + name }
            if qualified, name != "Any" { return "main." + name }
            return name
        case .array(let element): return "\(swift)Array<\(typeText(element, qualified: qualified))>"
        case .optional(let wrapped): return "\(swift)Optional<\(typeText(wrapped, qualified: qualified))>"
        case .dictionary(let key, let value):
            return "\(swift)Dictionary<\(typeText(key, qualified: qualified)), \(typeText(value, qualified: qualified))>"
        case .tuple(let items, _): return "(" + items.map { typeText($0, qualified: qualified) }.joined(separator: ", ") + ")"
        case .generic(let name, let arguments):
            return typeText(.named(name), qualified: qualified) + "<" + arguments.map { typeText($0, qualified: qualified) }.joined(separator: ", ") + ">"
        case .function: return "() -> ()"
        }
    }
}
