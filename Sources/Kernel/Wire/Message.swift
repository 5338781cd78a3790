/// One Jupyter message as the kernel sees it: routing identities, the four
/// JSON parts and any binary buffers. Signing lives in `WireCodec`.
public struct Message: Sendable {
    public var identities: [[UInt8]]
    public var header: JSON
    public var parentHeader: JSON
    public var metadata: JSON
    public var content: JSON
    public var buffers: [[UInt8]]

    public init(identities: [[UInt8]] = [], header: JSON, parentHeader: JSON = .emptyObject,
                metadata: JSON = .emptyObject, content: JSON = .emptyObject, buffers: [[UInt8]] = []) {
        self.identities = identities; self.header = header; self.parentHeader = parentHeader
        self.metadata = metadata; self.content = content; self.buffers = buffers
    }

    public var msgType: String { header["msg_type"]?.stringValue ?? "" }
    public var msgID: String { header["msg_id"]?.stringValue ?? "" }
}

/// The five sockets of a kernel (heartbeat aside).
public enum Channel: String, Sendable {
    case shell, control, iopub, stdin
}
