import CZlib
import Foundation
import RenderTestSupport
import Testing
@testable import Codecs

/// The PNG decoder on fixtures built here for every colour type and bit
/// depth, each filter, with and without Adam7 interlacing; against Pillow on
/// files Pillow writes; and on damaged files.
@Suite struct PNGDecoderTests {
    struct Format: CustomTestStringConvertible, Sendable {
        let colorType: UInt8
        let depth: Int
        var testDescription: String { "colour type \(colorType), \(depth) bits" }
    }

    static let formats: [Format] = [
        Format(colorType: 0, depth: 1), Format(colorType: 0, depth: 2), Format(colorType: 0, depth: 4),
        Format(colorType: 0, depth: 8), Format(colorType: 0, depth: 16), Format(colorType: 2, depth: 8),
        Format(colorType: 2, depth: 16), Format(colorType: 3, depth: 1), Format(colorType: 3, depth: 2),
        Format(colorType: 3, depth: 4), Format(colorType: 3, depth: 8), Format(colorType: 4, depth: 8),
        Format(colorType: 4, depth: 16), Format(colorType: 6, depth: 8), Format(colorType: 6, depth: 16),
    ]

    /// A fixture of `format` (11 × 9 pixels, odd sizes so passes and bytes end partway) and the 8-bit samples expected.
    static func fixture(_ format: Format, interlaced: Bool) -> (PNGFixture, [UInt8], Int) {
        let (width, height) = (11, 9)
        let channels = [0: 1, 2: 3, 3: 1, 4: 2, 6: 4][Int(format.colorType)] ?? 1
        let colours = format.colorType == 3 ? min(1 << format.depth, 5) : 0
        let maximum = format.colorType == 3 ? colours : 1 << format.depth
        let values = (0..<(width * height * channels)).map { (($0 * 37 + ($0 / 7) * 11) % maximum) }
        var fixture = PNGFixture(width: width, height: height, colorType: format.colorType, bitDepth: format.depth,
                                 values: values, interlaced: interlaced)
        if format.colorType == 3 {
            func colour(_ index: Int) -> [UInt8] { [UInt8(index * 50), UInt8(255 - index * 40), UInt8(index * 7)] }
            fixture.palette = (0..<colours).flatMap(colour)
            let expected = values.flatMap(colour)
            return (fixture, expected, 3)
        }
        let top = (1 << format.depth) - 1
        let expected = values.map { UInt8((($0 * 255) + top / 2) / top) }
        return (fixture, expected, channels)
    }

    @Test(arguments: formats) func decodesEveryFormatPlainAndInterlaced(_ format: Format) throws {
        for interlaced in [false, true] {
            let (fixture, expected, channels) = Self.fixture(format, interlaced: interlaced)
            let image = try PNGDecoder.decode(fixture.bytes())
            #expect(image.width == 11 && image.height == 9 && image.channels == channels)
            #expect(image.samples == expected, "interlaced \(interlaced)")
        }
    }

    @Test func transparencyBecomesAlpha() throws {
        var palette = PNGFixture(width: 3, height: 1, colorType: 3, bitDepth: 8, values: [0, 1, 2])
        palette.palette = [10, 20, 30, 40, 50, 60, 70, 80, 90]
        palette.transparency = [0, 128]
        #expect(try PNGDecoder.decode(palette.bytes()).samples == [10, 20, 30, 0, 40, 50, 60, 128, 70, 80, 90, 255])
        var gray = PNGFixture(width: 3, height: 1, colorType: 0, bitDepth: 8, values: [5, 6, 5])
        gray.transparency = [0, 5]
        let image = try PNGDecoder.decode(gray.bytes())
        #expect(image.channels == 2 && image.samples == [5, 0, 6, 255, 5, 0])
    }

    @Test func agreesWithPillowOnFilesPillowWrites() throws {
        guard let python = ExternalTool.python else {
            Issue.record("no Python found for the Pillow check"); return
        }
        let folder = ExternalTool.temporaryFile("pngs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Each mode is written by Pillow, then read back by Pillow as 8-bit gray, RGB or RGBA.
        let script = """
            import sys, numpy as np
            from PIL import Image
            folder = sys.argv[1]
            rng = np.random.default_rng(4)
            rgba = rng.integers(0, 256, (13, 17, 4), dtype=np.uint8)
            cases = {
                "L": Image.fromarray(rgba[:, :, 0]),
                "RGB": Image.fromarray(rgba[:, :, :3]),
                "RGBA": Image.fromarray(rgba),
                "LA": Image.fromarray(rgba[:, :, :2], "LA"),
                "P": Image.fromarray(rgba[:, :, :3]).quantize(37),
                "1": Image.fromarray(rgba[:, :, 0]).convert("1"),
                "I16": Image.fromarray((rgba[:, :, 0].astype(np.uint16) * 257 + 3).astype(np.uint16)),
            }
            for name, image in cases.items():
                image.save(f"{folder}/{name}.png", optimize=name == "RGB")
                back = Image.open(f"{folder}/{name}.png")
                mode = {"L": "L", "1": "L", "I16": "L", "LA": "LA", "RGBA": "RGBA"}.get(name, "RGB")
                if name == "I16":
                    pixels = np.asarray(back).astype(np.uint32)
                    data = ((pixels * 255 + 32767) // 65535).astype(np.uint8).tobytes()
                else:
                    data = back.convert(mode).tobytes()
                open(f"{folder}/{name}.expected", "wb").write(data)
            """
        let result = try ExternalTool.run(python, ["-c", script, folder.path])
        #expect(result.status == 0, "Pillow: \(result.err)")
        for name in ["L", "RGB", "RGBA", "LA", "P", "1", "I16"] {
            let image = try PNGDecoder.decode([UInt8](try Data(contentsOf: folder.appendingPathComponent("\(name).png"))))
            let expected = [UInt8](try Data(contentsOf: folder.appendingPathComponent("\(name).expected")))
            #expect(image.width == 17 && image.height == 13, "\(name)")
            #expect(image.samples == expected, "\(name): \(image.channels) channels")
        }
    }

    @Test func damagedFilesAreClearErrors() throws {
        let good = PNGFixture(width: 4, height: 4, colorType: 0, bitDepth: 8, values: Array(0..<16)).bytes()
        func failure(_ bytes: [UInt8]) -> String {
            do { _ = try PNGDecoder.decode(bytes); return "decoded" } catch { return error.description }
        }
        #expect(failure(Array("GIF89a....".utf8)) == "not a PNG file (the signature is missing)")
        #expect(failure(Array(good.prefix(good.count - 20))) == "the PNG file is truncated")
        var flipped = good
        flipped[40] ^= 0xFF
        #expect(failure(flipped).hasPrefix("the PNG file is damaged (bad checksum in its"))
        var badFilter = PNGFixture(width: 2, height: 2, colorType: 0, bitDepth: 8, values: [1, 2, 3, 4])
        badFilter.filters = [7]
        #expect(failure(badFilter.bytes()) == "malformed PNG: unknown row filter 7")
        var badIndex = PNGFixture(width: 2, height: 1, colorType: 3, bitDepth: 8, values: [0, 3])
        badIndex.palette = [1, 2, 3]
        #expect(failure(badIndex.bytes()) == "malformed PNG: palette index 3 past the 1 colours")
        let huge = PNGFixture(width: 100_000, height: 100_000, colorType: 0, bitDepth: 8, values: [])
        #expect(failure(huge.bytes()) == "the PNG image is too large (100000 × 100000 pixels)")
        let badDepth = PNGFixture(width: 1, height: 1, colorType: 2, bitDepth: 4, values: [0, 0, 0])
        #expect(failure(badDepth.bytes()) == "malformed PNG: bit depth 4 is not allowed with colour type 2")
    }
}
