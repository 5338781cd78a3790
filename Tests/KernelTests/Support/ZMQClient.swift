import CZeroMQ

/// A DEALER socket connected to a kernel socket, as a Jupyter client's shell channel is. A refused
/// connect is retried only after `reconnectMilliseconds`.
final class ZMQClient {
    private let context: UnsafeMutableRawPointer
    private let socket: UnsafeMutableRawPointer

    init?(endpoint: String, reconnectMilliseconds: Int32) {
        guard let context = zmq_ctx_new() else { return nil }
        guard let socket = zmq_socket(context, ZMQ_DEALER) else { zmq_ctx_term(context); return nil }
        self.context = context
        self.socket = socket
        var linger: Int32 = 0
        zmq_setsockopt(socket, ZMQ_LINGER, &linger, MemoryLayout<Int32>.size)
        var interval = reconnectMilliseconds
        zmq_setsockopt(socket, ZMQ_RECONNECT_IVL, &interval, MemoryLayout<Int32>.size)
        zmq_connect(socket, endpoint)
    }

    deinit {
        zmq_close(socket)
        zmq_ctx_term(context)
    }

    /// Queues one frame (sent once connected).
    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { zmq_send(socket, $0.baseAddress, $0.count, ZMQ_DONTWAIT) }
    }
}
