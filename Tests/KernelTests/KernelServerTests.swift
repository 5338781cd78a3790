import Testing
import Kernel

@Suite struct KernelServerTests {
    @Test func kernelInfoIsAnsweredBetweenBusyAndIdleOnShellAndControl() throws {
        let kernel = KernelHarness()
        for channel in [Channel.shell, .control] {
            let request = kernel.send("kernel_info_request", on: channel)
            let reply = try #require(kernel.next(on: channel))
            #expect(reply.msgType == "kernel_info_reply")
            #expect(reply.parentHeader["msg_id"]?.stringValue == request.msgID)
            #expect(reply.content["protocol_version"] == "5.3")
            #expect(reply.content["implementation"] == "loupe")
            #expect(reply.content["language_info"]?["file_extension"] == ".swift")
            #expect(reply.header["version"] == "5.3")
            #expect(reply.identities == [Array("client-1".utf8)])
            let statuses = kernel.iopubUntilIdle(request).map { $0.content["execution_state"]?.stringValue }
            #expect(statuses == ["busy", "idle"])
        }
    }

    @Test func executePublishesInputOutputsAndResultBeforeTheReply() throws {
        let kernel = KernelHarness()
        let request = kernel.send("execute_request", .object([("code", "print hello\nvalue 3")]))
        let reply = try #require(kernel.next(on: .shell))
        #expect(reply.content["status"] == "ok")
        #expect(reply.content["execution_count"] == 1)
        // Everything up to the reply must already be on iopub when the reply is out.
        #expect(kernel.iopub.pendingSent >= 4)
        let published = kernel.iopubUntilIdle(request)
        #expect(published.types == ["status", "execute_input", "stream", "execute_result", "status"])
        #expect(published[2].content["text"] == "hello\n")
        #expect(published[3].content["data"]?["text/plain"] == "3")
        #expect(published[3].content["execution_count"] == 1)
    }

    @Test func executionCountAdvancesOnlyForStoredExecutions() throws {
        let kernel = KernelHarness()
        let counts = [("value 1", true, false), ("value 2", false, false), ("value 3", true, true), ("value 4", true, false)]
            .map { code, store, silent -> JSON? in
                kernel.send("execute_request", .object([("code", .string(code)), ("store_history", .bool(store)),
                                                        ("silent", .bool(silent))]))
                return kernel.next(on: .shell)?.content["execution_count"]
            }
        #expect(counts == [1, 1, 1, 2])
    }

    @Test func silentExecutionPublishesNoOutputs() throws {
        let kernel = KernelHarness()
        let request = kernel.send("execute_request", .object([("code", "print hidden\nvalue 1"), ("silent", true)]))
        _ = try #require(kernel.next(on: .shell))
        #expect(kernel.iopubUntilIdle(request).types == ["status", "status"])
    }

    @Test func errorIsPublishedOnceAndQueuedExecutesAreAborted() throws {
        let kernel = KernelHarness()
        let failing = kernel.sendQueued([("execute_request", .object([("code", "fail")])),
                                          ("execute_request", .object([("code", "print never")]))])[0]
        let failed = try #require(kernel.next(on: .shell))
        #expect(failed.content["status"] == "error")
        #expect(failed.content["ename"] == "RuntimeError")
        let aborted = try #require(kernel.next(on: .shell))
        #expect(aborted.content["status"] == "error")
        #expect(aborted.content["ename"] == "Aborted")
        #expect(kernel.iopubUntilIdle(failing).types == ["status", "execute_input", "error", "status"])
        #expect(kernel.engine.executed == ["fail"])
        kernel.send("execute_request", .object([("code", "value after")]))
        #expect(kernel.next(on: .shell)?.content["status"] == "ok")
    }

    @Test func stopOnErrorFalseRunsQueuedExecutes() throws {
        let kernel = KernelHarness()
        kernel.send("execute_request", .object([("code", "fail"), ("stop_on_error", false)]))
        kernel.send("execute_request", .object([("code", "value 2")]))
        #expect(kernel.next(on: .shell)?.content["status"] == "error")
        #expect(kernel.next(on: .shell)?.content["status"] == "ok")
    }

    @Test func interruptOnControlEndsASpinningCellQuicklyAndKeepsTheKernel() throws {
        let kernel = KernelHarness()
        kernel.send("execute_request", .object([("code", "spin")]))
        while kernel.engine.executedCount == 0 { Clock.sleep(milliseconds: 1) }
        let heartbeatLike = kernel.send("kernel_info_request", on: .control)
        #expect(kernel.next(on: .control)?.parentHeader["msg_id"]?.stringValue == heartbeatLike.msgID)
        let start = Clock.milliseconds()
        kernel.send("interrupt_request", on: .control)
        let interruptReply = try #require(kernel.next(on: .control))
        #expect(interruptReply.msgType == "interrupt_reply")
        let reply = try #require(kernel.next(on: .shell))
        #expect(Clock.milliseconds() - start < 100)
        #expect(reply.content["ename"] == "Interrupted")
        kernel.send("execute_request", .object([("code", "value alive")]))
        #expect(kernel.next(on: .shell)?.content["status"] == "ok")
    }

    @Test func readLineAsksOnStdinAndUsesTheAnswer() throws {
        let kernel = KernelHarness()
        let request = kernel.send("execute_request", .object([("code", "ask name? "), ("allow_stdin", true)]))
        let ask = try #require(kernel.next(on: .stdin))
        #expect(ask.msgType == "input_request")
        #expect(ask.content["prompt"] == "name? ")
        let answer = kernel.client.make("input_reply", content: .object([("value", "Ada")]), parent: ask,
                                        identities: [Array("client-1".utf8)])
        kernel.stdin.deliver(kernel.client.encode(answer))
        #expect(kernel.next(on: .shell)?.content["status"] == "ok")
        let streams = kernel.iopubUntilIdle(request).filter { $0.msgType == "stream" }
        #expect(streams.first?.content["text"] == "got Ada\n")
    }

    @Test func readLineWithoutStdinGetsNil() throws {
        let kernel = KernelHarness()
        let request = kernel.send("execute_request", .object([("code", "ask name? "), ("allow_stdin", false)]))
        _ = try #require(kernel.next(on: .shell))
        #expect(kernel.next(on: .stdin, milliseconds: 50) == nil)
        #expect(kernel.iopubUntilIdle(request).first { $0.msgType == "stream" }?.content["text"] == "got nil\n")
    }

    @Test func displaysUpdatesAndClearOutput() throws {
        let kernel = KernelHarness()
        let request = kernel.send("execute_request", .object([("code", "show plot one\nupdate plot two\nclear")]))
        _ = try #require(kernel.next(on: .shell))
        let published = kernel.iopubUntilIdle(request)
        #expect(published.types == ["status", "execute_input", "display_data", "update_display_data",
                                    "clear_output", "status"])
        #expect(published[2].content["transient"]?["display_id"] == "plot")
        #expect(published[3].content["data"]?["text/plain"] == "two")
        #expect(published[4].content["wait"] == false)
    }

    @Test func shutdownRepliesOnControlAndHonoursRestart() throws {
        let kernel = KernelHarness()
        kernel.send("shutdown_request", .object([("restart", true)]), on: .control)
        let reply = try #require(kernel.next(on: .control))
        #expect(reply.msgType == "shutdown_reply")
        #expect(reply.content["restart"] == true)
        let deadline = Clock.milliseconds() + 1000
        while kernel.shutdownRequests.isEmpty && Clock.milliseconds() < deadline { Clock.sleep(milliseconds: 1) }
        #expect(kernel.shutdownRequests == [true])
    }
}
