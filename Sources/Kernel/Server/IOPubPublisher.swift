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
/// millisecond, would then wait forever for its first cell's `idle`. A reply
/// that follows outputs (`flush()`) waits with them; a reply that has none
/// (`flushIfSubscribed()`: kernel_info, complete …) goes at once, so a client
/// learns within milliseconds of the start that the kernel is there.
///
/// Every subscription is answered with an `iopub_welcome` message (JEP 65, as
/// ipykernel 7 does): a client knows its iopub socket is connected when it
/// arrives, and jupyter_client's `wait_for_ready` takes it as the iopub message
/// it waits for after the kernel_info reply.
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
    /// Whether the first subscriber came (or the wait for it is over): from then on nothing is held.
    private var subscribed = false

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

    /// How often (ms) an idle publisher looks for new subscriptions to welcome.
    static let subscriptionPoll = 20

    /// Waits until the socket reports a subscription (a frame starting with byte 1), or the wait is over.
    private func awaitFirstSubscriber() {
        let deadline = MonotonicClock.seconds() + Double(firstSubscriberWait) / 1000
        var remaining = firstSubscriberWait
        while remaining > 0 {
            if let frames = socket.receive(timeoutMilliseconds: remaining), welcome(frames) { return }
            remaining = Int(((deadline - MonotonicClock.seconds()) * 1000).rounded(.up))
        }
    }

    /// Answers the subscription changes waiting on the socket (a bounded number per round, so a peer
    /// that floods the socket cannot hold the publisher up).
    private func welcomeSubscribers() {
        for _ in 0..<64 {
            guard let frames = socket.receive(timeoutMilliseconds: 0) else { return }
            _ = welcome(frames)
        }
    }

    /// Sends `iopub_welcome` for a subscription (`\u{1}` + topic); false for anything else. A topic
    /// that is not UTF-8 is ignored, as JEP 65 says: no welcome.
    private func welcome(_ frames: [[UInt8]]) -> Bool {
        guard frames.count == 1, let frame = frames.first, frame.first == 1 else { return false }
        let topic = Array(frame.dropFirst())
        guard let text = String(validating: topic, as: UTF8.self) else { return false }
        let message = codec.make("iopub_welcome", content: .object([("subscription", .string(text))]), parent: nil,
                                 identities: topic.isEmpty ? [] : [topic])
        socket.send(codec.encode(message))
        return true
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

    /// `flush()`, except before the first subscriber came: then nothing is waited for (what was
    /// handed over stays queued, in order, for the subscriber).
    public func flushIfSubscribed() {
        guard lock.withLock({ subscribed }) else { return }
        flush()
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
        let reportsSubscriptions = firstSubscriberWait > 0
        if reportsSubscriptions { awaitFirstSubscriber() }
        lock.withLock { subscribed = true }
        while true {
            let batch = nextBatch(waitMilliseconds: reportsSubscriptions ? Self.subscriptionPoll : -1)
            if reportsSubscriptions { welcomeSubscribers() }
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

    /// Waits for queued items (nothing when `waitMilliseconds` pass first; negative: no limit);
    /// pending stream text becomes due after the flush interval.
    private func nextBatch(waitMilliseconds: Int) -> [Item] {
        lock.withLock {
            let deadline = MonotonicClock.seconds() + Double(waitMilliseconds) / 1000
            while queue.isEmpty {
                if pending != nil {
                    lock.wait(milliseconds: Self.flushInterval)
                    if queue.isEmpty { movePendingToQueue() }
                } else if waitMilliseconds < 0 {
                    lock.wait()
                } else {
                    let remaining = Int(((deadline - MonotonicClock.seconds()) * 1000).rounded(.up))
                    if remaining <= 0 { return [] }
                    lock.wait(milliseconds: remaining)
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
