import Testing
import Kernel

@Suite struct JSONParserTests {
    let parser = JSONParser()

    @Test func parsesEveryKindOfValueKeepingKeyOrder() throws {
        let value = try parser.parse(#" {"b": [1, -2.5, 3e2, true, false, null], "a": {"s": "x"}} "#)
        #expect(value == .object([("b", .array([.int(1), .number(-2.5), .number(300), .bool(true), .bool(false), .null])),
                                  ("a", .object([("s", .string("x"))]))]))
        guard case .object(let members) = value else { Issue.record("not an object"); return }
        #expect(members.map(\.0) == ["b", "a"])
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try parser.parse(#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00""#)
        #expect(value == .string("a\"b\\c/d\n\té😀"))
    }

    @Test(arguments: ["", "[", "{\"a\" 1}", "[1,]", "01x", "\"\u{01}\"", "\"\\ud800\"", "tru", "1 2", "-", "1.", "\"\\q\""])
    func rejectsMalformedText(_ text: String) {
        #expect(throws: JSONParseError.self) { try parser.parse(text) }
    }

    @Test func refusesDeepNestingWithoutRecursingFurther() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParseError.tooDeep(limit: 128)) { try parser.parse(deep) }
    }

    @Test func refusesTextOverTheSizeLimit() {
        let small = JSONParser(maxDepth: 8, maxBytes: 10)
        #expect(throws: JSONParseError.tooLarge(bytes: 12, limit: 10)) { try small.parse("\"0123456789\"") }
    }

    @Test func everyTruncationOfAValidMessageFailsCleanly() throws {
        let bytes = Array(#"{"header": {"msg_id": "é😀", "n": [1, 2.5, null]}, "ok": true}"#.utf8)
        _ = try parser.parse(bytes)
        for end in 0..<bytes.count {
            #expect(throws: JSONParseError.self) { try parser.parse(Array(bytes[0..<end])) }
        }
    }

    @Test func rejectsInvalidUTF8InStrings() {
        #expect(throws: JSONParseError.self) { try parser.parse([0x22, 0xC3, 0x28, 0x22]) }
    }
}

@Suite struct JSONSerializerTests {
    @Test func escapesQuotesBackslashesAndControlCharacters() {
        let text = JSONSerializer.string(.string("q\"b\\n\nt\tc\u{01}d\u{7F}é"))
        #expect(text == #""q\"b\\n\nt\tc\u0001d\u007fé""#)
    }

    @Test func writesNumbersAndNonFiniteAsNull() {
        #expect(JSONSerializer.string(.array([.int(-3), .number(2), .number(0.1), .number(.infinity), .number(.nan)]))
                == "[-3,2.0,0.1,null,null]")
    }

    @Test func roundTripsThroughTheParser() throws {
        let value = JSON.object([("text", .string("line\n\"quoted\" 😀 \u{0}")), ("list", .array([.int(1), .null])),
                                 ("nested", .object([("x", .number(1.5e-7))]))])
        #expect(try JSONParser().parse(JSONSerializer.bytes(value)) == value)
    }
}
