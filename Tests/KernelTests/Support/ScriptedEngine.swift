import Kernel
import Platform
#if canImport(Glibc)
import Glibc
#endif

/// A tiny engine for protocol tests. Each line of a cell is a command:
/// `print TEXT`, `eprint TEXT`, `value TEXT`, `fail`, `spin` (until interrupted),
/// `ask PROMPT` (prints what the front end answered), `show ID TEXT`,
/// `update ID TEXT`, `clear`, `flood N` (N small prints).
final class ScriptedEngine: KernelEngine, @unchecked Sendable {
    let info = LanguageInfo(name: "swift", version: "6.0", mimetype: "text/x-swift", fileExtension: ".swift",
                            pygmentsLexer: "swift", codemirrorMode: "swift", implementation: "loupe",
                            implementationVersion: "0.0-test", banner: "test engine",
                            helpLinks: [(text: "Swift", url: "https://swift.org")])
    private let lock = Condition()
    private var interrupted = false
    private(set) var executed: [String] = []

    var executedCount: Int { lock.withLock { executed.count } }

    func execute(_ code: String, context: ExecutionContext) -> ExecutionOutcome {
        lock.withLock { interrupted = false; executed.append(code) }
        var result: MimeBundle?
        for line in code.split(separator: "\n") {
            let words = line.split(separator: " ", maxSplits: 1).map(String.init)
            let argument = words.count > 1 ? words[1] : ""
            switch words.first ?? "" {
            case "print": context.stream(.stdout, argument + "\n")
            case "eprint": context.stream(.stderr, argument + "\n")
            case "value": result = MimeBundle(data: [(mime: "text/plain", value: .string(argument))])
            case "fail": return .error(ename: "RuntimeError", evalue: "it failed", traceback: ["cell 1: it failed"])
            case "spin":
                while !lock.withLock({ interrupted }) { usleep(100) }
                return .error(ename: "Interrupted", evalue: "interrupted", traceback: [])
            case "ask":
                context.stream(.stdout, "got " + (context.input(argument, false) ?? "nil") + "\n")
            case "show", "update":
                let parts = argument.split(separator: " ", maxSplits: 1).map(String.init)
                let bundle = MimeBundle(data: [(mime: "text/plain", value: .string(parts.last ?? ""))])
                context.display(bundle, parts.first, words[0] == "update")
            case "clear": context.clearOutput(false)
            case "flood":
                for index in 0..<(Int(argument) ?? 0) { context.stream(.stdout, "line \(index)\n") }
            default: break
            }
        }
        return .ok(result: result)
    }

    func complete(_ code: String, cursor: Int) -> CompletionReply {
        CompletionReply(matches: ["print", "prefix"].filter { $0.hasPrefix(code) }, cursorStart: 0, cursorEnd: cursor)
    }

    func inspect(_ code: String, cursor: Int, detailLevel: Int) -> InspectionReply {
        guard code.hasPrefix("print") else { return .notFound }
        return InspectionReply(found: true, bundle: MimeBundle(data: [(mime: "text/plain", value: "print(_:)"),
                                                                      (mime: "text/markdown", value: "`print(_:)`")]))
    }

    func isComplete(_ code: String) -> Completeness {
        if code.hasSuffix("{") { return .incomplete(indent: "    ") }
        if code.hasPrefix("}") { return .invalid }
        return .complete
    }

    func interrupt() { lock.withLock { interrupted = true } }
}
