import Foundation
import Testing
@testable import Script

/// A host that records what cells print.
final class RecordingHost: ScriptHost {
    var stdout = ""
    var stderr = ""
    var inputs: [String] = []
    func write(_ text: String, to stream: ScriptStream) {
        if stream == .stdout { stdout += text } else { stderr += text }
    }
    func readLine(prompt: String) -> String? { inputs.isEmpty ? nil : inputs.removeFirst() }
}

/// What running a case file produced: printed lines and cell results, and the errors in order.
struct CaseRun {
    var lines: [String] = []
    var errors: [ScriptError] = []
}

/// Runs the `.swift` case files under `Cases/`: cells are split at `// %%`; expectations sit in comments:
/// `// expect: LINE` (the next printed line or cell result), `// expect error: Kind: message`,
/// `// expect traceback: LINE` (the next traceback line, no colour).
enum Cases {
    static var directory: URL? { Bundle.module.resourceURL?.appendingPathComponent("Cases") }

    static func all() -> [String] {
        guard let root = directory,
              let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var names: [String] = []
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            names.append(String(url.path.dropFirst(root.path.count + 1)))
        }
        return names.sorted()
    }

    static func source(_ name: String) -> String {
        guard let url = directory?.appendingPathComponent(name) else { return "" }
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    static func cells(_ text: String) -> [String] {
        var cells = [""]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "// %%" { cells.append("") } else { cells[cells.count - 1] += line + "\n" }
        }
        return cells
    }

    /// Runs every cell (later cells still run after an error, as in a notebook).
    static func run(_ text: String, inputs: [String] = []) -> CaseRun {
        let host = RecordingHost()
        host.inputs = inputs
        let interpreter = Interpreter(host: host)
        var run = CaseRun()
        for (index, cell) in cells(text).enumerated() {
            host.stdout = ""
            let outcome = interpreter.run(cell, cell: index + 1)
            run.lines += host.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
            if !host.stdout.isEmpty && !host.stdout.hasSuffix("\n") {
                run.lines.append(String(host.stdout.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""))
            }
            switch outcome {
            case .value(let value): if let value { run.lines += value.debugDescription.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
            case .error(let error): run.errors.append(error)
            }
        }
        return run
    }

    static func expectations(_ text: String, marker: String) -> [String] {
        var found: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let range = line.range(of: "// \(marker): ") else { continue }
            found.append(String(line[range.upperBound...]))
        }
        return found
    }
}

@Suite struct CaseFileTests {
    @Test func thereAreManyCases() {
        #expect(Cases.all().count >= 20)
    }

    @Test(arguments: Cases.all())
    func caseFile(_ name: String) {
        let text = Cases.source(name)
        let run = Cases.run(text)
        let expectedLines = Cases.expectations(text, marker: "expect")
        #expect(run.lines == expectedLines, "\(name): printed output")
        let expectedErrors = Cases.expectations(text, marker: "expect error")
        let errors = run.errors.map { "\($0.kind.rawValue): \($0.message)" }
        #expect(errors == expectedErrors, "\(name): errors")
        let expectedTraceback = Cases.expectations(text, marker: "expect traceback")
        if !expectedTraceback.isEmpty {
            let traceback = run.errors.flatMap { $0.traceback(color: false) }
            #expect(traceback == expectedTraceback, "\(name): traceback")
        }
    }
}
