import Testing
import Kernel

@Suite struct BadInputTests {
    @Test func badSignaturesAndMalformedMessagesAreDroppedAndNeverExecuted() throws {
        let kernel = KernelHarness()
        let forger = WireCodec(signer: Signer(key: "wrong-key"))
        let unsigned = WireCodec(signer: Signer(key: ""))
        let execute = JSON.object([("code", "print pwned")])
        for _ in 0..<200 {
            kernel.shell.deliver(forger.encode(forger.make("execute_request", content: execute, parent: nil)))
            kernel.shell.deliver(unsigned.encode(unsigned.make("execute_request", content: execute, parent: nil)))
        }
        let valid = kernel.client.encode(kernel.client.make("execute_request", content: execute, parent: nil))
        let malformed: [[[UInt8]]] = [
            [], [Array("x".utf8)], [WireCodec.delimiter], Array(valid.prefix(4)),
            [WireCodec.delimiter, valid[1], Array("{not json".utf8), valid[3], valid[4], valid[5]],
            kernel.client.encode(kernel.client.make("no_such_request", content: .emptyObject, parent: nil)),
        ]
        for frames in malformed { kernel.shell.deliver(frames) }
        kernel.shell.deliver(valid)
        kernel.shell.deliver(valid)  // a replay of an accepted message
        let info = kernel.send("kernel_info_request")
        let first = try #require(kernel.next(on: .shell, milliseconds: 20000))
        #expect(first.msgType == "execute_reply")
        let second = try #require(kernel.next(on: .shell))
        #expect(second.parentHeader["msg_id"]?.stringValue == info.msgID)
        #expect(kernel.engine.executedCount == 1)
    }
}
