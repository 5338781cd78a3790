import Kernel
import Platform

/// A kernel server running over memory sockets with a scripted engine, and
/// a client side that signs requests and decodes what comes back.
final class KernelHarness: @unchecked Sendable {
    static let key = "test-key"
    let engine = ScriptedEngine()
    let shell = MemorySocket(), control = MemorySocket(), stdin = MemorySocket(), iopub = MemorySocket()
    let client = WireCodec(signer: Signer(key: KernelHarness.key), headers: HeaderFactory(username: "client"))
    let server: KernelServer
    private let shutdowns = Condition()
    private var shutdownFlags: [Bool] = []

    init() {
        let kernelCodec = WireCodec(signer: Signer(key: KernelHarness.key))
        let recorder = Recorder()
        server = KernelServer(engine: engine, codec: kernelCodec, shell: shell, control: control, stdin: stdin,
                              iopub: iopub, onShutdown: { recorder.record($0) })
        recorder.harness = self
        server.start(shellStackBytes: 8 << 20)
        _ = iopub.takeSent(milliseconds: 1000)  // "starting"
    }

    deinit { server.stop() }

    /// Signs and delivers a request; returns it (its msg_id is the parent of what follows).
    @discardableResult
    func send(_ type: String, _ content: JSON = .emptyObject, on channel: Channel = .shell) -> Message {
        let message = client.make(type, content: content, parent: nil, identities: [Array("client-1".utf8)])
        socket(channel).deliver(client.encode(message))
        return message
    }

    /// Queues several shell requests at once, so the kernel finds them all
    /// waiting when it takes the first (as a front end's queued cells are).
    @discardableResult
    func sendQueued(_ requests: [(type: String, content: JSON)]) -> [Message] {
        let messages = requests.map { client.make($0.type, content: $0.content, parent: nil,
                                                  identities: [Array("client-1".utf8)]) }
        shell.deliver(messages.map(client.encode))
        return messages
    }

    func socket(_ channel: Channel) -> MemorySocket {
        switch channel {
        case .shell: shell
        case .control: control
        case .stdin: stdin
        case .iopub: iopub
        }
    }

    /// The next message the kernel sent on `channel`, decoded (signature checked).
    func next(on channel: Channel, milliseconds: Int = 5000) -> Message? {
        guard let frames = socket(channel).takeSent(milliseconds: milliseconds) else { return nil }
        return try? client.decode(frames).message
    }

    /// Every iopub message for `request`, through its idle status.
    func iopubUntilIdle(_ request: Message) -> [Message] {
        var messages: [Message] = []
        while let message = next(on: .iopub) {
            guard message.parentHeader["msg_id"]?.stringValue == request.msgID else { continue }
            messages.append(message)
            if message.msgType == "status", message.content["execution_state"]?.stringValue == "idle" { break }
        }
        return messages
    }

    var shutdownRequests: [Bool] { shutdowns.withLock { shutdownFlags } }

    fileprivate func recordShutdown(_ restart: Bool) {
        shutdowns.withLock { shutdownFlags.append(restart) }
    }

    private final class Recorder: @unchecked Sendable {
        weak var harness: KernelHarness?
        func record(_ restart: Bool) { harness?.recordShutdown(restart) }
    }
}

extension Array where Element == Message {
    var types: [String] { map(\.msgType) }
}
