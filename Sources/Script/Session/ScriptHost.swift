/// Where a cell's printed text goes and where `readLine()` reads from.
/// The kernel, `loupe run` and the tests each provide one.
public protocol ScriptHost: AnyObject {
    func write(_ text: String, to stream: ScriptStream)
    /// A line from the user, or nil where input is not allowed.
    func readLine(prompt: String) -> String?
}

/// The two text streams a cell writes to.
public enum ScriptStream: Sendable { case stdout, stderr }
