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

    public init(_ info: ConnectionInfo) throws(ZMQError) {
        guard let context = zmq_ctx_new() else { throw .last("zmq_ctx_new") }
        self.context = context
        shell = try ZMQSocket(context: context, type: ZMQ_ROUTER, endpoint: info.endpoint(info.shellPort))
        control = try ZMQSocket(context: context, type: ZMQ_ROUTER, endpoint: info.endpoint(info.controlPort))
        stdin = try ZMQSocket(context: context, type: ZMQ_ROUTER, endpoint: info.endpoint(info.stdinPort))
        iopub = try ZMQSocket(context: context, type: ZMQ_XPUB, endpoint: info.endpoint(info.iopubPort))
        heartbeat = try ZMQSocket(context: context, type: ZMQ_REP, endpoint: info.endpoint(info.heartbeatPort))
    }

    /// Starts the heartbeat echo on its own thread.
    public func startHeartbeat() {
        let socket = heartbeat
        KernelThread.spawn { socket.echoForever() }
    }
}
