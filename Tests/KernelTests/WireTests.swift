import Testing
import Kernel

@Suite struct SignerTests {
    @Test func matchesTheRFC4231Vector() {
        let signer = Signer(key: "Jefe")
        let signature = String(decoding: signer.signature([Array("what do ya want ".utf8), Array("for nothing?".utf8)]),
                               as: UTF8.self)
        #expect(signature == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func rejectsWrongShortAndEmptySignatures() {
        let signer = Signer(key: "k")
        let parts = [Array("{}".utf8)]
        let good = signer.signature(parts)
        #expect(signer.verify(good, parts: parts))
        var wrong = good
        wrong[0] = wrong[0] == UInt8(ascii: "a") ? UInt8(ascii: "b") : UInt8(ascii: "a")
        #expect(!signer.verify(wrong, parts: parts))
        #expect(!signer.verify(Array(good.prefix(10)), parts: parts))
        #expect(!signer.verify([], parts: parts))
    }

    @Test func anEmptyKeyMeansUnsigned() {
        let signer = Signer(key: "")
        #expect(signer.signature([Array("{}".utf8)]).isEmpty)
        #expect(signer.verify(Array("anything".utf8), parts: []))
    }
}

@Suite struct WireCodecTests {
    let codec = WireCodec(signer: Signer(key: "secret"))

    func sample() -> [[UInt8]] {
        codec.encode(codec.make("execute_request", content: .object([("code", "1 + 2")]), parent: nil,
                                identities: [Array("id-a".utf8), Array("id-b".utf8)]))
    }

    @Test func roundTripsIdentitiesAndParts() throws {
        let frames = sample()
        #expect(frames[2] == WireCodec.delimiter)
        let (message, signature) = try codec.decode(frames)
        #expect(message.identities == [Array("id-a".utf8), Array("id-b".utf8)])
        #expect(message.msgType == "execute_request")
        #expect(message.content["code"] == "1 + 2")
        #expect(signature == frames[3])
    }

    @Test func dropsATamperedContentFrame() {
        var frames = sample()
        frames[7] = Array(#"{"code": "rm"}"#.utf8)
        #expect(throws: WireError.badSignature) { try codec.decode(frames) }
    }

    @Test func dropsEveryTruncationByFrames() {
        let frames = sample()
        for count in 0..<(frames.count) {
            #expect(throws: WireError.self) { try codec.decode(Array(frames.prefix(count))) }
        }
    }

    @Test func refusesAHugeHeaderBeforeParsingIt() {
        let unsigned = WireCodec(signer: Signer(key: ""))
        let big = Array("{\"x\": \"".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 10 << 20) + Array("\"}".utf8)
        let frames = [WireCodec.delimiter, [], big, Array("{}".utf8), Array("{}".utf8), Array("{}".utf8)]
        #expect(throws: WireError.frameTooLarge(part: "header", bytes: big.count)) { try unsigned.decode(frames) }
    }

    @Test func requiresAMessageType() {
        let unsigned = WireCodec(signer: Signer(key: ""))
        let frames = [WireCodec.delimiter, [], Array("{}".utf8), Array("{}".utf8), Array("{}".utf8), Array("{}".utf8)]
        #expect(throws: WireError.missingMsgType) { try unsigned.decode(frames) }
    }

    @Test func headersCarryVersionSessionAndAUTCDate() {
        let header = HeaderFactory(session: "s-1").header("status")
        #expect(header["version"] == "5.3")
        #expect(header["session"] == "s-1")
        let date = header["date"]?.stringValue ?? ""
        #expect(date.count == 27 && date.hasSuffix("Z") && date.contains("T"))
        #expect(HeaderFactory.uuid() != HeaderFactory.uuid())
    }

    @Test func replayGuardDropsRepeatsAndStaysBounded() {
        var guardian = ReplayGuard(capacity: 2)
        // Undated messages are checked by signature alone, within the last `capacity`.
        let answers = ["a", "a", "b", "c", "a"].map { guardian.accept(Array($0.utf8), session: "s", date: nil) }
        #expect(answers == [true, false, true, true, true])
        let firstUnsigned = guardian.accept([], session: "s", date: nil)
        let secondUnsigned = guardian.accept([], session: "s", date: nil)
        #expect(firstUnsigned && secondUnsigned)
    }
}

@Suite struct ConnectionInfoTests {
    func info(_ transport: String, key: String = "k") throws -> ConnectionInfo {
        try ConnectionInfo(json: .object([
            ("transport", .string(transport)), ("ip", "127.0.0.1"), ("shell_port", 5001), ("iopub_port", 5002),
            ("stdin_port", 5003), ("control_port", 5004), ("hb_port", 5005), ("key", .string(key)),
            ("signature_scheme", "hmac-sha256"),
        ]))
    }

    @Test func buildsTcpAndIpcEndpoints() throws {
        #expect(try info("tcp").endpoint(5001) == "tcp://127.0.0.1:5001")
        #expect(try info("ipc").endpoint(5002) == "ipc://127.0.0.1-5002")
        #expect(try info("tcp").heartbeatPort == 5005)
    }

    @Test func rejectsMissingPortsAndUnknownTransports() {
        #expect(throws: ConnectionError.self) { try ConnectionInfo(json: .object([("shell_port", 1)])) }
        #expect(throws: ConnectionError.self) { try info("udp") }
        #expect(throws: ConnectionError.unreadable(path: "/nonexistent/x.json")) {
            try ConnectionInfo(path: "/nonexistent/x.json")
        }
    }
}
