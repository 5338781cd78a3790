import Foundation
import Testing
@testable import Graphics

/// A subset font holds exactly the requested glyphs, renumbered in order, with the
/// same outlines and advances (composite glyphs bring their components along), and
/// parses with Loupe's own reader.
@Suite struct TrueTypeSubsetterTests {
    @Test func glyphsKeepTheirOutlinesAndAdvancesUnderNewNumbers() throws {
        let font = try FontBook.system().regular
        let glyphs: [UInt16] = [0] + "Hé, Wörld 1".unicodeScalars.compactMap { font.glyph(for: $0) }
        let unique = glyphs.reduce(into: [UInt16]()) { if !$0.contains($1) { $0.append($1) } }
        let (bytes, count) = TrueTypeSubsetter(font: font).subset(unique)
        #expect(count >= unique.count)
        let subset = try TrueTypeFont(bytes: bytes)
        #expect(subset.glyphCount == count)
        #expect(subset.unitsPerEm == font.unitsPerEm)
        for (new, old) in unique.enumerated() {
            #expect(subset.outline(UInt16(new)) == font.outline(old), "glyph \(old) → \(new)")
            #expect(subset.advance(UInt16(new)) == font.advance(old))
        }
        #expect(bytes.count < 12_000, "\(bytes.count) bytes for \(count) glyphs")
    }

    @Test func compositeGlyphsBringTheirComponents() throws {
        let font = try FontBook.system().regular
        // DejaVu Sans builds accented capitals from components.
        let composite = try #require("ÅŮǺ".unicodeScalars.compactMap { font.glyph(for: $0) }.first { g in
            font.outlines.glyphData(g).flatMap { $0 }.flatMap { $0.i16(0) }.map { $0 < 0 } == true
        }, "no composite glyph found")
        let (bytes, count) = TrueTypeSubsetter(font: font).subset([0, composite])
        #expect(count > 2)
        let subset = try TrueTypeFont(bytes: bytes)
        #expect(subset.outline(1) == font.outline(composite))
    }

    @Test func theFileChecksumsAreConsistent() throws {
        let font = try FontBook.system().bold
        let (bytes, _) = TrueTypeSubsetter(font: font).subset([0, 36, 37, 38])
        #expect(TrueTypeSubsetter.checksum(bytes) == 0xB1B0_AFBA)
    }

    @Test func unreadableGlyphsBecomeEmpty() throws {
        let font = try FontBook.system().regular
        let (bytes, count) = TrueTypeSubsetter(font: font).subset([0, 60_000, 65_535])
        #expect(count == 3)
        let subset = try TrueTypeFont(bytes: bytes)
        #expect(subset.outline(1)?.isEmpty == true)
    }
}
