/// A socket that moves multipart messages (lists of frames). The kernel's
/// loops are written against this, so tests swap ZeroMQ for memory queues.
/// Each socket is used by one thread at a time (ZeroMQ sockets are not thread-safe).
public protocol FrameSocket: AnyObject, Sendable {
    func send(_ frames: [[UInt8]])
    /// The next message, or nil when none arrives within the timeout
    /// (0 = don't wait, negative = wait without limit).
    func receive(timeoutMilliseconds: Int) -> [[UInt8]]?
}
