import Script
#if canImport(Glibc)
import Glibc
#endif

/// Runs Loupe script files for benchmarks and quick checks: `script-bench [--continue] FILE.swift…`.
/// Cells are split at lines that are exactly `// %%`; each cell's result is printed, errors go to stderr.
final class ConsoleHost: ScriptHost {
    func write(_ text: String, to stream: ScriptStream) {
        if stream == .stdout { print(text, terminator: "") } else { writeError(text) }
    }
    func readLine(prompt: String) -> String? { Swift.readLine() }
}

func writeError(_ text: String) {
    var bytes = Array(text.utf8)
    _ = Glibc.write(2, &bytes, bytes.count)
}

func readFile(_ path: String) -> String? {
    guard let file = fopen(path, "r") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = fread(&buffer, 1, buffer.count, file)
        if count <= 0 { break }
        bytes.append(contentsOf: buffer[0..<count])
    }
    return String(decoding: bytes, as: UTF8.self)
}

let host = ConsoleHost()
let interpreter = Interpreter(host: host)
var cellNumber = 0
var failed = false
var arguments = Array(CommandLine.arguments.dropFirst())

/// `--time N FILE`: runs the file's cells once, then times its last cell N more times; prints the median.
if arguments.first == "--time", arguments.count == 3, let reps = Int(arguments[1]), let text = readFile(arguments[2]) {
    let cells = text.components(separatedByLine: "// %%")
    for (index, cell) in cells.enumerated() {
        if case .error(let error) = interpreter.run(cell, cell: index + 1) {
            error.traceback(color: false).forEach { writeError($0 + "\n") }
            exit(1)
        }
    }
    var times: [Double] = []
    for _ in 0..<reps {
        let start = ContinuousClock.now
        _ = interpreter.run(cells[cells.count - 1], cell: cells.count + 1)
        let elapsed = ContinuousClock.now - start
        times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
    times.sort()
    print("median \(times[times.count / 2]) s")
    exit(0)
}

extension String {
    func components(separatedByLine marker: String) -> [String] {
        var cells = [""]
        for line in split(separator: "\n", omittingEmptySubsequences: false) {
            if line == marker { cells.append("") } else { cells[cells.count - 1] += line + "\n" }
        }
        return cells
    }
}

/// `--continue`: later cells still run after a failing one (as in a notebook).
let keepGoing = arguments.first == "--continue"
if keepGoing { arguments.removeFirst() }

for path in arguments {
    guard let text = readFile(path) else { writeError("cannot read \(path)\n"); exit(2) }
    for cell in text.components(separatedByLine: "// %%") {
        cellNumber += 1
        switch interpreter.run(cell, cell: cellNumber) {
        case .value(let value): if let value { print(value.debugDescription) }
        case .error(let error):
            for line in error.traceback(color: false) { writeError(line + "\n") }
            failed = true
        }
        if failed && !keepGoing { break }
    }
}
exit(failed ? 1 : 0)
