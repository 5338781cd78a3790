import Foundation
import Platform
import Testing

@Suite struct Base64Tests {
    static let samples: [[UInt8]] = [[], [0], [1, 2], [1, 2, 3], [255, 254, 253, 252], Array(0...255)]

    @Test(arguments: samples) func encodesAsFoundationDoes(bytes: [UInt8]) {
        #expect(Base64.encode(bytes) == Data(bytes).base64EncodedString())
    }

    @Test(arguments: samples) func decodesWhatItEncodes(bytes: [UInt8]) {
        #expect(Base64.decode(Base64.encode(bytes)) == bytes)
    }

    @Test func decodingSkipsWhitespace() {
        #expect(Base64.decode("SGVs\nbG8=\r\n") == Array("Hello".utf8))
    }

    @Test(arguments: ["SGVsbG8", "SGV$bG8=", "AB=C", "A===", "SG=sbG8="])
    func decodingRefusesMalformedText(text: String) {
        #expect(Base64.decode(text) == nil)
    }
}
