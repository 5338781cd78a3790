import Platform

/// The only user of the iopub socket. Other threads hand it messages and
/// stream text; it signs and sends them in the order handed over, coalescing
/// stream text into one `stream` message per ~50 ms or 64 KB.
///
/// When the socket reports subscriptions (ZeroMQ's XPUB), the first messages
/// wait, for at most `firstSubscriberWait` ms after start, until a client has
/// subscribed: a client's SUB socket may connect after its shell socket (a
/// refused connect is retried 100 ms later), and what is published before it
/// subscribes is lost — `jupyter console`, answered on shell within a
/// millisecond, would then wait forever for its first cell's `idle`. Replies
/// wait with them, since a reply follows the outputs handed over before it.
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

    /// Milliseconds after start that the first messages may wait for a subscriber (0: the socket
    /// does not report subscriptions, send at once).
    private let firstSubscriberWait: Int

    public init(socket: FrameSocket, codec: WireCodec, firstSubscriberWait: Int = 0) {
        self.socket = socket; self.codec = codec; self.firstSubscriberWait = firstSubscriberWait
    }

    /// Starts the publishing thread.
    public func start() {
        KernelThread.spawn { [self] in run() }
    }

    /// Waits until the socket reports a subscription (a frame starting with byte 1), or the wait is over.
    private func awaitFirstSubscriber() {
        let deadline = MonotonicClock.seconds() + Double(firstSubscriberWait) / 1000
        var remaining = firstSubscriberWait
        while remaining > 0 {
            if let frames = socket.receive(timeoutMilliseconds: remaining), frames.first?.first == 1 { return }
            remaining = Int(((deadline - MonotonicClock.seconds()) * 1000).rounded(.up))
        }
    }

    /// Reads the subscription changes waiting on the socket, so they do not pile up (a bounded number
    /// per batch, so a peer that floods the socket cannot hold the publisher up).
    private func discardSubscriptions() {
        for _ in 0..<64 where socket.receive(timeoutMilliseconds: 0) == nil { return }
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
        if firstSubscriberWait > 0 { awaitFirstSubscriber() }
        while true {
            let batch = nextBatch()
            if firstSubscriberWait > 0 { discardSubscriptions() }
            for item in batch {
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
