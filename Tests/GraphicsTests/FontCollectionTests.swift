import Foundation
import Testing
@testable import Graphics

/// TrueType collections (`ttcf`): a font is found by its index, and damaged or
/// lying collection headers give an error, never a trap.
@Suite struct FontCollectionTests {
    /// A collection of two copies of DejaVu Sans (the second's directory placed after the first file).
    static func collection() throws -> [UInt8] {
        let font = [UInt8](try #require(FileManager.default.contents(atPath: FontBook.regularPath), "DejaVu Sans missing"))
        var header: [UInt8] = Array("ttcf".utf8) + [0, 1, 0, 0, 0, 0, 0, 2]
        header.appendU32(20)
        header.appendU32(UInt32(20 + font.count))
        // Table offsets in a collection count from the start of the file: shift the copies' records.
        func shifted(_ by: Int) -> [UInt8] {
            var copy = font
            let tables = Int(font[4]) << 8 | Int(font[5])
            for i in 0..<tables {
                let at = 12 + 16 * i + 8
                let old = UInt32(copy[at]) << 24 | UInt32(copy[at + 1]) << 16 | UInt32(copy[at + 2]) << 8 | UInt32(copy[at + 3])
                copy.replace(at: at, u32: old + UInt32(by))
            }
            return copy
        }
        return header + shifted(20) + shifted(20 + font.count)
    }

    @Test func fontsAreFoundByIndex() throws {
        let bytes = try Self.collection()
        let original = try FontBook.system().regular
        for index in [0, 1] {
            let font = try TrueTypeFont(bytes: bytes, index: index)
            #expect(font.glyphCount == original.glyphCount)
            #expect(font.outline(font.glyph(for: "g") ?? 0) == original.outline(original.glyph(for: "g") ?? 0))
        }
        #expect(throws: FontParseError.self) { try TrueTypeFont(bytes: bytes, index: 2) }
        #expect(throws: FontParseError.self) { try TrueTypeFont(bytes: Array(bytes.prefix(14)), index: 0) }
    }

    @Test(arguments: 0..<16)
    func damagedCollectionHeadersNeverTrap(_ seed: Int) throws {
        var bytes = Array(try Self.collection().prefix(4096))
        var state = UInt64(seed + 1) &* 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(truncatingIfNeeded: state >> 1)
        }
        for _ in 0..<8 { bytes[4 + next() % 60] = UInt8(truncatingIfNeeded: next()) }
        for index in [0, 1, 2, Int.max, -1] {
            if let font = try? TrueTypeFont(bytes: bytes, index: index) { _ = font.outline(5) }
        }
    }
}
