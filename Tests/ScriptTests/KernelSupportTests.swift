import Testing
import ScalingTestSupport
@testable import Script

@Suite struct CompletenessTests {
    let interpreter = Interpreter(host: RecordingHost())

    @Test func completeStatements() {
        #expect(interpreter.completeness("let x = 1") == .complete)
        #expect(interpreter.completeness("print(\"hi\")\n") == .complete)
        #expect(interpreter.completeness("") == .complete)
    }

    @Test func openBracketsAreIncompleteWithIndent() {
        #expect(interpreter.completeness("func f() {") == .incomplete(indent: "    "))
        #expect(interpreter.completeness("let a = [1,\n") == .incomplete(indent: "    "))
        #expect(interpreter.completeness("print(") == .incomplete(indent: "    "))
    }

    @Test func openStringsAndCommentsAreIncomplete() {
        #expect(interpreter.completeness("let s = \"\"\"\nabc") != .complete)
        #expect(interpreter.completeness("/* open") != .complete)
        #expect(interpreter.completeness("let s = \"\"\"\nabc") != .invalid)
    }

    @Test func trailingOperatorAndHeadersAreIncomplete() {
        #expect(interpreter.completeness("let x = 1 +") == .incomplete(indent: ""))
        #expect(interpreter.completeness("if x > 1") == .incomplete(indent: "    "))
        #expect(interpreter.completeness("func train(steps: Int)") == .incomplete(indent: "    "))
    }

    @Test func unrecoverableSyntaxIsInvalid() {
        #expect(interpreter.completeness("let x = )") == .invalid)
        #expect(interpreter.completeness("}") == .invalid)
    }
}

@Suite struct CompletionTests {
    @Test func namesInScopeKeywordsAndBuiltinsByPrefix() {
        let interpreter = Interpreter(host: RecordingHost())
        _ = interpreter.run("let model = 1\nvar modulus = 2", cell: 1)
        let completion = interpreter.complete("mo", cursor: 2)
        #expect(completion.matches == ["model", "modulus"])
        #expect(completion.start == 0 && completion.end == 2)
        #expect(interpreter.complete("pri", cursor: 3).matches == ["print"])
        #expect(interpreter.complete("whi", cursor: 3).matches == ["while"])
        #expect(interpreter.complete("Dou", cursor: 3).matches == ["Double"])
    }

    @Test func membersOfTheValuesType() {
        let interpreter = Interpreter(host: RecordingHost())
        _ = interpreter.run("var xs = [1, 2]\nlet name = \"a\"", cell: 1)
        let completion = interpreter.complete("xs.app", cursor: 6)
        #expect(completion.matches == ["append"])
        #expect(completion.start == 3)
        #expect(interpreter.complete("name.upp", cursor: 8).matches == ["uppercased"])
        #expect(interpreter.complete("Double.p", cursor: 8).matches == ["pi"])
    }

    @Test func cursorCountsUnicodeScalars() {
        let interpreter = Interpreter(host: RecordingHost())
        _ = interpreter.run("let café = 1", cell: 1)
        let code = "\"é\"; caf"
        let completion = interpreter.complete(code, cursor: code.unicodeScalars.count)
        #expect(completion.matches == ["café"])
        #expect(completion.start == 5)
    }
}

@Suite struct InspectionTests {
    @Test func builtinsHaveSignatureAndDoc() throws {
        let interpreter = Interpreter(host: RecordingHost())
        let inspection = try #require(interpreter.inspect("print", cursor: 2))
        #expect(inspection.plain.hasPrefix("print(_ items: Any..., separator: String = \" \", terminator: String = \"\\n\")"))
        #expect(inspection.plain.contains("standard output"))
    }

    @Test func userFunctionsShowTheirDeclarationLine() throws {
        let interpreter = Interpreter(host: RecordingHost())
        _ = interpreter.run("func train(steps: Int) -> Double {\n    return 1.0\n}", cell: 1)
        let inspection = try #require(interpreter.inspect("train(steps: 3)", cursor: 3))
        #expect(inspection.plain.hasPrefix("func train(steps: Int) -> Double"))
    }

    @Test func membersAndUnknownNames() throws {
        let interpreter = Interpreter(host: RecordingHost())
        _ = interpreter.run("var xs = [1]", cell: 1)
        let inspection = try #require(interpreter.inspect("xs.append(2)", cursor: 5))
        #expect(inspection.plain.contains("append(_ newElement: Element)"))
        #expect(interpreter.inspect("zzz", cursor: 1) == nil)
    }

    @Test func insideOpenBracketsTheCallBeforeThemIsInspected() throws {
        let interpreter = Interpreter(host: RecordingHost())
        let inspection = try #require(interpreter.inspect("print((", cursor: 7))
        #expect(inspection.plain.hasPrefix("print(_ items: Any..."))
        // A fuzzer's cell: each bracket used to re-copy the code and recurse (quadratic, and deep enough to overflow
        // the stack); one pass back over them is linear.
        let deep = String(repeating: "(", count: 100_000) + String(repeating: ")", count: 100_000)
        #expect(interpreter.inspect(deep, cursor: 38_760) == nil)
        #expect(interpreter.inspect("print" + deep, cursor: 60_000)?.plain.hasPrefix("print(") == true)
    }

    /// A fuzzer's session: Shift-Tab on a variable holding a string of many megabytes escaped the whole
    /// string to show its first 200 characters, holding the shell channel for seconds (an inspect cannot
    /// be interrupted). Only the beginning is written now, so 256 times the text costs about the same.
    @Test func aHugeVariableIsShownByItsBeginningInTimeIndependentOfItsSize() throws {
        let interpreter = Interpreter(host: RecordingHost())
        _ = interpreter.run("var small = String(repeating: \"ab\\n\", count: 1 << 14)", cell: 1)
        _ = interpreter.run("var large = String(repeating: \"ab\\n\", count: 1 << 22)", cell: 2)
        let shown = try #require(interpreter.inspect("large", cursor: 2))
        #expect(shown.plain.contains("var large: String"))
        #expect(shown.plain.contains("= \"ab\\nab\\n"))
        let times = CellCPUClock.fastest(rounds: 3, small: 0, large: 1) { size in
            let name = size == 0 ? "small" : "large"
            let start = CellCPUClock.currentThreadSeconds()
            _ = interpreter.inspect(name, cursor: 1)
            return CellCPUClock.currentThreadSeconds() - start
        }
        #expect(times.large < max(times.small * 16, 0.002), "small \(times.small) s, large \(times.large) s")
    }

    @Test func everyBuiltinHasADoc() {
        let interpreter = Interpreter(host: RecordingHost())
        for (name, function) in interpreter.session.builtins where name.first?.isLetter ?? false {
            guard case .builtin(let overloads) = function.kind else { continue }
            #expect(overloads.allSatisfy { !$0.doc.isEmpty }, "\(name)")
            #expect(interpreter.inspect(name, cursor: 0) != nil, "\(name)")
        }
    }
}
