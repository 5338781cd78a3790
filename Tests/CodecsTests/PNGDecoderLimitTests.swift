import Platform
import Testing
@testable import Codecs

/// Hostile PNG files are clear errors before anything large is allocated: declared sizes past the
/// pixel limit, image data that inflates past the image (a zlib bomb), truncated or corrupt data;
/// and an interrupt stops a long decode.
@Suite struct PNGDecoderLimitTests {
    func failure(_ bytes: [UInt8]) -> String {
        do { _ = try PNGDecoder.decode(bytes); return "decoded" } catch { return error.description }
    }

    @Test func declaredSizesAreCheckedBeforeAnythingIsAllocated() {
        for (width, height) in [(4097, 4096), (1 << 30, 1 << 30), (Int(Int32.max), 1), (1, Int(Int32.max))] {
            let header = PNGFixture(width: width, height: height, colorType: 6, bitDepth: 16, values: [])
            #expect(failure(header.bytes()) == "the PNG image is too large (\(width) × \(height) pixels)")
        }
        let negative = PNGFixture(width: Int(UInt32.max), height: 1, colorType: 0, bitDepth: 8, values: [])
        #expect(failure(negative.bytes()) == "malformed PNG: the image is 4294967295 × 1 pixels")
        let zero = PNGFixture(width: 0, height: 5, colorType: 0, bitDepth: 8, values: [])
        #expect(failure(zero.bytes()) == "malformed PNG: the image is 0 × 5 pixels")
        let largest = PNGFixture(width: 4096, height: 4096, colorType: 6, bitDepth: 16, values: [])
        #expect(failure(largest.bytes()) == "the PNG file is truncated")  // the largest size passes: its data is missing
    }

    @Test func aZlibBombStopsAtTheImageSize() {
        var bomb = PNGFixture(width: 10, height: 10, colorType: 0, bitDepth: 8, values: [])
        bomb.rawData = [UInt8](repeating: 0, count: 20 << 20)  // 20 MiB of zeros deflate to ~20 KB
        #expect(failure(bomb.bytes()) == "malformed PNG: image data: the data decompresses to more than 110 bytes")
    }

    @Test func shortCorruptOrMissingDataAreClearErrors() {
        var short = PNGFixture(width: 10, height: 10, colorType: 0, bitDepth: 8, values: [])
        short.rawData = [UInt8](repeating: 0, count: 50)
        #expect(failure(short.bytes()) == "the PNG file is truncated")
        var corrupt = PNGFixture(width: 10, height: 10, colorType: 0, bitDepth: 8, values: [])
        corrupt.compressedData = [0x78, 0x9C, 0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x01]
        #expect(failure(corrupt.bytes()).hasPrefix("malformed PNG: image data: corrupt compressed data ("))
        var cut = PNGFixture(width: 10, height: 10, colorType: 0, bitDepth: 8, values: [])
        cut.compressedData = [0x78, 0x9C]
        #expect(failure(cut.bytes()) == "malformed PNG: image data: the compressed data is truncated")
        let headerOnly = PNGFixture(width: 10, height: 10, colorType: 0, bitDepth: 8, values: []).bytes()
        #expect(failure(headerOnly) == "the PNG file is truncated")
    }

    @Test func anInterruptStopsDecodingAndInflating() throws {
        var image = PNGFixture(width: 1000, height: 1000, colorType: 6, bitDepth: 8, values: [])
        image.rawData = [UInt8](repeating: 0, count: 1000 * (1000 * 4 + 1))
        let bytes = image.bytes()
        #expect(try PNGDecoder.decode(bytes).samples.count == 4_000_000)
        let flag = InterruptFlag()
        flag.request()
        #expect(throws: PNGDecoder.Failure.interrupted) {
            try Interrupt.with(flag) { () throws(PNGDecoder.Failure) in try PNGDecoder.decode(bytes) }
        }
        let packed = InflateTests.gzip([UInt8](repeating: 3, count: 1 << 20))
        #expect(throws: Inflate.Failure.interrupted) {
            try Interrupt.with(flag) { () throws(Inflate.Failure) in try Inflate.decompress(packed, format: .gzip) }
        }
        #expect(flag.isRequested)  // only the caller's Interrupt.check() takes the request
    }
}
