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

    /// Binds every socket; with the connection file's Curve keys, every one (heartbeat included) is
    /// a CurveZMQ server, and a libzmq without Curve is an error rather than a silent plain-text kernel.
    public init(_ info: ConnectionInfo) throws(ZMQError) {
        if info.curve != nil && !ZMQSocket.hasCurve {
            throw ZMQError(description: "the connection file asks for CurveZMQ encryption, but this libzmq has no Curve support")
        }
        guard let context = zmq_ctx_new() else { throw .last("zmq_ctx_new") }
        self.context = context
        func bind(_ type: Int32, _ port: Int) throws(ZMQError) -> ZMQSocket {
            try ZMQSocket(context: context, type: type, endpoint: info.endpoint(port), curve: info.curve)
        }
        shell = try bind(ZMQ_ROUTER, info.shellPort)
        control = try bind(ZMQ_ROUTER, info.controlPort)
        stdin = try bind(ZMQ_ROUTER, info.stdinPort)
        iopub = try bind(ZMQ_XPUB, info.iopubPort)
        heartbeat = try bind(ZMQ_REP, info.heartbeatPort)
    }

    /// Starts the heartbeat echo on its own thread.
    public func startHeartbeat() {
        let socket = heartbeat
        KernelThread.spawn { socket.echoForever() }
    }
}
