/// The language side of a kernel, as the Jupyter shell channel needs it.
///
/// The kernel owns the wire (sockets, signing, message order, busy/idle);
/// an engine owns meaning. `execute`, `complete`, `inspect` and `isComplete`
/// are called on the shell thread, one at a time. `interrupt` is called from
/// the control thread or the SIGINT handler while `execute` runs and must
/// only set a flag that the running code polls.
public protocol KernelEngine: AnyObject, Sendable {
    var info: LanguageInfo { get }
    func execute(_ code: String, context: ExecutionContext) -> ExecutionOutcome
    func complete(_ code: String, cursor: Int) -> CompletionReply
    func inspect(_ code: String, cursor: Int, detailLevel: Int) -> InspectionReply
    func isComplete(_ code: String) -> Completeness
    func interrupt()
}

/// What `kernel_info_reply` says of the language and the implementation.
public struct LanguageInfo: Sendable {
    public var name: String
    public var version: String
    public var mimetype: String
    public var fileExtension: String
    public var pygmentsLexer: String
    public var codemirrorMode: String
    public var implementation: String
    public var implementationVersion: String
    public var banner: String
    public var helpLinks: [(text: String, url: String)]
    public init(name: String, version: String, mimetype: String, fileExtension: String,
                pygmentsLexer: String, codemirrorMode: String, implementation: String,
                implementationVersion: String, banner: String, helpLinks: [(text: String, url: String)]) {
        self.name = name; self.version = version; self.mimetype = mimetype
        self.fileExtension = fileExtension; self.pygmentsLexer = pygmentsLexer
        self.codemirrorMode = codemirrorMode; self.implementation = implementation
        self.implementationVersion = implementationVersion; self.banner = banner; self.helpLinks = helpLinks
    }
}

/// A MIME bundle: `data` maps MIME type to its payload (text, or base64 for
/// binary types), `metadata` maps MIME type to a JSON object.
public struct MimeBundle: Sendable {
    public var data: [(mime: String, value: JSON)]
    public var metadata: [(mime: String, value: JSON)]
    public init(data: [(mime: String, value: JSON)], metadata: [(mime: String, value: JSON)] = []) {
        self.data = data; self.metadata = metadata
    }
}

public enum StreamName: String, Sendable { case stdout, stderr }

/// How a running cell reaches the front end. Every call publishes on iopub
/// (through the single iopub publisher) in the order made, before the reply.
public struct ExecutionContext: Sendable {
    public var executionCount: Int
    public var silent: Bool
    public var storeHistory: Bool
    public var allowStdin: Bool
    /// Text for a stream; the kernel coalesces small writes.
    public var stream: @Sendable (StreamName, String) -> Void
    /// `display_data`, or `update_display_data` when `update` is true.
    public var display: @Sendable (_ bundle: MimeBundle, _ displayID: String?, _ update: Bool) -> Void
    public var clearOutput: @Sendable (_ wait: Bool) -> Void
    /// Asks the front end for a line on the stdin channel; nil when input is not allowed
    /// or the request was interrupted.
    public var input: @Sendable (_ prompt: String, _ password: Bool) -> String?
    public init(executionCount: Int, silent: Bool, storeHistory: Bool, allowStdin: Bool,
                stream: @escaping @Sendable (StreamName, String) -> Void,
                display: @escaping @Sendable (MimeBundle, String?, Bool) -> Void,
                clearOutput: @escaping @Sendable (Bool) -> Void,
                input: @escaping @Sendable (String, Bool) -> String?) {
        self.executionCount = executionCount; self.silent = silent; self.storeHistory = storeHistory
        self.allowStdin = allowStdin; self.stream = stream; self.display = display
        self.clearOutput = clearOutput; self.input = input
    }
}

/// How an execution ended.
public enum ExecutionOutcome: Sendable {
    /// Success; `result` becomes `execute_result` when present.
    case ok(result: MimeBundle?)
    /// Failure; becomes an `error` message and an error reply.
    case error(ename: String, evalue: String, traceback: [String])
}

public struct CompletionReply: Sendable {
    public var matches: [String]
    public var cursorStart: Int
    public var cursorEnd: Int
    public init(matches: [String], cursorStart: Int, cursorEnd: Int) {
        self.matches = matches; self.cursorStart = cursorStart; self.cursorEnd = cursorEnd
    }
}

/// `found == false` means nothing to show; otherwise the bundle holds text/plain and text/markdown.
public struct InspectionReply: Sendable {
    public var found: Bool
    public var bundle: MimeBundle
    public init(found: Bool, bundle: MimeBundle) { self.found = found; self.bundle = bundle }
    public static let notFound = InspectionReply(found: false, bundle: MimeBundle(data: []))
}

public enum Completeness: Sendable, Equatable {
    case complete
    case incomplete(indent: String)
    case invalid
    case unknown
}
