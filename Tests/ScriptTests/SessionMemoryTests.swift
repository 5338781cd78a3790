import Testing
@testable import Script

/// A long session of small cells must not grow: a cell's source is kept only while a function or closure
/// it defined can still report a span in it.
@Suite struct SessionMemoryTests {
    @Test func tenThousandTrivialCellsKeepNoSource() {
        let interpreter = Interpreter(host: RecordingHost())
        for cell in 1...10_000 {
            _ = interpreter.run("1 + 2", cell: cell)
        }
        #expect(interpreter.session.sources.isEmpty)
    }

    @Test func failedCellsKeepNoSourceButReportTheirLines() throws {
        let interpreter = Interpreter(host: RecordingHost())
        guard case .error(let compileError) = interpreter.run("let a = 1\nnosuchname + 1", cell: 1) else {
            Issue.record("an unknown name must fail"); return
        }
        #expect(compileError.traceback(color: false).first == "cell 1, line 2, column 1: error: cannot find 'nosuchname' in scope")
        guard case .error(let runtimeError) = interpreter.run("let b = [1]\nb[3]", cell: 2) else {
            Issue.record("an index out of range must fail"); return
        }
        #expect(runtimeError.traceback(color: false).first?.hasPrefix("cell 2, line 2, column 1: error:") == true)
        #expect(interpreter.session.sources.isEmpty)
    }

    @Test func cellsDefiningFunctionsKeepTheirSourceForLaterErrors() throws {
        let interpreter = Interpreter(host: RecordingHost())
        _ = interpreter.run("func inner(_ x: Int) -> Int {\n    return x / 0\n}", cell: 1)
        _ = interpreter.run("let doubled = [1, 2].map { $0 * 2 }", cell: 2)
        for cell in 3...100 { _ = interpreter.run("2 * 3", cell: cell) }
        #expect(interpreter.session.sources.keys.sorted() == [1])  // cell 2's closure is gone: nothing can fail in it
        guard case .error(let error) = interpreter.run("inner(4)", cell: 101) else {
            Issue.record("division by zero must fail"); return
        }
        #expect(error.traceback(color: false) == [
            "cell 1, line 2, column 12: error: division by zero",
            "        return x / 0",
            "               ^~~~~",
            "  in 'inner(_:)' at cell 1, line 2",
        ])
    }

    /// A notebook cell run again and again defines the same names again: the functions and closures it replaced are
    /// freed with their compiled bodies and their cells' sources (each such cell kept ~3.5 KB for the session's life).
    @Test func functionsDefinedAgainFreeTheOnesTheyReplace() throws {
        let interpreter = Interpreter(host: RecordingHost())
        for cell in 1...1000 {
            let code = "let add = { (x: Int) -> Int in x + \(cell) }\n"
                + "func twice(_ f: (Int) -> Int, _ x: Int) -> Int { f(f(x)) }\n"
                + "let counter: () -> Int = { var n = \(cell); return { n += 1; return n }() }\n"
                + "twice(add, \(cell)) + counter()"
            guard case .value(let value?) = interpreter.run(code, cell: cell) else { Issue.record("cell \(cell) failed"); return }
            #expect(value.description == "\(4 * cell + 1)")
        }
        // Cell 999's `add` is held by the call-site cache in cell 999's `twice` until that is freed: one cell later.
        _ = interpreter.run("let kept = 1", cell: 1001)
        _ = interpreter.run("kept + 1", cell: 1002)
        #expect(interpreter.session.functions.count == 4)  // add, twice, counter and the closure counter calls, of cell 1000
        #expect(interpreter.session.sources.keys.sorted() == [1000])
        guard case .error(let error) = interpreter.run("let big = add(Int.max)", cell: 1003) else {
            Issue.record("an overflow must fail"); return
        }
        #expect(error.traceback(color: false).first?.hasPrefix("cell 1000, line 1, column ") == true)
    }

    /// A recursive function's call of itself caches the function it called (the cache is in the function's own
    /// body: a cycle); a cell defining it again must still free the one it replaced (each kept ~3.3 KB).
    @Test func recursiveFunctionsDefinedAgainFreeTheOnesTheyReplace() throws {
        let interpreter = Interpreter(host: RecordingHost())
        for cell in 1...300 {
            let code = "func fact(_ n: Int) -> Int { n <= 1 ? 1 : n * fact(n - 1) }\n"
                + "func countdown(_ n: Int) -> Int {\n    if n == 0 { return \(cell) }\n    return countdown(n - 1)\n}\n"
                + "func even(_ n: Int) -> Bool { n == 0 ? true : odd(n - 1) }\n"
                + "func odd(_ n: Int) -> Bool { n == 0 ? false : even(n - 1) }\n"
                + "fact(5) + countdown(3) + (even(10) ? 1 : 0)"
            guard case .value(let value?) = interpreter.run(code, cell: cell) else { Issue.record("cell \(cell) failed"); return }
            #expect(value.description == "\(121 + cell)")
        }
        _ = interpreter.run("let kept = 1", cell: 301)
        _ = interpreter.run("kept + 1", cell: 302)
        #expect(interpreter.session.functions.count == 4)
        #expect(interpreter.session.sources.keys.sorted() == [300])
    }
}
