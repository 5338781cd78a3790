import Platform
import Testing
@testable import Learn

/// Hostile safetensors files are clear errors naming the file, found before anything is allocated: a
/// header length past the format's limit or the file, shapes whose product overflows or passes the file,
/// data offsets out of range; and an interrupt stops the reading of a large tensor.
@Suite struct SafetensorsLimitTests {
    /// A file of `header` (JSON) followed by `data` bytes.
    func file(_ header: String, data: [UInt8] = [], length: UInt64? = nil) -> [UInt8] {
        let text = Array(header.utf8)
        let count = length ?? UInt64(text.count)
        return (0..<8).map { UInt8(truncatingIfNeeded: count >> (8 * $0)) } + text + data
    }

    func message(_ bytes: [UInt8]) -> String {
        do { _ = try Safetensors.decode(bytes, file: "/tmp/hostile.safetensors"); return "read" } catch { return "\(error)" }
    }

    let prefix = "/tmp/hostile.safetensors is not a valid safetensors file: "

    @Test func headerLengthsPastTheLimitOrTheFileAreRefused() {
        #expect(message(file("{}", length: UInt64.max)) == prefix + "its header length says 18446744073709551615 bytes, more than the 100000000 safetensors allows")
        #expect(message(file("{}", length: 100_000_001)) == prefix + "its header length says 100000001 bytes, more than the 100000000 safetensors allows")
        #expect(message(file("{}", length: 3)) == prefix + "the file is truncated: its header should have 3 bytes, but only 2 follow")
        #expect(message(file("[[[[[[[[[[", length: 10)) == prefix + "the header is not a JSON object")
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(message(file(deep)) == prefix + "the header is not a JSON object")
    }

    @Test(arguments: [
        ("[1152921504606846976, 16]", "has shape [1152921504606846976, 16], more elements than the file holds"),
        ("[4, 4, 4, 4611686018427387904]", "has no shape of whole numbers ≥ 0"),  // past 2⁶² (JSON numbers are doubles)
        ("[3037000500, 3037000500]", "has shape [3037000500, 3037000500], more elements than the file holds"),
        ("[0, 1000000000000]", "has shape [0, 1000000000000], more elements than the file holds"),
        ("[5, -1]", "has no shape of whole numbers ≥ 0"),
        ("[1e300]", "has no shape of whole numbers ≥ 0"),
        ("[3]", "has shape [3] of F64 (24 bytes), but its data_offsets span 16 bytes"),
    ])
    func shapesAreCheckedAgainstTheFile(shape: String, problem: String) {
        let bytes = file(#"{"w":{"dtype":"F64","shape":\#(shape),"data_offsets":[0,16]}}"#, data: [UInt8](repeating: 0, count: 16))
        #expect(message(bytes) == prefix + "tensor 'w' " + problem)
    }

    @Test(arguments: [
        ("[0, 1000000000000000]", "ends at byte 1000000000000000 of the data, past the 16 bytes the file holds after its header"),
        ("[0, 24]", "ends at byte 24 of the data, past the 16 bytes the file holds after its header"),
        ("[16, 8]", "has no data_offsets [begin, end]"),
        ("[-8, 8]", "has no data_offsets [begin, end]"),
        ("[0]", "has no data_offsets [begin, end]"),
        ("[0, 9223372036854775807]", "has no data_offsets [begin, end]"),
    ])
    func offsetsOutOfRangeAreRefused(offsets: String, problem: String) {
        let bytes = file(#"{"w":{"dtype":"F64","shape":[2],"data_offsets":\#(offsets)}}"#, data: [UInt8](repeating: 0, count: 16))
        #expect(message(bytes) == prefix + "tensor 'w' " + problem)
    }

    @Test func anInterruptStopsReadingALargeTensor() throws {
        let count = 3 << 20
        let bytes = file(#"{"w":{"dtype":"U8","shape":[\#(count)],"data_offsets":[0,\#(count)]}}"#, data: [UInt8](repeating: 7, count: count))
        #expect(try Safetensors.decode(bytes, file: "big.safetensors").tensors["w"]?.scalarCount == count)
        let flag = InterruptFlag()
        flag.request()
        #expect(throws: Interrupted.self) { try Interrupt.with(flag) { try Safetensors.decode(bytes, file: "big.safetensors") } }
        #expect(!flag.isRequested)
    }
}
