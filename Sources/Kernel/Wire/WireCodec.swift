/// Why a received multipart message was dropped.
public enum WireError: Error, Equatable, Sendable {
    case missingDelimiter
    case tooFewFrames(Int)
    case badSignature
    case replayedSignature
    case frameTooLarge(part: String, bytes: Int)
    case invalidJSON(part: String, JSONParseError)
    case notAnObject(part: String)
    case missingMsgType
}

/// Turns frames into messages and back: `[ids…, "<IDS|MSG>", hmac, header,
/// parent_header, metadata, content, buffers…]`. Verification runs on the
/// exact bytes received, before any parsing.
public struct WireCodec: Sendable {
    public static let delimiter = Array("<IDS|MSG>".utf8)
    /// Header, parent header and metadata are small in practice; refuse big ones unread.
    public static let maxHeaderBytes = 1 << 20
    public static let maxContentBytes = 64 << 20

    public let signer: Signer
    public let headers: HeaderFactory
    private let parser = JSONParser(maxDepth: 64)

    public init(signer: Signer, headers: HeaderFactory = HeaderFactory()) {
        self.signer = signer; self.headers = headers
    }

    /// Splits, verifies and parses. `signature` is returned for replay checks.
    public func decode(_ frames: [[UInt8]]) throws(WireError) -> (message: Message, signature: [UInt8]) {
        guard let split = frames.firstIndex(of: Self.delimiter) else { throw .missingDelimiter }
        guard frames.count - split >= 6 else { throw .tooFewFrames(frames.count) }
        let signature = frames[split + 1]
        let parts = Array(frames[(split + 2)..<(split + 6)])
        guard signer.verify(signature, parts: parts) else { throw .badSignature }
        let names = ["header", "parent_header", "metadata", "content"]
        var values: [JSON] = []
        for (name, bytes) in zip(names, parts) {
            let limit = name == "content" ? Self.maxContentBytes : Self.maxHeaderBytes
            guard bytes.count <= limit else { throw .frameTooLarge(part: name, bytes: bytes.count) }
            let value: JSON
            do { value = try parser.parse(bytes) } catch { throw .invalidJSON(part: name, error) }
            guard value.isObject else { throw .notAnObject(part: name) }
            values.append(value)
        }
        let message = Message(identities: Array(frames[..<split]), header: values[0], parentHeader: values[1],
                              metadata: values[2], content: values[3],
                              buffers: Array(frames[(split + 6)...]))
        guard let type = message.header["msg_type"]?.stringValue, !type.isEmpty else { throw .missingMsgType }
        return (message, signature)
    }

    /// Serializes and signs.
    public func encode(_ message: Message) -> [[UInt8]] {
        let parts = [message.header, message.parentHeader, message.metadata, message.content]
            .map(JSONSerializer.bytes)
        return message.identities + [Self.delimiter, signer.signature(parts)] + parts + message.buffers
    }

    /// A new message of `type` answering `parent` (its header becomes our parent_header).
    public func make(_ type: String, content: JSON, parent: Message?, identities: [[UInt8]] = [],
                     metadata: JSON = .emptyObject) -> Message {
        Message(identities: identities, header: headers.header(type),
                parentHeader: parent?.header ?? .emptyObject, metadata: metadata, content: content)
    }
}
