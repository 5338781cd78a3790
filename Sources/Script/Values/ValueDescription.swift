/// Swift's printing rules: `print` text for `description`, quoted strings inside collections and in `debugDescription`.
extension Value {
    public var description: String {
        switch self {
        case .string(let text): text
        case .character(let character): String(character)
        default: debugDescription
        }
    }

    public var debugDescription: String {
        var out = ""
        write(to: &out, quoted: true)
        return out
    }

    /// Appends the Swift text of the value; strings quoted when `quoted` (inside collections and for REPL results).
    /// `nested` is true inside collections, tuples and optionals, where Swift prints declared types with their
    /// module (`[main.Point(x: 1.0, y: 2.0)]`).
    func write(to out: inout String, quoted: Bool, nested: Bool = false) {
        switch self {
        case .void: out += "()"
        case .int(let value): out += String(value)
        case .double(let value): out += value.description
        case .bool(let value): out += value ? "true" : "false"
        case .string(let text): out += quoted ? text.debugDescription : text
        case .character(let character): out += quoted ? String(character).debugDescription : String(character)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += ", " }
                item.write(to: &out, quoted: true, nested: true)
            }
            out += "]"
        case .dictionary(let dict):
            if dict.count == 0 { out += "[:]"; return }
            out += "["
            for (index, pair) in dict.pairs.enumerated() {
                if index > 0 { out += ", " }
                pair.key.value.write(to: &out, quoted: true, nested: true)
                out += ": "
                pair.value.write(to: &out, quoted: true, nested: true)
            }
            out += "]"
        case .tuple(let tuple):
            out += "("
            for (index, item) in tuple.elements.enumerated() {
                if index > 0 { out += ", " }
                if let label = tuple.labels[index] { out += label + ": " }
                item.write(to: &out, quoted: true, nested: true)
            }
            out += ")"
        case .wrapped(let inner):
            out += "Optional("
            inner.write(to: &out, quoted: true, nested: true)
            out += ")"
        case .null: out += "nil"
        case .range(let range):
            range.lower.write(to: &out, quoted: true, nested: true)
            out += range.isClosed ? "..." : "..<"
            range.upper.write(to: &out, quoted: true, nested: true)
        case .function: out += "(Function)"
        case .symbol(let name): out += "." + name
        case .type(let namespace): out += namespace.name
        case .native(let object): out += quoted ? object.debugDescription : object.description
        case .instance(let instance): InstanceText.write(instance, to: &out, nested: nested)
        }
    }
}
