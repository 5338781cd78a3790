import Testing
import Kernel

@Suite struct IOPubPublisherTests {
    @Test func chunksNeverSplitACharacter() {
        let text = String(repeating: "aé😀👩‍👩‍👧", count: 5000)
        let pieces = IOPubPublisher.chunks(of: text, limit: 1000)
        #expect(pieces.count > 1)
        #expect(pieces.joined() == text)
        #expect(pieces.allSatisfy { $0.utf8.count <= 1000 })
    }

    @Test func manySmallPrintsAreCoalescedWithoutLosingALine() throws {
        let kernel = KernelHarness()
        let request = kernel.send("execute_request", .object([("code", "flood 100000")]))
        _ = try #require(kernel.next(on: .shell, milliseconds: 20000))
        let streams = kernel.iopubUntilIdle(request).filter { $0.msgType == "stream" }
        let text = streams.compactMap { $0.content["text"]?.stringValue }.joined()
        let expected = (0..<100_000).map { "line \($0)\n" }.joined()
        #expect(text == expected)
        #expect(streams.count < 100)
        #expect(streams.allSatisfy { ($0.content["text"]?.stringValue?.utf8.count ?? 0) <= IOPubPublisher.chunkBytes })
    }

    @Test func stdoutAndStderrKeepTheirOrder() throws {
        let kernel = KernelHarness()
        let request = kernel.send("execute_request", .object([("code", "print a\neprint b\nprint c")]))
        _ = try #require(kernel.next(on: .shell))
        let streams = kernel.iopubUntilIdle(request).filter { $0.msgType == "stream" }
        #expect(streams.map { $0.content["name"]?.stringValue ?? "" } == ["stdout", "stderr", "stdout"])
    }

    /// A started publisher over an in-memory XPUB whose first messages may wait 10 s for a subscriber.
    static func waitingPublisher() -> (MemorySocket, WireCodec, IOPubPublisher) {
        let socket = MemorySocket()
        let codec = WireCodec(signer: Signer(key: "k"))
        let publisher = IOPubPublisher(socket: socket, codec: codec, firstSubscriberWait: 10_000)
        publisher.start()
        return (socket, codec, publisher)
    }

    /// Over XPUB the first messages wait for a client's subscription (byte 1), which is welcomed
    /// first (`iopub_welcome`, JEP 65); an unsubscription (byte 0) does not let them go.
    @Test func firstMessagesWaitForASubscriber() throws {
        let (socket, codec, publisher) = Self.waitingPublisher()
        publisher.publish(codec.make("status", content: .object([("execution_state", "starting")]), parent: nil))
        socket.deliver([[0]])
        #expect(socket.takeSent(milliseconds: 200) == nil)
        socket.deliver([[1]])
        let welcome = try codec.decode(try #require(socket.takeSent(milliseconds: 5000))).message
        #expect(welcome.msgType == "iopub_welcome")
        #expect(welcome.content == .object([("subscription", "")]))
        #expect(welcome.parentHeader == .emptyObject)
        let sent = try #require(socket.takeSent(milliseconds: 5000))
        #expect(try codec.decode(sent).message.msgType == "status")
    }

    /// Every later subscription is welcomed too, within the publisher's polling interval, with its
    /// topic as the routing frame when it has one.
    @Test func laterSubscriptionsAreWelcomed() throws {
        let (socket, codec, _) = Self.waitingPublisher()
        socket.deliver([[1]])
        _ = try #require(socket.takeSent(milliseconds: 5000))
        socket.deliver([[1] + Array("topic".utf8)])
        let frames = try #require(socket.takeSent(milliseconds: 1000))
        #expect(frames.first == Array("topic".utf8))
        let welcome = try codec.decode(frames).message
        #expect(welcome.msgType == "iopub_welcome" && welcome.content["subscription"] == "topic")
    }

    /// A subscription whose topic is not UTF-8 is ignored (JEP 65): no welcome, and the first
    /// messages still wait for a real subscriber.
    @Test func aSubscriptionThatIsNotUTF8IsNotWelcomed() throws {
        let (socket, codec, publisher) = Self.waitingPublisher()
        publisher.publish(codec.make("status", content: .object([("execution_state", "starting")]), parent: nil))
        socket.deliver([[1, 0xFF, 0xFE]])
        #expect(socket.takeSent(milliseconds: 200) == nil)
        socket.deliver([[1]])
        let welcome = try codec.decode(try #require(socket.takeSent(milliseconds: 5000))).message
        #expect(welcome.msgType == "iopub_welcome" && welcome.content["subscription"] == "")
        #expect(try codec.decode(try #require(socket.takeSent(milliseconds: 5000))).message.msgType == "status")
    }

    /// Before anyone subscribed, a reply without outputs does not wait; one after outputs does.
    @Test func flushIfSubscribedDoesNotWaitForTheFirstSubscriber() {
        let (socket, codec, publisher) = Self.waitingPublisher()
        publisher.publish(codec.make("status", content: .object([("execution_state", "busy")]), parent: nil))
        let start = Clock.milliseconds()
        publisher.flushIfSubscribed()
        #expect(Clock.milliseconds() - start < 5000)  // waiting would take the 10 s
        #expect(socket.takeSent(milliseconds: 50) == nil)
    }

    /// With no subscriber at all, they go out once the wait is over, and later ones at once.
    @Test func withoutASubscriberTheyGoOutAfterTheWait() throws {
        let socket = MemorySocket()
        let codec = WireCodec(signer: Signer(key: "k"))
        let start = Clock.milliseconds()
        let publisher = IOPubPublisher(socket: socket, codec: codec, firstSubscriberWait: 300)
        publisher.start()
        publisher.publish(codec.make("status", content: .object([("execution_state", "starting")]), parent: nil))
        _ = try #require(socket.takeSent(milliseconds: 5000))
        #expect(Clock.milliseconds() - start >= 290)
        publisher.publish(codec.make("status", content: .object([("execution_state", "idle")]), parent: nil))
        _ = try #require(socket.takeSent(milliseconds: 200))
    }
}
