import Prelude
import Script

/// Runs cells outside Jupyter (for `loupe run` and `loupe render`). The
/// interpreter runs each cell on its own large-stack thread.
enum ScriptRunner {
    /// Runs each cell in order; `onResult` sees each cell's value. On an error the
    /// traceback goes to stderr (coloured only on a terminal) and the run stops.
    /// Returns whether every cell succeeded.
    static func run(cells: [String], onResult: (Value, Int) -> Void) -> Bool {
        let interpreter = Interpreter(host: TerminalHost())
        Prelude.install(into: interpreter, display: TerminalDisplay())
        for (index, cell) in cells.enumerated() {
            switch interpreter.run(cell, cell: index + 1) {
            case .value(let value):
                if let value { onResult(value, index) }
            case .error(let error):
                let color = TerminalOutput.stderr.isTerminal
                TerminalOutput.stderr.write(error.traceback(color: color).joined(separator: "\n") + "\n")
                return false
            }
        }
        return true
    }
}

/// Where a script's prints and `readLine()` go outside Jupyter: the terminal.
final class TerminalHost: ScriptHost {
    func write(_ text: String, to stream: ScriptStream) {
        (stream == .stdout ? TerminalOutput.stdout : TerminalOutput.stderr).write(text)
    }

    func readLine(prompt: String) -> String? {
        TerminalOutput.stdout.write(prompt)
        return Swift.readLine()
    }
}

/// `display(_:)` outside Jupyter: the value's text/plain form on stdout.
final class TerminalDisplay: DisplaySink {
    /// A terminal shows text only: live views print a line rather than redraw a chart.
    var isTextOnly: Bool { true }

    func show(_ bundle: DisplayBundle, id: String?, update: Bool) {
        if let text = bundle.plainText { TerminalOutput.stdout.write(text + "\n") }
    }

    func clearOutput(wait: Bool) {}
}
