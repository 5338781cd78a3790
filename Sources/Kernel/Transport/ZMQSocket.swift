import CZeroMQ
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a ZeroMQ socket could not be set up.
public struct ZMQError: Error, CustomStringConvertible {
    public let description: String
    static func last(_ what: String) -> ZMQError {
        ZMQError(description: "\(what): \(String(cString: zmq_strerror(zmq_errno())))")
    }
}

/// A bound ZeroMQ socket speaking multipart frames. Owned by one thread.
public final class ZMQSocket: FrameSocket, @unchecked Sendable {
    let handle: UnsafeMutableRawPointer

    /// Whether the socket took over a listening socket it was given instead of binding its own.
    public let adopted: Bool

    /// A socket of `type` bound to `endpoint`; with `curve`, a CurveZMQ server with that key pair
    /// (clients must know its public key and speak Curve, or they never connect). With `listener`,
    /// a TCP socket already listening on the endpoint's address and port, ZeroMQ accepts on that
    /// socket (`ZMQ_USE_FD`) and owns it; should that bind fail, the socket is closed and the
    /// endpoint bound as usual.
    public init(context: UnsafeMutableRawPointer, type: Int32, endpoint: String, curve: CurveKeys? = nil,
                listener: Int32? = nil) throws(ZMQError) {
        guard let handle = zmq_socket(context, type) else { throw .last("zmq_socket") }
        self.handle = handle
        if let curve {
            guard Self.makeCurveServer(handle, curve) else {
                let error = ZMQError.last("cannot set the CurveZMQ keys on \(endpoint)")
                zmq_close(handle)
                throw error
            }
        }
        var linger: Int32 = 1000
        zmq_setsockopt(handle, ZMQ_LINGER, &linger, MemoryLayout<Int32>.size)
        var maximumMessage = Self.maximumIncomingBytes
        zmq_setsockopt(handle, ZMQ_MAXMSGSIZE, &maximumMessage, MemoryLayout<Int64>.size)
        if type == ZMQ_ROUTER {
            var handover: Int32 = 1
            zmq_setsockopt(handle, ZMQ_ROUTER_HANDOVER, &handover, MemoryLayout<Int32>.size)
        }
        if type == ZMQ_XPUB {
            // Report every subscription, not only a topic's first, so every client that connects is welcomed.
            var verbose: Int32 = 1
            zmq_setsockopt(handle, ZMQ_XPUB_VERBOSE, &verbose, MemoryLayout<Int32>.size)
        }
        let adoptedListener = listener.map { Self.bind(handle, endpoint, adopting: $0) } ?? false
        if !adoptedListener, zmq_bind(handle, endpoint) != 0 {
            let error = ZMQError.last("cannot bind \(endpoint)")
            zmq_close(handle)
            throw error
        }
        // Set last: a throw before it leaves the object uninitialised, so deinit does not close again.
        adopted = adoptedListener
    }

    /// Binds `endpoint` on the listening socket `fd`; on failure closes it and clears the option.
    private static func bind(_ handle: UnsafeMutableRawPointer, _ endpoint: String, adopting fd: Int32) -> Bool {
        var use = fd
        if zmq_setsockopt(handle, ZMQ_USE_FD, &use, MemoryLayout<Int32>.size) == 0, zmq_bind(handle, endpoint) == 0 {
            return true
        }
        Log.warn("cannot bind \(endpoint) on the socket loupe-launch opened (\(String(cString: zmq_strerror(zmq_errno())))); binding it anew")
        close(fd)
        var none: Int32 = -1
        zmq_setsockopt(handle, ZMQ_USE_FD, &none, MemoryLayout<Int32>.size)
        return false
    }

    /// Larger incoming messages make libzmq drop the peer's connection instead of buffering them
    /// (256 MiB: far more than any cell's code, far less than the kernel's memory).
    static let maximumIncomingBytes: Int64 = 1 << 28

    deinit { zmq_close(handle) }

    /// Whether this libzmq can encrypt (Debian's is built with libsodium, so it can).
    public static var hasCurve: Bool { zmq_has("curve") != 0 }

    /// Sets the server flag and the key pair (Z85 text with its terminating NUL: 41 bytes).
    private static func makeCurveServer(_ handle: UnsafeMutableRawPointer, _ curve: CurveKeys) -> Bool {
        var server: Int32 = 1
        guard zmq_setsockopt(handle, ZMQ_CURVE_SERVER, &server, MemoryLayout<Int32>.size) == 0 else { return false }
        let secret = curve.secretKey.withCString { zmq_setsockopt(handle, ZMQ_CURVE_SECRETKEY, $0, 41) }
        let `public` = curve.publicKey.withCString { zmq_setsockopt(handle, ZMQ_CURVE_PUBLICKEY, $0, 41) }
        return secret == 0 && `public` == 0
    }

    public func send(_ frames: [[UInt8]]) {
        for (position, frame) in frames.enumerated() {
            let flags = position < frames.count - 1 ? ZMQ_SNDMORE : 0
            let sent = frame.withUnsafeBytes { zmq_send(handle, $0.baseAddress, $0.count, flags) }
            if sent < 0 { Log.warn("send failed: \(String(cString: zmq_strerror(zmq_errno())))"); return }
        }
    }

    public func receive(timeoutMilliseconds: Int) -> [[UInt8]]? {
        var item = zmq_pollitem_t(socket: handle, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0)
        guard zmq_poll(&item, 1, timeoutMilliseconds) > 0 else { return nil }
        var frames: [[UInt8]] = []
        repeat {
            var part = zmq_msg_t()
            zmq_msg_init(&part)
            defer { zmq_msg_close(&part) }
            guard zmq_msg_recv(&part, handle, 0) >= 0 else { return frames.isEmpty ? nil : frames }
            let size = zmq_msg_size(&part)
            if size == 0 {
                frames.append([])
            } else if let data = zmq_msg_data(&part) {
                frames.append(Array(UnsafeRawBufferPointer(start: data, count: size)))
            }
        } while hasMore()
        return frames
    }

    private func hasMore() -> Bool {
        var more: Int32 = 0
        var size = MemoryLayout<Int32>.size
        zmq_getsockopt(handle, ZMQ_RCVMORE, &more, &size)
        return more != 0
    }

    /// Echoes every message back verbatim, forever (the heartbeat's REP loop).
    func echoForever() {
        while true {
            var part = zmq_msg_t()
            zmq_msg_init(&part)
            if zmq_msg_recv(&part, handle, 0) >= 0 {
                if zmq_msg_send(&part, handle, 0) < 0 { zmq_msg_close(&part) }
            } else {
                zmq_msg_close(&part)
                if zmq_errno() == ETERM { return }
            }
        }
    }
}
