import Kernel
import Platform
import Prelude
import Script

/// The bridge between the kernel and the language: one Interpreter with the
/// Prelude installed; prints, displays and `readLine()` go to the running
/// execute request's context.
final class LoupeEngine: KernelEngine, @unchecked Sendable {
    var info: LanguageInfo { Self.language }

    /// What kernel_info says (known before the engine is made: the kernel answers while it is).
    static let language = LanguageInfo(
        name: "swift", version: "6.0", mimetype: "text/x-swift", fileExtension: ".swift",
        pygmentsLexer: "swift", codemirrorMode: "swift", implementation: "loupe",
        implementationVersion: Loupe.version,
        banner: "Loupe \(Loupe.version): Swift-flavoured cells with charts and neural networks",
        helpLinks: [(text: "Swift", url: "https://docs.swift.org/swift-book/")])

    private let bridge = ContextBridge()
    private let interpreter: Interpreter

    init() {
        interpreter = Interpreter(host: bridge)
        Prelude.install(into: interpreter, display: bridge)
    }

    func execute(_ code: String, context: ExecutionContext) -> ExecutionOutcome {
        bridge.context = context
        defer { bridge.context = nil }
        switch interpreter.run(code, cell: context.executionCount) {
        case .value(nil):
            return .ok(result: nil)
        case .value(let value?):
            // Rendered as cell code runs (cell thread, interrupt flag), so a long rendering stops too.
            let rendered = interpreter.runAsCell { () -> Result<DisplayBundle, ScriptError> in
                do throws(ScriptError) {
                    let bundle = try Prelude.resultBundle(for: value)
                    try Interrupt.checkCell()  // a rendering loop that stopped early left the bundle incomplete
                    return .success(bundle)
                } catch { return .failure(error) }
            }
            switch rendered {
            case .success(let bundle): return .ok(result: MimeBundle(bundle))
            case .failure(let error): return Self.outcome(error)
            }
        case .error(let error):
            return Self.outcome(error)
        }
    }

    private static func outcome(_ error: ScriptError) -> ExecutionOutcome {
        .error(ename: error.kind.rawValue, evalue: error.message, traceback: error.traceback(color: true))
    }

    /// Longer code is not analysed for completion, inspection or completeness: those run on the shell
    /// thread, where no interrupt reaches them, and a megabyte of code takes about a second to parse.
    static let maximumAnalysedBytes = 256 << 10

    func complete(_ code: String, cursor: Int) -> CompletionReply {
        guard code.utf8.count <= Self.maximumAnalysedBytes else {
            return CompletionReply(matches: [], cursorStart: cursor, cursorEnd: cursor)
        }
        let completion = interpreter.complete(code, cursor: cursor)
        return CompletionReply(matches: completion.matches, cursorStart: completion.start, cursorEnd: completion.end)
    }

    func inspect(_ code: String, cursor: Int, detailLevel: Int) -> InspectionReply {
        guard code.utf8.count <= Self.maximumAnalysedBytes, let inspection = interpreter.inspect(code, cursor: cursor) else {
            return .notFound
        }
        return InspectionReply(found: true, bundle: MimeBundle(data: [
            (mime: "text/plain", value: .string(inspection.plain)),
            (mime: "text/markdown", value: .string(inspection.markdown)),
        ]))
    }

    func isComplete(_ code: String) -> Completeness {
        guard code.utf8.count <= Self.maximumAnalysedBytes else { return .unknown }
        switch interpreter.completeness(code) {
        case .complete: return .complete
        case .incomplete(let indent): return .incomplete(indent: indent)
        case .invalid: return .invalid
        }
    }

    func interrupt() { interpreter.interrupt() }
}

extension MimeBundle {
    /// A Prelude display bundle as Jupyter data, with the PNG's size in metadata.
    init(_ bundle: DisplayBundle) {
        var metadata: [(mime: String, value: JSON)] = []
        if let size = bundle.pngSize, bundle.items.contains(where: { $0.mime == "image/png" }) {
            metadata.append((mime: "image/png", value: .object([("width", .int(size.width)),
                                                                ("height", .int(size.height))])))
        }
        self.init(data: bundle.items.map { (mime: $0.mime, value: JSON.string(Self.bounded($0.mime, $0.content))) },
                  metadata: metadata)
    }

    /// The most UTF-8 bytes of text a result or display sends (a value of a hundred megabytes would take
    /// the kernel and the front end tens of seconds, and frames past 10 MiB break older front ends).
    static let maximumTextBytes = 1 << 20

    /// `content`, or for text past `maximumTextBytes` its beginning (cut at a character) and a note.
    static func bounded(_ mime: String, _ content: String) -> String {
        guard mime.hasPrefix("text/"), content.utf8.count > maximumTextBytes else { return content }
        let utf8 = content.utf8
        var cut = utf8.index(utf8.startIndex, offsetBy: maximumTextBytes)
        while cut > utf8.startIndex, utf8[cut] & 0xC0 == 0x80 { cut = utf8.index(before: cut) }  // not inside a character's bytes
        let kept = String(decoding: utf8[..<cut], as: UTF8.self)
        return kept + "\n… (output cut at \(maximumTextBytes >> 20) MiB of \(content.utf8.count) bytes)"
    }
}
