import CZeroMQ

/// The kernel's five ZeroMQ sockets bound as the connection file says:
/// shell, control and stdin as ROUTER, iopub as XPUB (a PUB that also
/// reports its subscribers' subscriptions), heartbeat as REP.
public final class ZMQSockets: @unchecked Sendable {
    public let shell: ZMQSocket
    public let control: ZMQSocket
    public let stdin: ZMQSocket
    public let iopub: ZMQSocket
    let heartbeat: ZMQSocket
    private let context: UnsafeMutableRawPointer

    /// How many sockets took over a listening socket from `loupe-launch` (5, or 0 when started alone).
    public let adopted: Int

    /// Binds every socket; with the connection file's Curve keys, every one (heartbeat included) is
    /// a CurveZMQ server, and a libzmq without Curve is an error rather than a silent plain-text kernel.
    /// A TCP socket whose port `listeners` holds (listening on the connection file's address) takes
    /// that socket over instead of binding; the listeners no socket takes are closed.
    public init(_ info: ConnectionInfo, listeners: InheritedListeners = .none) throws(ZMQError) {
        var listeners = listeners
        defer { listeners.closeRest() }
        if info.curve != nil && !ZMQSocket.hasCurve {
            throw ZMQError(description: "the connection file asks for CurveZMQ encryption, but this libzmq has no Curve support")
        }
        guard let context = zmq_ctx_new() else { throw .last("zmq_ctx_new") }
        self.context = context
        func bind(_ type: Int32, _ channel: String, _ port: Int) throws(ZMQError) -> ZMQSocket {
            let listener = info.transport == "tcp" ? listeners.take(channel, ip: info.ip, port: port) : nil
            return try ZMQSocket(context: context, type: type, endpoint: info.endpoint(port), curve: info.curve,
                                 listener: listener)
        }
        shell = try bind(ZMQ_ROUTER, "shell", info.shellPort)
        control = try bind(ZMQ_ROUTER, "control", info.controlPort)
        stdin = try bind(ZMQ_ROUTER, "stdin", info.stdinPort)
        iopub = try bind(ZMQ_XPUB, "iopub", info.iopubPort)
        heartbeat = try bind(ZMQ_REP, "hb", info.heartbeatPort)
        adopted = [shell, control, stdin, iopub, heartbeat].filter(\.adopted).count
    }

    /// Starts the heartbeat echo on its own thread.
    public func startHeartbeat() {
        let socket = heartbeat
        KernelThread.spawn { socket.echoForever() }
    }
}
