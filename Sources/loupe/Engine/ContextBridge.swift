import Kernel
import Prelude
import Script

/// The interpreter's host and display sink inside the kernel: forwards to the
/// context of the execute request that is running (set by `LoupeEngine`).
final class ContextBridge: ScriptHost, DisplaySink, @unchecked Sendable {
    var context: ExecutionContext?

    func write(_ text: String, to stream: ScriptStream) {
        context?.stream(stream == .stdout ? .stdout : .stderr, text)
    }

    func readLine(prompt: String) -> String? {
        context?.input(prompt, false)
    }

    func show(_ bundle: DisplayBundle, id: String?, update: Bool) {
        context?.display(MimeBundle(bundle), id, update)
    }

    func clearOutput(wait: Bool) {
        context?.clearOutput(wait)
    }
}
