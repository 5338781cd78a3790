import Platform

/// The protocol side of the kernel: receives requests on shell and control,
/// verifies them, dispatches through a table of handlers, and answers in the
/// order the spec asks (busy, outputs, reply, idle). The transport is any
/// `FrameSocket`, so tests run it over memory queues.
public final class KernelServer: @unchecked Sendable {
    typealias Handler = @Sendable (KernelServer) -> (Request) -> Void

    let engine: KernelEngine
    let codec: WireCodec
    let publisher: IOPubPublisher
    let shell: FrameSocket
    let control: FrameSocket
    let stdin: FrameSocket
    /// What shutdown does after replying (the process exits; tests record it).
    let onShutdown: @Sendable (_ restart: Bool) -> Void

    // Shell-thread state.
    var executionCount = 0
    var history = History()
    var abortBacklog: [[[UInt8]]] = []

    private let state = Condition()
    /// One per channel, so a copy read on one channel never makes the original on another look replayed.
    private var replayGuards: [Channel: ReplayGuard] = [:]
    private var interruptGeneration = 0
    private var running = true

    static let shellHandlers: [String: Handler] = [
        "execute_request": KernelServer.execute,
        "kernel_info_request": KernelServer.kernelInfo,
        "complete_request": KernelServer.complete,
        "inspect_request": KernelServer.inspect,
        "is_complete_request": KernelServer.isComplete,
        "history_request": KernelServer.historyReply,
        "comm_info_request": KernelServer.commInfo,
        "comm_open": KernelServer.ignoreComm,
        "comm_msg": KernelServer.ignoreComm,
        "comm_close": KernelServer.ignoreComm,
        "shutdown_request": KernelServer.shutdown,
        "interrupt_request": KernelServer.interrupt,
    ]

    static let controlHandlers: [String: Handler] = [
        "kernel_info_request": KernelServer.kernelInfo,
        "shutdown_request": KernelServer.shutdown,
        "interrupt_request": KernelServer.interrupt,
    ]

    /// `firstSubscriberWait`: how long (ms) iopub's first messages may wait for a subscriber, when
    /// the iopub socket reports subscriptions (see `IOPubPublisher`).
    public init(engine: KernelEngine, codec: WireCodec, shell: FrameSocket, control: FrameSocket,
                stdin: FrameSocket, iopub: FrameSocket, firstSubscriberWait: Int = 0,
                onShutdown: @escaping @Sendable (Bool) -> Void) {
        self.engine = engine; self.codec = codec
        self.shell = shell; self.control = control; self.stdin = stdin
        self.publisher = IOPubPublisher(socket: iopub, codec: codec, firstSubscriberWait: firstSubscriberWait)
        self.onShutdown = onShutdown
    }

    /// Starts the iopub publisher, the control thread and the shell thread.
    public func start(shellStackBytes: Int = 16 << 20) {
        publisher.start()
        KernelThread.spawn { [self] in serve(control, .control, Self.controlHandlers) }
        KernelThread.spawn(stackBytes: shellStackBytes) { [self] in serve(shell, .shell, Self.shellHandlers) }
        publisher.publish(codec.make("status", content: .object([("execution_state", "starting")]), parent: nil))
    }

    /// Asks the loops to end (within ~100 ms); used by tests.
    public func stop() {
        state.withLock { running = false }
    }

    /// Interrupts the running cell and any wait for input (control thread or SIGINT).
    public func interruptExecution() {
        state.withLock { interruptGeneration += 1 }
        engine.interrupt()
    }

    var currentInterruptGeneration: Int { state.withLock { interruptGeneration } }
    private var isRunning: Bool { state.withLock { running } }

    private func serve(_ socket: FrameSocket, _ channel: Channel, _ handlers: [String: Handler]) {
        while isRunning {
            guard let frames = socket.receive(timeoutMilliseconds: 100) else { continue }
            handle(frames, channel: channel, socket: socket, handlers: handlers)
            if channel == .shell && !abortBacklog.isEmpty { abortQueuedExecutes(handlers) }
        }
    }

    /// Takes what the client sent behind a failed cell before its reply goes out: those execute
    /// requests are answered without running. A request sent right behind the failing one may
    /// still be on its way when a cell fails within a millisecond, so this reads until shell has been
    /// quiet for `abortQuietMilliseconds` (after `abortWindowMilliseconds`, only what is waiting): the client
    /// cannot have seen the failure before the reply, so everything it sent until then is behind it.
    func collectQueuedForAbort() {
        let deadline = MonotonicClock.seconds() + Double(Self.abortWindowMilliseconds) / 1000
        var wait = Self.abortQuietMilliseconds
        while let frames = shell.receive(timeoutMilliseconds: wait) {
            abortBacklog.append(frames)
            if MonotonicClock.seconds() > deadline { wait = 0 }
        }
    }

    static let abortQuietMilliseconds = 5
    static let abortWindowMilliseconds = 200

    /// Answers the collected execute requests as aborted; other requests run normally.
    private func abortQueuedExecutes(_ handlers: [String: Handler]) {
        let waiting = abortBacklog
        abortBacklog = []
        for frames in waiting {
            guard let message = verified(frames, channel: .shell) else { continue }
            if message.msgType == "execute_request" {
                around(Request(message: message, channel: .shell, socket: shell), KernelServer.abortExecute)
            } else if let handler = handlers[message.msgType] {
                around(Request(message: message, channel: .shell, socket: shell), handler)
            }
        }
    }

    func handle(_ frames: [[UInt8]], channel: Channel, socket: FrameSocket, handlers: [String: Handler]) {
        guard let message = verified(frames, channel: channel) else { return }
        guard let handler = handlers[message.msgType] else {
            Log.warn("dropped a \(channel.rawValue) message of unknown type '\(message.msgType)'")
            return
        }
        let request = Request(message: message, channel: channel, socket: socket)
        if let problem = RequestValidation.problem(with: message) {
            Log.warn("refused a \(channel.rawValue) \(message.msgType): \(problem)")
            around(request) { server in { server.refuse($0, problem) } }
            return
        }
        around(request, handler)
    }

    /// The error reply to a request whose fields have the wrong types: it is not run.
    func refuse(_ request: Request, _ problem: String) {
        var content = JSON.object([("status", "error"), ("ename", "InvalidRequest"), ("evalue", .string(problem)),
                                   ("traceback", .array([.string("InvalidRequest: " + problem)]))])
        if request.type == "execute_request" {
            content = content.setting("execution_count", .int(executionCount))
        }
        reply(request, content)
    }

    /// busy → handler (outputs, reply) → idle.
    private func around(_ request: Request, _ handler: Handler) {
        publishStatus("busy", parent: request.message)
        handler(self)(request)
        publishStatus("idle", parent: request.message)
    }

    /// Decodes and checks signature and replay; logs and returns nil for anything bad.
    func verified(_ frames: [[UInt8]], channel: Channel) -> Message? {
        do {
            let (message, signature) = try codec.decode(frames)
            if codec.signer.isEnabled {
                let session = message.header["session"]?.stringValue ?? ""
                let date = message.header["date"]?.stringValue.flatMap(MessageDate.microseconds)
                let fresh = state.withLock {
                    replayGuards[channel, default: ReplayGuard()].accept(signature, session: session, date: date)
                }
                guard fresh else { throw WireError.replayedSignature }
            }
            return message
        } catch {
            Log.warn("dropped a \(channel.rawValue) message: \(error)")
            return nil
        }
    }

    func publishStatus(_ state: String, parent: Message) {
        publisher.publish(codec.make("status", content: .object([("execution_state", .string(state))]),
                                     parent: parent))
    }

    func publish(_ type: String, _ content: JSON, parent: Message) {
        publisher.publish(codec.make(type, content: content, parent: parent))
    }

    /// Sends the reply after every output handed to iopub so far has gone out. Requests that publish
    /// no outputs (all but execute) are answered at once while iopub still waits for its first
    /// subscriber: their busy and idle follow when it comes.
    func reply(_ request: Request, _ content: JSON, metadata: JSON = .emptyObject) {
        if request.type == "execute_request" { publisher.flush() } else { publisher.flushIfSubscribed() }
        let message = codec.make(request.replyType, content: content, parent: request.message,
                                 identities: request.message.identities, metadata: metadata)
        request.socket.send(codec.encode(message))
    }
}
