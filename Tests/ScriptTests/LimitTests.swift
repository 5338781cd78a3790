import Foundation
import Testing
@testable import Script

@Suite struct LimitTests {
    @Test func hundredThousandNestedBracketsIsASyntaxError() throws {
        let interpreter = Interpreter(host: RecordingHost())
        for opener in ["[", "(", "{", "-", "!"] {
            let source = String(repeating: opener, count: opener == "[" ? 100_000 : 20_000)
            guard case .error(let error) = interpreter.run(source, cell: 1) else {
                Issue.record("nesting \(opener) did not fail"); continue
            }
            #expect(error.kind == .syntax)
        }
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        guard case .error(let error) = interpreter.run(deep, cell: 2) else { Issue.record("no error"); return }
        #expect(error.message == "expression nested too deeply (more than \(Parser.maximumNesting) levels)")
        #expect(interpreter.completeness(deep) == .invalid)
        #expect(interpreter.complete(deep, cursor: 10).start == 10)
    }

    @Test func longOperatorChainsAreRefusedNotCrashing() {
        let interpreter = Interpreter(host: RecordingHost())
        let chain = Array(repeating: "1", count: 50_000).joined(separator: " + ")
        guard case .error(let error) = interpreter.run(chain, cell: 1) else { Issue.record("no error"); return }
        #expect(error.kind == .syntax)
        let fine = Array(repeating: "1", count: 1_000).joined(separator: " + ")
        guard case .value(let value) = interpreter.run(fine, cell: 2) else { Issue.record("failed"); return }
        #expect(value?.description == "1000")
    }

    @Test func interruptStopsAnInfiniteLoopAndKeepsState() {
        let interpreter = Interpreter(host: RecordingHost())
        _ = interpreter.run("var spins = 0", cell: 1)
        let trigger = Thread { Thread.sleep(forTimeInterval: 0.2); interpreter.interrupt() }
        trigger.start()
        guard case .error(let error) = interpreter.run("while true { spins += 1 }", cell: 2) else {
            Issue.record("loop was not interrupted"); return
        }
        #expect(error.kind == .interrupted)
        #expect(error.traceback(color: false).first?.hasPrefix("cell 2, line 1") ?? false)
        guard case .value(let spins) = interpreter.run("spins > 0", cell: 3) else { Issue.record("state lost"); return }
        #expect(spins?.description == "true")
    }

    @Test func interruptStopsDeepRecursionLoops() {
        let interpreter = Interpreter(host: RecordingHost())
        let trigger = Thread { Thread.sleep(forTimeInterval: 0.2); interpreter.interrupt() }
        trigger.start()
        let source = "func spin(_ n: Int) -> Int { n > 500 ? 0 : spin(n + 1) + spin(n + 1) }\nspin(0)"
        guard case .error(let error) = interpreter.run(source, cell: 1) else { Issue.record("not interrupted"); return }
        #expect(error.kind == .interrupted)
    }

    /// A fuzzer's cell: `Array(s)` of a string of hundreds of megabytes made an array of a Value per character
    /// (24 bytes each) with no size check. The characters are counted first now, and too many are refused.
    @Test func theCharactersOfAHugeStringAreCheckedBeforeTheyAreMade() {
        let interpreter = Interpreter(host: RecordingHost())
        _ = interpreter.run("var s = \"ab\"\nfor _ in 0..<26 { s += s }", cell: 1)
        for (cell, source) in ["Array(s).count", "s.sorted().count"].enumerated() {
            guard case .error(let error) = interpreter.run(source, cell: cell + 2) else {
                Issue.record("\(source): no error"); continue
            }
            #expect(error.message == "allocation of 134217728 elements refused (limit 100000000)", "\(source)")
        }
        let afterwards = interpreter.run("s.prefix(3) + s.suffix(2) + s.dropFirst(134217726) + \"\\(s.dropLast().count)\"", cell: 4)
        guard case .value(let value) = afterwards else { Issue.record("\(afterwards)"); return }
        #expect(value?.description == "abaabab134217727")
    }

    @Test func anInterruptWhileIdleDoesNotKillTheNextCell() {
        let interpreter = Interpreter(host: RecordingHost())
        interpreter.interrupt()
        guard case .value(let value) = interpreter.run("1 + 1", cell: 1) else { Issue.record("failed"); return }
        #expect(value?.description == "2")
    }

    @Test func stackOverflowTracebackIsShort() {
        let interpreter = Interpreter(host: RecordingHost())
        guard case .error(let error) = interpreter.run("func f(_ n: Int) -> Int { f(n) }\nf(1)", cell: 1) else {
            Issue.record("no error"); return
        }
        #expect(error.message == "stack overflow (recursion deeper than \(Limits.maximumCallDepth) calls)")
        let traceback = error.traceback(color: false)
        #expect(traceback.count < 30)
        #expect(traceback.last == "  … \(Limits.maximumCallDepth - 20) more calls")
    }
}
