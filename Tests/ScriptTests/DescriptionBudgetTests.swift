import Foundation
import Testing
@testable import Script

/// A value's text has a byte budget and stops when the cell is interrupted: a value far larger as text than in
/// memory (one inner array shared 3 M times) is shown by its first MiB, printed likewise, and a `String` made
/// of it is refused or interrupted instead of growing without end.
@Suite struct DescriptionBudgetTests {
    static let shared = "let rows = Array(repeating: Array(repeating: 0, count: 3_000_000), count: 3_000_000)"

    @Test func theShownTextOfAHugeValueStopsAfterAMebibyte() {
        let interpreter = Interpreter(host: RecordingHost())
        guard case .value(let value?) = interpreter.run(Self.shared + "\nrows", cell: 1) else {
            Issue.record("no value"); return
        }
        let text = value.shownText(quoted: true)
        #expect(text.hasPrefix("[[0, 0, 0, "))
        #expect(text.hasSuffix("…"))
        #expect(text.utf8.count >= Value.shownTextBytes && text.utf8.count < Value.shownTextBytes + 16)
    }

    @Test func printOfAHugeValueWritesItsFirstMebibyte() {
        let host = RecordingHost()
        let interpreter = Interpreter(host: host)
        guard case .value = interpreter.run(Self.shared + "\nprint(rows)\ndebugPrint(\"a\", rows)", cell: 1) else {
            Issue.record("print failed"); return
        }
        let lines = host.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.hasSuffix("…") && $0.utf8.count < Value.shownTextBytes + 16 })
        #expect(lines.last?.hasPrefix("\"a\" [[0, 0") ?? false)
    }

    @Test func aLongStringInsideAValueIsShownByItsBeginning() {
        let interpreter = Interpreter(host: RecordingHost())
        guard case .value(let value?) = interpreter.run("[String(repeating: \"é\", count: 1_000_000), \"b\"]", cell: 1) else {
            Issue.record("no value"); return
        }
        let text = value.shownText(quoted: true)
        #expect(text.hasPrefix("[\"éé") && text.hasSuffix("éé…"))
        #expect(text.utf8.count < Value.shownTextBytes + 16)
        #expect(value.debugDescription.hasSuffix("é\", \"b\"]"))
    }

    @Test func smallValuesAreWrittenWhole() {
        let interpreter = Interpreter(host: RecordingHost())
        guard case .value(let value?) = interpreter.run("[\"a\": [1, 2], \"b\": []]", cell: 1) else {
            Issue.record("no value"); return
        }
        #expect(value.shownText(quoted: true) == value.debugDescription)
        #expect(value.debugDescription.hasPrefix("[\"") && !value.debugDescription.contains("…"))
    }

    @Test func interpolatingAHugeValueIsInterruptible() {
        let interpreter = Interpreter(host: RecordingHost())
        _ = interpreter.run(Self.shared, cell: 1)
        for (cell, code) in ["let s = \"\\(rows)\"", "let s = String(describing: rows)", "let s = rows.description"].enumerated() {
            let trigger = Thread { Thread.sleep(forTimeInterval: 0.2); interpreter.interrupt() }
            trigger.start()
            guard case .error(let error) = interpreter.run(code, cell: cell + 2) else {
                Issue.record("\(code) was not interrupted"); continue
            }
            #expect(error.kind == .interrupted, "\(code)")
        }
        guard case .value(let value?) = interpreter.run("rows[2].count", cell: 9) else { Issue.record("state lost"); return }
        #expect(value.description == "3000000")
    }
}
