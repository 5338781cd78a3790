import Testing
@testable import Kernel

@Suite struct ProtocolRobustnessTests {
    @Test func anExecuteArrivingJustAfterAFastFailureIsAbortedToo() throws {
        let kernel = KernelHarness()
        kernel.send("execute_request", .object([("code", "fail")]))
        // The second request is sent after the kernel has already taken the first.
        while kernel.engine.executedCount == 0 { Clock.sleep(milliseconds: 0) }
        kernel.send("execute_request", .object([("code", "value never")]))
        #expect(kernel.next(on: .shell)?.content["ename"] == "RuntimeError")
        let aborted = try #require(kernel.next(on: .shell))
        #expect(aborted.content["ename"] == "Aborted")
        #expect(kernel.engine.executed == ["fail"])
    }

    @Test func aSilentFailureAbortsNothing() throws {
        let kernel = KernelHarness()
        kernel.sendQueued([("execute_request", .object([("code", "fail"), ("silent", true)])),
                           ("execute_request", .object([("code", "value 2")]))])
        #expect(kernel.next(on: .shell)?.content["status"] == "error")
        #expect(kernel.next(on: .shell)?.content["status"] == "ok")
    }

    @Test func everyExecuteQueuedBehindAFailureIsAbortedAndOtherRequestsAnswered() throws {
        let kernel = KernelHarness()
        kernel.sendQueued([("execute_request", .object([("code", "fail")])),
                           ("execute_request", .object([("code", "value a")])),
                           ("kernel_info_request", .emptyObject),
                           ("execute_request", .object([("code", "value b")]))])
        let replies = (0..<4).compactMap { _ in kernel.next(on: .shell) }
        #expect(replies.map(\.msgType) == ["execute_reply", "execute_reply", "kernel_info_reply", "execute_reply"])
        #expect(replies.map { $0.content["ename"]?.stringValue } == ["RuntimeError", "Aborted", nil, "Aborted"])
        #expect(kernel.engine.executed == ["fail"])
    }

    @Test(arguments: [
        ("execute_request", JSON.object([("code", 42)]), "field 'code' of execute_request must be a string, not a number"),
        ("execute_request", .object([("code", "value 1"), ("silent", "no")]),
         "field 'silent' of execute_request must be a bool, not a string"),
        ("execute_request", .emptyObject, "field 'code' of execute_request is missing"),
        ("complete_request", .object([("code", .array([])), ("cursor_pos", 1)]),
         "field 'code' of complete_request must be a string, not an array"),
        ("history_request", .object([("hist_access_type", "tail"), ("n", "ten")]),
         "field 'n' of history_request must be an integer, not a string"),
    ])
    func wrongTypedContentIsRefusedWithAnErrorReplyAndNotRun(type: String, content: JSON, reason: String) throws {
        let kernel = KernelHarness()
        let request = kernel.send(type, content)
        let reply = try #require(kernel.next(on: .shell))
        #expect(reply.msgType == String(type.dropLast("_request".count)) + "_reply")
        #expect(reply.parentHeader["msg_id"]?.stringValue == request.msgID)
        #expect(reply.content["status"] == "error")
        #expect(reply.content["ename"] == "InvalidRequest")
        #expect(reply.content["evalue"]?.stringValue == reason)
        #expect(kernel.engine.executed.isEmpty)
        #expect(kernel.iopubUntilIdle(request).types == ["status", "status"])
        kernel.send("execute_request", .object([("code", "value 1")]))
        #expect(kernel.next(on: .shell)?.content["execution_count"] == 1)
    }

    @Test func wrongTypedHeaderFieldsAreRefused() throws {
        let kernel = KernelHarness()
        for (field, value) in [("session", JSON.int(7)), ("date", .bool(true)), ("msg_id", .object([]))] {
            var message = kernel.client.make("execute_request", content: .object([("code", "value 1")]), parent: nil,
                                             identities: [Array("client-1".utf8)])
            message.header = message.header.setting(field, value)
            kernel.shell.deliver(kernel.client.encode(message))
            let reply = try #require(kernel.next(on: .shell))
            #expect(reply.content["ename"] == "InvalidRequest")
            #expect(reply.content["evalue"]?.stringValue?.hasPrefix("header field '\(field)' must be a string") == true)
        }
        #expect(kernel.engine.executed.isEmpty)
    }

    @Test func aCopyOnControlDoesNotMakeTheShellOriginalAReplay() throws {
        let kernel = KernelHarness()
        let message = kernel.client.make("kernel_info_request", content: .emptyObject, parent: nil,
                                         identities: [Array("client-1".utf8)])
        let frames = kernel.client.encode(message)
        kernel.control.deliver(frames)
        #expect(kernel.next(on: .control)?.msgType == "kernel_info_reply")
        kernel.shell.deliver(frames)
        #expect(kernel.next(on: .shell)?.msgType == "kernel_info_reply")
        kernel.shell.deliver(frames)
        #expect(kernel.next(on: .shell, milliseconds: 100) == nil)
    }

    @Test func historySearchGlobsAsIPythonDoes() {
        var history = History()
        for (line, input) in ["6 * 7", "1 + 2", "1 + 23", "[1, 2].count", "print(\"a\")", "6 * 7"].enumerated() {
            history.append(line: line + 1, input: input)
        }
        #expect(history.search(pattern: "6 *", count: 0, unique: false).map(\.line) == [1, 6])
        #expect(history.search(pattern: "6 *", count: 0, unique: true).map(\.line) == [6])
        #expect(history.search(pattern: "1 + ?", count: 0, unique: false).map(\.line) == [2])
        #expect(history.search(pattern: "1 + *", count: 1, unique: false).map(\.line) == [3])
        #expect(history.search(pattern: "[[]*", count: 0, unique: false).map(\.line) == [4])
        #expect(history.search(pattern: "[0-9] [*+] *", count: 0, unique: false).map(\.line) == [1, 2, 3, 6])
        #expect(history.search(pattern: "[^6]*", count: 0, unique: false).map(\.line) == [2, 3, 4, 5])
        #expect(history.search(pattern: "*\"a\"*", count: 0, unique: false).map(\.line) == [5])
        #expect(history.search(pattern: "6 [*", count: 0, unique: false).isEmpty)
        #expect(history.search(pattern: "6 \\* 7", count: 0, unique: false).isEmpty)
        #expect(history.search(pattern: "**7", count: 0, unique: false).map(\.line) == [1, 6])
    }

    @Test func historyKeepsABoundedAmountOfText() {
        var history = History(inputBudget: 10_000, outputBudget: 2_000)
        for line in 1...5000 {
            history.append(line: line, input: "chart(\(line))")
            history.recordOutput(String(repeating: "x", count: 300), line: line)
        }
        #expect(history.count < 200 && history.count > 100)
        #expect(history.tail(1).first?.line == 5000)
        #expect(history.tail(1).first?.output?.count == 300)
        #expect(history.tail(history.count).compactMap(\.output).count == 6)
        #expect(history.range(session: 0, start: 1, stop: 0).first?.line == 5001 - history.count)
        history.recordOutput(String(repeating: "y", count: 5000), line: 5000)
        #expect(history.tail(1).first?.output?.count == 300)
    }
}

@Suite struct ReplayGuardTests {
    /// A guard and a way to offer it message number `n` (signature, session, date).
    final class Offers {
        var guardian: ReplayGuard
        init(_ guardian: ReplayGuard) { self.guardian = guardian }
        func accept(_ n: Int, _ session: String, _ date: Int64?) -> Bool {
            let hex = String(n, radix: 16)
            let signature = Array((String(repeating: "0", count: 64 - hex.count) + hex).utf8)
            return guardian.accept(signature, session: session, date: date)
        }
    }

    @Test func aReplayIsRefusedLongAfterItsSignatureWasForgotten() {
        let offers = Offers(ReplayGuard(capacity: 8))
        #expect(offers.accept(1, "a", 1))
        #expect(!offers.accept(1, "a", 1))
        for n in 2...100 { #expect(offers.accept(n, "a", Int64(n))) }
        #expect(!offers.accept(1, "a", 1))
        #expect(!offers.accept(50, "a", 50))
        #expect(offers.accept(101, "a", 101))
    }

    @Test func sessionsWithDisagreeingClocksDoNotDisturbEachOther() {
        let offers = Offers(ReplayGuard(capacity: 4))
        for n in 1...50 {
            #expect(offers.accept(n, "ahead", 1_000_000 + Int64(n)))
            #expect(offers.accept(1000 + n, "behind", Int64(n)))
        }
    }

    @Test func undatedMessagesAreCheckedBySignature() {
        let offers = Offers(ReplayGuard(capacity: 4))
        #expect(offers.accept(1, "a", nil))
        #expect(!offers.accept(1, "a", nil))
        var guardian = ReplayGuard()
        let unsigned = [guardian.accept([], session: "a", date: nil), guardian.accept([], session: "a", date: nil)]
        #expect(unsigned == [true, true])
    }

    @Test func aRetiredSessionKeepsItsHorizon() {
        let offers = Offers(ReplayGuard(capacity: 4, maximumSessions: 2))
        #expect(offers.accept(1, "a", 10))
        #expect(offers.accept(2, "b", 10))
        #expect(offers.accept(3, "c", 10))
        #expect(!offers.accept(1, "a", 10))
        #expect(offers.accept(4, "a", 11))
    }

    @Test(arguments: [
        ("2026-01-02T03:04:05.123456Z", Int64(1_767_323_045_123_456)),
        ("2026-01-02T03:04:05Z", 1_767_323_045_000_000),
        ("2026-01-02T04:04:05.5+01:00", 1_767_323_045_500_000),
        ("1970-01-01T00:00:00.000001Z", 1),
        ("2026-01-02T03:04:05.123456", 1_767_323_045_123_456),
    ])
    func datesAreReadAsJupyterWritesThem(text: String, microseconds: Int64) {
        #expect(MessageDate.microseconds(text) == microseconds)
    }

    @Test(arguments: ["", "yesterday", "2026-13-01T00:00:00Z", "2026-01-02T03:04:05.Z", "2026-01-02T03:04:05Zjunk"])
    func otherDatesAreUnreadable(text: String) {
        #expect(MessageDate.microseconds(text) == nil)
    }
}
