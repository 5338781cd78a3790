import Platform

/// The interpreter of Loupe cells: runs cells keeping state, and answers completion, inspection and
/// completeness questions for the kernel. `run` executes on a dedicated 512 MB-stack thread.
public final class Interpreter: @unchecked Sendable {
    private let host: ScriptHost
    let session = Session()
    private let thread = CellThread()

    public init(host: ScriptHost) {
        self.host = host
        session.runtime.interpreter = self
        StandardLibrary.install(into: self)
    }

    deinit { thread.stop() }

    /// Runs one cell; `cell` is its number in error locations (`cell 3, line 2, …`).
    public func run(_ source: String, cell: Int) -> CellOutcome {
        let session = self.session, thread = self.thread
        return thread.run {
            session.runtime.stackFloor = thread.stackFloor
            return Interrupt.with(session.runtime.interrupt) { session.run(source, cell: cell) }
        }
    }

    /// Runs `body` as cell code runs — on the cell's large-stack thread, with this interpreter's
    /// interrupt flag current — without clearing a pending interrupt: the kernel renders a cell's
    /// result this way, so an interrupt stops a long rendering too.
    public func runAsCell<T>(_ body: @escaping () -> T) -> T {
        let session = self.session, thread = self.thread
        return thread.run {
            session.runtime.stackFloor = thread.stackFloor
            return Interrupt.with(session.runtime.interrupt, body)
        }
    }

    /// Thread-safe: asks the running cell to stop with `Interrupted`.
    public func interrupt() { session.runtime.interrupt.request() }

    /// Completion matches for the identifier (or member after `value.`) ending at `cursor` (Unicode scalars).
    public func complete(_ code: String, cursor: Int) -> Completion {
        CompletionProvider(session: session).complete(code, cursor: cursor)
    }

    /// Signature and one-line description of the name at `cursor`, or nil.
    public func inspect(_ code: String, cursor: Int) -> Inspection? {
        Inspector(session: session).inspect(code, cursor: cursor)
    }

    /// Whether `code` is ready to run (Jupyter's is_complete).
    public func completeness(_ code: String) -> SourceCompleteness { Completeness.check(code) }

    // MARK: - For builtins (the extension API)

    /// Writes text to the host's stdout stream.
    public func write(_ text: String, to stream: ScriptStream = .stdout) { host.write(text, to: stream) }

    /// A line from the front end, or nil.
    public func readLine(prompt: String) -> String? { host.readLine(prompt: prompt) }

    /// Throws `Interrupted` if an interrupt was requested (long builtins poll this).
    public func checkInterrupt() throws(ScriptError) { try session.runtime.checkInterrupt() }

    /// Calls a function value (a closure passed to a builtin) with positional arguments.
    public func call(_ function: Value, _ arguments: [Value]) throws(ScriptError) -> Value {
        var values = arguments
        let span = SourceSpan(cell: 0, start: 0, end: 0)
        return try session.runtime.callValue(function, &values, labels: nil, trailing: values.map { _ in false }, span: span)
    }

    /// Runs a closure in builder mode and returns the values of its expression statements
    /// (`Sequential { Dense(…); Dense(…) }`).
    public func build(_ closure: Value) throws(ScriptError) -> [Value] {
        try session.runtime.build(closure, span: nil)
    }

    /// Registers a global function overload (several with one name are chosen by labels).
    public func register(_ builtin: Builtin) { session.register(builtin) }

    /// Registers a type namespace (initialisers, static members), replacing one with the same name.
    public func register(_ namespace: TypeNamespace) { session.types[namespace.name] = namespace }

    /// The registered type namespace called `name` (to add members to `Double`, `Int` …).
    public func namespace(_ name: String) -> TypeNamespace? { session.types[name] }

    /// The random generator shared by `seed`, `Double.random`, `randn` … (the Prelude seeds tensors from it too).
    public var random: RandomSource { session.random }
}

/// What a cell produced: its result (nil when the last statement is not a non-Void expression) or an error.
public enum CellOutcome { case value(Value?), error(ScriptError) }

/// Completion matches replacing the code between `start` and `end` (Unicode scalar offsets).
public struct Completion: Equatable {
    public var matches: [String]; public var start: Int; public var end: Int
    public init(matches: [String], start: Int, end: Int) { self.matches = matches; self.start = start; self.end = end }
}

/// Help for the name under the cursor: plain text and markdown.
public struct Inspection: Equatable {
    public var plain: String; public var markdown: String
    public init(plain: String, markdown: String) { self.plain = plain; self.markdown = markdown }
}

/// Whether a cell's text is ready to run.
public enum SourceCompleteness: Equatable { case complete, incomplete(indent: String), invalid }
