/// PLACEHOLDER facade (replaced by the Script implementation): the public
/// surface the kernel adapter and `loupe run` program against.
public final class Interpreter: @unchecked Sendable {
    private let host: ScriptHost
    public init(host: ScriptHost) { self.host = host }

    /// Runs one cell; `cell` is its number in error locations (`cell 3, line 2, …`).
    public func run(_ source: String, cell: Int) -> CellOutcome {
        .error(ScriptError(kind: .runtime, message: "the interpreter is not built yet"))
    }
    /// Thread-safe: asks the running cell to stop with `Interrupted`.
    public func interrupt() {}
    public func complete(_ code: String, cursor: Int) -> Completion { Completion(matches: [], start: cursor, end: cursor) }
    public func inspect(_ code: String, cursor: Int) -> Inspection? { nil }
    public func completeness(_ code: String) -> SourceCompleteness { .complete }
}

/// A run-time value (placeholder).
public struct Value: CustomStringConvertible { public var description: String }

public enum CellOutcome { case value(Value?), error(ScriptError) }

public enum ScriptErrorKind: String, Sendable {
    case syntax = "SyntaxError", type = "TypeError", name = "NameError"
    case runtime = "RuntimeError", interrupted = "Interrupted"
}

public struct ScriptError: Error, Equatable {
    public var kind: ScriptErrorKind
    public var message: String
    public init(kind: ScriptErrorKind, message: String) { self.kind = kind; self.message = message }
    /// The traceback lines, ANSI-coloured when `color` is true.
    public func traceback(color: Bool) -> [String] { ["error: \(message)"] }
}

/// Completion matches replacing the code between `start` and `end` (Unicode scalar offsets).
public struct Completion: Equatable { public var matches: [String]; public var start: Int; public var end: Int }
public struct Inspection: Equatable { public var plain: String; public var markdown: String }
public enum SourceCompleteness: Equatable { case complete, incomplete(indent: String), invalid }
