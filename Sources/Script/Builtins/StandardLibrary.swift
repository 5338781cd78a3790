/// Installs the builtins of LANGUAGE.md section 6 into an interpreter.
enum StandardLibrary {
    static func install(into interpreter: Interpreter) {
        for builtin in OutputFunctions.all + MathFunctions.all + RandomFunctions.all + CollectionFunctions.all {
            interpreter.register(builtin)
        }
        for namespace in ScalarTypes.all + FixedWidthTypes.all { interpreter.register(namespace) }
        for builtin in OperatorFunctions.all { interpreter.register(builtin) }
    }
}

/// Shorthands for declaring parameters.
extension Parameter {
    static func positional(_ name: String, _ type: String = "Any") -> Parameter { Parameter(nil, name, type: type) }
    static func labeled(_ label: String, _ type: String = "Any") -> Parameter { Parameter(label, label, type: type) }
}

extension Parameter.DefaultValue {
    /// A default that is a literal constant.
    public static func constant(_ text: String, _ value: Value) -> Parameter.DefaultValue {
        switch value {
        case .int(let x): return Parameter.DefaultValue(text) { .int(x) }
        case .double(let x): return Parameter.DefaultValue(text) { .double(x) }
        case .bool(let x): return Parameter.DefaultValue(text) { .bool(x) }
        case .string(let x): return Parameter.DefaultValue(text) { .string(x) }
        default: return Parameter.DefaultValue(text) { .null }
        }
    }
}

/// `print`, `readLine`, `String(describing:)`-style output.
enum OutputFunctions {
    static var all: [Builtin] { [
        Builtin("print", [Parameter(nil, "items", type: "Any", variadic: true),
                          Parameter("separator", type: "String", default: .constant("\" \"", .string(" "))),
                          Parameter("terminator", type: "String", default: .constant("\"\\n\"", .string("\n")))],
                doc: "Writes the textual representations of the items to standard output.") { args throws(ScriptError) in
            try writeItems(args, debug: false)
        },
        Builtin("debugPrint", [Parameter(nil, "items", type: "Any", variadic: true),
                               Parameter("separator", type: "String", default: .constant("\" \"", .string(" "))),
                               Parameter("terminator", type: "String", default: .constant("\"\\n\"", .string("\n")))],
                doc: "Writes the items as Swift's debugDescription shows them (strings quoted).") { args throws(ScriptError) in
            try writeItems(args, debug: true)
        },
        Builtin("readLine", returns: "String?",
                doc: "Reads a line from the front end (stdin); nil where input is not allowed.") { args throws(ScriptError) in
            args.interpreter.readLine(prompt: "").map { .wrapped(.string($0)) } ?? .null
        },
        Builtin("fatalError", [Parameter(nil, "message", type: "String", default: .constant("\"\"", .string("")))],
                returns: "Never", doc: "Stops the cell with a RuntimeError carrying the message.") { args throws(ScriptError) in
            throw ScriptError(kind: .runtime, message: "Fatal error: " + (try args.string(0)))
        },
        check("assert", "Assertion failed"),
        check("precondition", "Precondition failed"),
        failure("assertionFailure", "Assertion failed"),
        failure("preconditionFailure", "Precondition failed"),
    ] }

    /// `assert(condition, message)`: a RuntimeError naming the message when the condition is false.
    static func check(_ name: String, _ heading: String) -> Builtin {
        Builtin(name, [Parameter(nil, "condition", type: "Bool"),
                       Parameter(nil, "message", type: "String", default: .constant("\"\"", .string("")))],
                doc: "Stops the cell with a RuntimeError (\(heading): message) when the condition is false.") { args throws(ScriptError) in
            guard case .bool(let condition) = args[0] else { throw args.mismatch(0, "Bool") }
            if condition { return .void }
            let message = try args.string(1)
            throw ScriptError(kind: .runtime, message: message.isEmpty ? heading : "\(heading): \(message)")
        }
    }

    /// `assertionFailure(message)`: always a RuntimeError naming the message.
    static func failure(_ name: String, _ heading: String) -> Builtin {
        Builtin(name, [Parameter(nil, "message", type: "String", default: .constant("\"\"", .string("")))],
                returns: "Never", doc: "Stops the cell with a RuntimeError (\(heading): message).") { args throws(ScriptError) in
            let message = try args.string(0)
            throw ScriptError(kind: .runtime, message: message.isEmpty ? heading : "\(heading): \(message)")
        }
    }
}

extension OutputFunctions {
    /// `print` / `debugPrint`: the items (argument 0) joined by the separator, then the terminator, to stdout.
    static func writeItems(_ args: Arguments, debug: Bool) throws(ScriptError) -> Value {
        guard case .array(let items) = args[0] else { return .void }
        let separator = try args.string(1), terminator = try args.string(2)
        var out = ""
        for (index, item) in items.enumerated() {
            if index > 0 { out += separator }
            out += item.shownText(quoted: debug, nested: debug)
        }
        out += terminator
        args.interpreter.write(out)
        return .void
    }
}
