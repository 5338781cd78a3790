/// A verified request being handled, with the socket its reply goes back on.
struct Request {
    let message: Message
    let channel: Channel
    let socket: FrameSocket

    var content: JSON { message.content }
    var type: String { message.msgType }

    /// `foo_request` → `foo_reply`.
    var replyType: String {
        type.hasSuffix("_request") ? String(type.dropLast("_request".count)) + "_reply" : type + "_reply"
    }
}

extension MimeBundle {
    /// `data` and `metadata` as JSON objects for display messages.
    var dataJSON: JSON { .object(data.map { ($0.mime, $0.value) }) }
    var metadataJSON: JSON { .object(metadata.map { ($0.mime, $0.value) }) }
}
