import Platform

/// Foundation's `String(format:_:)` for the printf conversions notebook code uses (`%d %i %u %x %X %o %c %f %F %e %E
/// %g %G %a %A %@ %%`, flags `- + 0 # space`, width, precision, lengths `l ll h hh q z`), printed as Foundation prints
/// them (the numbers through the C library). Where Foundation would print a number that is not the argument's — an
/// Int that does not fit `%d`'s 32 bits, a Double given to `%d`, a missing argument — Loupe stops with an error instead.
enum StringFormat {
    /// One `%…` conversion.
    struct Spec {
        var flags = ""
        var width: Int?
        var precision: Int?
        var length = ""
        var conversion: Character = "d"
        var text: String { "%" + flags + (width.map(String.init) ?? "") + (precision.map { ".\($0)" } ?? "") }
    }

    /// The largest width or precision accepted (a larger one would only make a huge string).
    static let largestField = 10_000

    static func format(_ format: String, _ arguments: [Value]) throws(ScriptError) -> String {
        var out = "", next = 0
        var characters = format[...]
        while let percent = characters.firstIndex(of: "%") {
            out += characters[..<percent]
            characters = characters[characters.index(after: percent)...]
            let spec = try parseSpec(&characters)
            if spec.conversion == "%" {
                guard spec.flags.isEmpty, spec.width == nil, spec.precision == nil else {
                    throw failure("'%%' takes no flags, width or precision")
                }
                out += "%"
                continue
            }
            guard next < arguments.count else {
                throw failure("the format has more conversions than the \(arguments.count) argument\(arguments.count == 1 ? "" : "s") given")
            }
            out += try convert(spec, arguments[next], position: next + 1)
            next += 1
        }
        out += characters
        guard next == arguments.count else {
            throw failure("\(arguments.count) arguments given but the format uses \(next)")
        }
        return out
    }

    private static func failure(_ message: String) -> ScriptError {
        ScriptError(kind: .runtime, message: "String(format:): " + message)
    }

    private static func parseSpec(_ characters: inout Substring) throws(ScriptError) -> Spec {
        var spec = Spec()
        while let c = characters.first, "-+0# ".contains(c) { spec.flags.append(c); characters.removeFirst() }
        spec.width = try number(&characters)
        if characters.first == "." {
            characters.removeFirst()
            spec.precision = try number(&characters) ?? 0
        }
        while let c = characters.first, "lhqzjt".contains(c) { spec.length.append(c); characters.removeFirst() }
        guard let conversion = characters.first else { throw failure("the format ends inside a conversion") }
        characters.removeFirst()
        guard "diuxXocfFeEgGaA@%".contains(conversion) else {
            let hint = conversion == "s" ? " (use %@ for a String)" : conversion == "*" || conversion == "$" ? " (not supported in Loupe)" : ""
            throw failure("unsupported conversion '%\(spec.text.dropFirst())\(spec.length)\(conversion)'\(hint)")
        }
        guard ["", "l", "ll", "h", "hh", "q", "z", "j", "t"].contains(spec.length) else {
            throw failure("unsupported length '\(spec.length)'")
        }
        spec.conversion = conversion
        return spec
    }

    private static func number(_ characters: inout Substring) throws(ScriptError) -> Int? {
        var value: Int?
        while let c = characters.first, let digit = c.wholeNumberValue, c.isASCII {
            value = (value ?? 0) * 10 + digit
            guard value! <= largestField else { throw failure("a width or precision above \(largestField)") }
            characters.removeFirst()
        }
        return value
    }

    private static func convert(_ spec: Spec, _ argument: Value, position: Int) throws(ScriptError) -> String {
        func mismatch(_ expected: String) -> ScriptError {
            failure("argument \(position) is \(argument.typeName) but '\(spec.text)\(spec.length)\(spec.conversion)' needs \(expected)")
        }
        switch spec.conversion {
        case "@":
            // Foundation ignores width, precision and flags for `%@`.
            switch argument {
            case .string(let text): return text
            case .character(let character): return String(character)
            default: throw mismatch("a String")
            }
        case "f", "F", "e", "E", "g", "G", "a", "A":
            let x: Double
            switch argument {
            case .double(let number): x = number
            case .native(let object as FloatValue): x = Double(object.value)
            default: throw mismatch("a Double")
            }
            return CFormat.string(spec.text + String(spec.conversion), x)
        case "c":
            guard let code = IntegerValue.number(argument), code > 0, code <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(code)) else {
                throw mismatch("the code of a character")
            }
            let text = String(Character(scalar))
            let pad = String(repeating: " ", count: max(0, (spec.width ?? 0) - 1))
            return spec.flags.contains("-") ? text + pad : pad + text
        default:
            guard let value = IntegerValue.number(argument) else { throw mismatch("an Int") }
            return CFormat.string(spec.text + "ll" + String(spec.conversion), integer: try integer(value, spec, mismatch))
        }
    }

    /// The integer as the conversion reads it: 64 bits with `l`/`ll`/`q`/`z`/`j`/`t`, else 32 (or 16, 8 with
    /// `h`, `hh`); a value that does not fit is an error (Foundation would print its low bits).
    private static func integer(_ value: Int128, _ spec: Spec, _ mismatch: (String) -> ScriptError) throws(ScriptError) -> Int64 {
        let bits = switch spec.length { case "": 32; case "h": 16; case "hh": 8; default: 64 }
        let signed = spec.conversion == "d" || spec.conversion == "i"
        let low = -(Int128(1) << (bits - 1)), high = signed ? (Int128(1) << (bits - 1)) - 1 : (Int128(1) << bits) - 1
        guard value >= low, value <= high else {
            throw mismatch("a value that fits in \(bits) bits (\(low)...\(high); use %l\(spec.conversion) for an Int)")
        }
        // Unsigned conversions print a negative value's two's complement in the conversion's width.
        return Int64(truncatingIfNeeded: !signed && value < 0 ? value + (Int128(1) << bits) : value)
    }
}
