import Prelude
import Script

/// An interpreter with the Prelude installed, recording what cells print and display.
final class PreludeHarness: ScriptHost, DisplaySink {
    struct Shown { var bundle: DisplayBundle; var id: String?; var update: Bool }
    var stdout = ""
    var shown: [Shown] = []
    var clears: [Bool] = []
    private(set) var interpreter: Interpreter!
    private var cell = 0

    init() {
        interpreter = Interpreter(host: self)
        Prelude.install(into: interpreter, display: self)
    }

    /// Runs a cell and returns its result's bundle, or the error's first traceback line.
    @discardableResult
    func run(_ source: String) -> Result<DisplayBundle?, ScriptError> {
        cell += 1
        switch interpreter.run(source, cell: cell) {
        case .value(let value): return .success(value.map(Prelude.bundle(for:)))
        case .error(let error): return .failure(error)
        }
    }

    func write(_ text: String, to stream: ScriptStream) { stdout += text }
    func readLine(prompt: String) -> String? { nil }
    func show(_ bundle: DisplayBundle, id: String?, update: Bool) { shown.append(Shown(bundle: bundle, id: id, update: update)) }
    func clearOutput(wait: Bool) { clears.append(wait) }
}
