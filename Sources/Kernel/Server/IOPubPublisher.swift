import Platform

/// The only user of the iopub socket. Other threads hand it messages and
/// stream text; it signs and sends them in the order handed over, coalescing
/// stream text into one `stream` message per ~50 ms or 64 KB.
public final class IOPubPublisher: @unchecked Sendable {
    public static let flushInterval = 50
    public static let chunkBytes = 64 * 1024

    private enum Item { case message(Message), flushMarker(Int) }
    private struct PendingStream { var name: StreamName; var text: String; var parent: Message }

    private let socket: FrameSocket
    private let codec: WireCodec
    private let lock = Condition()
    private var queue: [Item] = []
    private var pending: PendingStream?
    private var pendingBytes = 0
    private var flushRequested = 0
    private var flushDone = 0

    public init(socket: FrameSocket, codec: WireCodec) {
        self.socket = socket; self.codec = codec
    }

    /// Starts the publishing thread.
    public func start() {
        KernelThread.spawn { [self] in run() }
    }

    /// Queues a message for iopub, after any stream text handed over before it.
    public func publish(_ message: Message) {
        lock.withLock {
            movePendingToQueue()
            queue.append(.message(message))
            lock.broadcast()
        }
    }

    /// Adds text to the pending stream; it is sent within ~50 ms, or at once past 64 KB.
    public func stream(_ name: StreamName, _ text: String, parent: Message) {
        guard !text.isEmpty else { return }
        lock.withLock {
            if let current = pending, current.name != name || current.parent.msgID != parent.msgID {
                movePendingToQueue()
            }
            if pending == nil {
                pending = PendingStream(name: name, text: text, parent: parent)
                lock.broadcast()
            } else {
                pending?.text += text
            }
            pendingBytes += text.utf8.count
            if pendingBytes >= Self.chunkBytes {
                movePendingToQueue()
                lock.broadcast()
            }
        }
    }

    /// Blocks until everything handed over so far, pending stream text
    /// included, has been written to the socket.
    public func flush() {
        lock.withLock {
            movePendingToQueue()
            flushRequested += 1
            let ticket = flushRequested
            queue.append(.flushMarker(ticket))
            lock.broadcast()
            while flushDone < ticket { lock.wait() }
        }
    }

    /// Called with the lock held.
    private func movePendingToQueue() {
        guard let stream = pending else { return }
        for piece in Self.chunks(of: stream.text, limit: Self.chunkBytes) {
            let content = JSON.object([("name", .string(stream.name.rawValue)), ("text", .string(piece))])
            queue.append(.message(codec.make("stream", content: content, parent: stream.parent)))
        }
        pending = nil
        pendingBytes = 0
    }

    private func run() {
        while true {
            for item in nextBatch() {
                switch item {
                case .message(let message):
                    socket.send(codec.encode(message))
                case .flushMarker(let ticket):
                    lock.withLock { flushDone = ticket; lock.broadcast() }
                }
            }
        }
    }

    /// Waits for queued items; pending stream text becomes due after the flush interval.
    private func nextBatch() -> [Item] {
        lock.withLock {
            while queue.isEmpty {
                if pending != nil {
                    lock.wait(milliseconds: Self.flushInterval)
                    if queue.isEmpty { movePendingToQueue() }
                } else {
                    lock.wait()
                }
            }
            let items = queue
            queue.removeAll(keepingCapacity: true)
            return items
        }
    }

    /// Splits text into pieces of at most `limit` UTF-8 bytes, never inside a character.
    public static func chunks(of text: String, limit: Int) -> [String] {
        guard text.utf8.count > limit else { return [text] }
        var pieces: [String] = []
        var current = ""
        var currentBytes = 0
        for character in text {
            let size = character.utf8.count
            if currentBytes + size > limit, !current.isEmpty {
                pieces.append(current)
                current = ""
                currentBytes = 0
            }
            current.append(character)
            currentBytes += size
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }
}
