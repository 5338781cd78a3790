/// The kind of a script error; the raw value is the Jupyter `ename`.
public enum ScriptErrorKind: String, Sendable, Equatable {
    case syntax = "SyntaxError", type = "TypeError", name = "NameError"
    case runtime = "RuntimeError", interrupted = "Interrupted"
}

/// One user-function call active when an error happened (`in 'f(x:)' at cell 2, line 4`).
public struct StackFrame: Equatable, Sendable {
    public var function: String
    public var cell: Int
    public var line: Int
}

/// An error raised by a cell: kind, one-line message, where it points and the user-function frames.
/// Rendered to text only by `traceback(color:)`.
public struct ScriptError: Error, Equatable, Sendable {
    public var kind: ScriptErrorKind
    public var message: String
    /// The span in source while the error travels; `location` once the session resolved it.
    public var span: SourceSpan?
    public var location: SourceLocation?
    public var frames: [StackFrame]
    /// User-function frames left out of `frames` (deep recursion keeps the first few only).
    public var elidedFrames = 0
    /// Pending frames (function name, span inside it) resolved into `frames` by the session.
    var pendingFrames: [(String, SourceSpan)] = []
    /// Where the innermost still-unframed position is (updated as the error leaves calls).
    var innerSpan: SourceSpan?
    /// True when a syntax error comes from the input ending early (isComplete answers "incomplete").
    var unexpectedEnd = false
    /// True for "this overload does not take arguments of these types": the next matching overload is tried.
    public var isArgumentMismatch = false
    /// The value of a `throw` (only such errors are caught by `do`/`catch` and `try?`).
    var thrown: ThrownValue?

    /// A TypeError saying an argument has the wrong type; a later overload with the same labels gets a chance.
    public static func argumentMismatch(_ value: Value, expected: String, parameter: String) -> ScriptError {
        var error = ScriptError(kind: .type, message: Message.argumentType(value.typeName, to: expected, name: parameter))
        error.isArgumentMismatch = true
        return error
    }

    public init(kind: ScriptErrorKind, message: String, span: SourceSpan? = nil) {
        self.kind = kind; self.message = message; self.span = span; self.innerSpan = span
        self.location = nil; self.frames = []
    }

    public static func == (lhs: ScriptError, rhs: ScriptError) -> Bool {
        lhs.kind == rhs.kind && lhs.message == rhs.message && lhs.span == rhs.span
            && lhs.location == rhs.location && lhs.frames == rhs.frames && lhs.elidedFrames == rhs.elidedFrames
    }

    /// The lines of section 5: header, source line, caret line, then one line per frame.
    /// ANSI colour only when `color` is true.
    public func traceback(color: Bool) -> [String] {
        let red = color ? "\u{1B}[1;31m" : "", green = color ? "\u{1B}[1;32m" : ""
        let bold = color ? "\u{1B}[1m" : "", reset = color ? "\u{1B}[0m" : ""
        var lines: [String] = []
        guard let location else {
            lines.append("\(red)\(kind.rawValue)\(reset): \(bold)\(message)\(reset)")
            return lines + frames.map(Self.frameLine)
        }
        lines.append("\(bold)cell \(location.cell), line \(location.line), column \(location.column):\(reset) "
            + "\(red)error:\(reset) \(bold)\(message)\(reset)")
        lines.append("    " + location.sourceLine)
        let pad = String(repeating: " ", count: max(0, location.column - 1))
        let caret = "^" + String(repeating: "~", count: max(0, location.length - 1))
        lines.append("    " + pad + green + caret + reset)
        lines += frames.map(Self.frameLine)
        if elidedFrames > 0 { lines.append("  … \(elidedFrames) more calls") }
        return lines
    }

    private static func frameLine(_ frame: StackFrame) -> String {
        "  in '\(frame.function)' at cell \(frame.cell), line \(frame.line)"
    }

    /// Attaches `span` if the error has none yet (builtins throw without a position).
    func located(at span: SourceSpan) -> ScriptError {
        guard self.span == nil else { return self }
        var copy = self
        copy.span = span; copy.innerSpan = span
        return copy
    }
}
