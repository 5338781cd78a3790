import Platform

/// Swift's printing rules: `print` text for `description`, quoted strings inside collections and in `debugDescription`.
///
/// Writing a value's text has a byte budget and stops when the cell is interrupted: a value can be far larger
/// as text than in memory (`Array(repeating: Array(repeating: 0, count: 3_000_000), count: 3_000_000)` shares
/// one inner array 3 M times, 10^13 characters of text). Text past the budget is not written; the callers
/// that show text (`shownText`) end it with `…`, those that make a `String` (`exactText`) refuse it.
extension Value {
    /// Bytes of a value's text that a cell's result, `print` and `debugPrint` show; past it the text ends
    /// with `…`. A little under the MiB the kernel shows of a result, so that the whole text, end mark
    /// included, reaches the front end.
    public static let shownTextBytes = (1 << 20) - 4096

    public var description: String {
        switch self {
        case .string(let text): text
        case .character(let character): String(character)
        default: boundedText(quoted: true)
        }
    }

    public var debugDescription: String { boundedText(quoted: true) }

    /// The text as a result, `print` (`quoted: false`) or `debugPrint` shows it: at most about
    /// `limit` bytes, then `…`; cut short when the cell is interrupted (the caller checks).
    public func shownText(quoted: Bool, nested: Bool = false, limit: Int = shownTextBytes) -> String {
        boundedText(quoted: quoted, nested: nested, limit: limit)
    }

    /// `description` for a `String` made of it (`String(describing:)`, `.description`): the whole text,
    /// refused past the string limit, stopped by an interrupt.
    func exactDescription() throws(ScriptError) -> String {
        switch self {
        case .string(let text): text
        case .character(let character): String(character)
        default: try exactText(quoted: true)
        }
    }

    /// The whole text as `write` makes it, for a `String` made of it (interpolation): refused past the
    /// string limit, stopped by an interrupt.
    func exactText(quoted: Bool) throws(ScriptError) -> String {
        switch self {
        case .string(let text) where !quoted: return text
        case .int(let value): return String(value)
        default: break
        }
        var out = ""
        write(to: &out, quoted: quoted)
        try Interrupt.checkCell()
        if out.utf8.count >= Limits.maximumStringBytes {
            throw ScriptError(kind: .runtime, message: Message.stringTooLong(out.utf8.count, limit: Limits.maximumStringBytes))
        }
        return out
    }

    /// The text up to `limit` bytes, ending with `…` when it was cut.
    private func boundedText(quoted: Bool, nested: Bool = false, limit: Int = Limits.maximumStringBytes) -> String {
        var out = ""
        write(to: &out, quoted: quoted, nested: nested, limit: limit)
        if Self.isFull(out, limit) { out += "…" }
        return out
    }

    /// True when no more text may be written: `out` reached `limit` bytes or the cell was interrupted.
    @inline(__always)
    static func isFull(_ out: String, _ limit: Int) -> Bool {
        out.utf8.count >= limit || Interrupt.isRequested
    }

    /// Appends the Swift text of the value; strings quoted when `quoted` (inside collections and for REPL results).
    /// `nested` is true inside collections, tuples and optionals, where Swift prints declared types with their
    /// module (`[main.Point(x: 1.0, y: 2.0)]`). Writes nothing more once `out` holds `limit` bytes or the cell
    /// was interrupted, so the text may end anywhere (`boundedText` marks it).
    func write(to out: inout String, quoted: Bool, nested: Bool = false, limit: Int = Limits.maximumStringBytes) {
        if Self.isFull(out, limit) { return }
        switch self {
        case .void: out += "()"
        case .int(let value): out += String(value)
        case .double(let value): out += value.description
        case .bool(let value): out += value ? "true" : "false"
        case .string(let text): Self.write(text, to: &out, quoted: quoted, limit: limit)
        case .character(let character): out += quoted ? String(character).debugDescription : String(character)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if Self.isFull(out, limit) { return }
                if index > 0 { out += ", " }
                item.write(to: &out, quoted: true, nested: true, limit: limit)
            }
            out += "]"
        case .dictionary(let dict):
            if dict.count == 0 { out += "[:]"; return }
            out += "["
            for (index, pair) in dict.pairs.enumerated() {
                if Self.isFull(out, limit) { return }
                if index > 0 { out += ", " }
                pair.key.value.write(to: &out, quoted: true, nested: true, limit: limit)
                out += ": "
                pair.value.write(to: &out, quoted: true, nested: true, limit: limit)
            }
            out += "]"
        case .tuple(let tuple):
            out += "("
            for (index, item) in tuple.elements.enumerated() {
                if index > 0 { out += ", " }
                if let label = tuple.labels[index] { out += label + ": " }
                item.write(to: &out, quoted: true, nested: true, limit: limit)
            }
            out += ")"
        case .wrapped(let inner):
            out += "Optional("
            inner.write(to: &out, quoted: true, nested: true, limit: limit)
            out += ")"
        case .null: out += "nil"
        case .range(let range):
            range.lower.write(to: &out, quoted: true, nested: true, limit: limit)
            out += range.isClosed ? "..." : "..<"
            range.upper.write(to: &out, quoted: true, nested: true, limit: limit)
        case .function: out += "(Function)"
        case .symbol(let name): out += "." + name
        case .type(let namespace): out += namespace.name
        case .native(let object): out += quoted ? object.debugDescription : object.description
        case .instance(let instance): InstanceText.write(instance, to: &out, nested: nested, limit: limit)
        }
    }

    /// Appends `text` (quoted when `quoted`), only as much of it as fills `out` to `limit` bytes.
    private static func write(_ text: String, to out: inout String, quoted: Bool, limit: Int) {
        let room = limit - out.utf8.count
        guard text.utf8.count > room else {
            out += quoted ? text.debugDescription : text
            return
        }
        var kept = String.UnicodeScalarView()
        var bytes = 0
        for scalar in text.unicodeScalars {
            if bytes >= room { break }
            kept.append(scalar)
            bytes += UTF8.width(scalar)
        }
        let head = String(kept)
        out += quoted ? String(head.debugDescription.dropLast()) : head  // no closing quote: the text goes on
    }
}
