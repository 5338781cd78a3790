import Script

/// `display(_:)`, `display(_:id:)` and `clearOutput(wait:)` (LANGUAGE.md section 6).
enum DisplayFunctions {
    static func install(into interpreter: Interpreter, channel: DisplayChannel) {
        interpreter.register(Builtin("display", [Parameter(nil, "value")],
                                     doc: "Shows a value now, below the cell.") { arguments throws(ScriptError) in
            channel.show(try Prelude.bundle(rendering: arguments[0]))
            return .void
        })
        interpreter.register(Builtin("display", [Parameter(nil, "value"), Parameter("id", type: "String")],
                                     doc: "Shows a value; a later display with the same id replaces it in place.") {
            arguments throws(ScriptError) in
            channel.show(try Prelude.bundle(rendering: arguments[0]), id: try arguments.string(1))
            return .void
        })
        interpreter.register(Builtin("clearOutput",
                                     [Parameter("wait", type: "Bool", default: .init("false") { .bool(false) })],
                                     doc: "Clears this cell's output; with wait: true, when the next output arrives.") {
            arguments throws(ScriptError) in
            channel.clearOutput(wait: try arguments.bool(0))
            return .void
        })
    }
}
