import Testing
@testable import Graphics

/// Each table parser fed a few synthetic bytes, commented field by field.
@Suite struct FontTableTests {
    /// A cmap with one (3,1) format 4 subtable mapping 'A'...'C' → 10...12 by delta
    /// and 'a'...'b' through the glyph-id array.
    func format4Cmap() -> [UInt8] {
        var b = Bytes()
        b.u16(0); b.u16(1)                  // version, numTables
        b.u16(3); b.u16(1); b.u32(12)       // platform 3, encoding 1, offset 12
        let segments = 3
        b.u16(4); b.u16(16 + 8 * segments + 4); b.u16(0) // format, length, language
        b.u16(2 * segments); b.u16(4); b.u16(1); b.u16(2) // segCountX2, searchRange, entrySelector, rangeShift
        b.u16(0x43); b.u16(0x62); b.u16(0xFFFF)           // endCode
        b.u16(0)                                          // reservedPad
        b.u16(0x41); b.u16(0x61); b.u16(0xFFFF)           // startCode
        b.u16(10 - 0x41); b.u16(0); b.u16(1)              // idDelta
        b.u16(0); b.u16(4); b.u16(0)                      // idRangeOffset (segment 2 → glyph array)
        b.u16(20); b.u16(21)                              // glyphIdArray
        return b.data
    }

    @Test func cmapFormat4MapsByDeltaAndByArray() throws {
        let map = try #require(CharacterMap(ByteView(format4Cmap())))
        #expect(map.glyph(for: 0x41) == 10)
        #expect(map.glyph(for: 0x43) == 12)
        #expect(map.glyph(for: 0x61) == 20)
        #expect(map.glyph(for: 0x62) == 21)
        #expect(map.glyph(for: 0x44) == nil)
        #expect(map.glyph(for: 0x1F600) == nil)
    }

    @Test func cmapFormat12MapsGroups() throws {
        var b = Bytes()
        b.u16(0); b.u16(1); b.u16(3); b.u16(10); b.u32(12)  // header, one (3,10) record
        b.u16(12); b.u16(0); b.u32(16 + 24); b.u32(0)        // format 12, reserved, length, language
        b.u32(2)                                             // numGroups
        b.u32(0x41); b.u32(0x5A); b.u32(100)                 // 'A'...'Z' → 100...
        b.u32(0x1F600); b.u32(0x1F601); b.u32(7)             // two emoji → 7, 8
        let map = try #require(CharacterMap(ByteView(b.data)))
        #expect(map.glyph(for: 0x42) == 101)
        #expect(map.glyph(for: 0x1F601) == 8)
        #expect(map.glyph(for: 0x61) == nil)
    }

    @Test func truncatedCmapIsRejectedOrMapsNothing() {
        let bytes = Array(format4Cmap().prefix(30))
        let map = CharacterMap(ByteView(bytes))
        #expect(map?.glyph(for: 0x41) == nil)
    }

    @Test func kernFormat0ReadsPairs() {
        var b = Bytes()
        b.u16(0); b.u16(1)                     // version, nTables
        b.u16(0); b.u16(14 + 12); b.u16(0x0001) // subtable version, length, coverage (horizontal, format 0)
        b.u16(2); b.u16(12); b.u16(1); b.u16(0) // nPairs, searchRange, entrySelector, rangeShift
        b.u16(36); b.u16(57); b.u16(0xFF7D)     // A V → -131
        b.u16(1); b.u16(2); b.u16(5)            // 1 2 → 5
        let kern = KerningTable(ByteView(b.data))
        #expect(kern.adjustment(36, 57) == -131)
        #expect(kern.adjustment(1, 2) == 5)
        #expect(kern.adjustment(57, 36) == 0)
    }

    /// glyf/loca with: glyph 0 a triangle (simple), glyph 1 a composite of glyph 0
    /// moved by (100, 0), glyph 2 a composite referring to itself.
    func glyphTables() -> (glyf: [UInt8], loca: [UInt8]) {
        var g = Bytes()
        g.u16(1); g.u16(0); g.u16(0); g.u16(100); g.u16(100) // contours, bbox
        g.u16(2)                                             // endPtsOfContours[0]
        g.u16(0)                                             // instructionLength
        g.u8(0x01 | 0x02 | 0x04 | 0x10 | 0x20)               // point 0: on, x/y short positive
        g.u8(0x01 | 0x02 | 0x10 | 0x20)                      // point 1: on, x short +, y same
        g.u8(0x01 | 0x02 | 0x04 | 0x20)                      // point 2: on, x short −, y short +
        g.u8(0); g.u8(100); g.u8(50)                         // x: 0, +100, −50
        g.u8(0); g.u8(100)                                   // y: 0, (same), +100
        let second = g.data.count
        g.u16(0xFFFF); g.u16(0); g.u16(0); g.u16(0); g.u16(0) // numberOfContours = −1
        g.u16(0x0001 | 0x0002); g.u16(0); g.u16(100); g.u16(0) // words, xy values, glyph 0, dx 100, dy 0
        let third = g.data.count
        g.u16(0xFFFF); g.u16(0); g.u16(0); g.u16(0); g.u16(0)
        g.u16(0x0002); g.u16(2); g.u8(0); g.u8(0)             // byte args, refers to glyph 2 (itself)
        let end = g.data.count
        var l = Bytes()
        for o in [0, second, third, end] { l.u16(o / 2) }
        return (g.data, l.data)
    }

    @Test func simpleGlyphBecomesClosedContour() throws {
        let (glyf, loca) = glyphTables()
        let parser = GlyphOutlineParser(glyf: ByteView(glyf), loca: ByteView(loca), longOffsets: false, glyphCount: 3)
        let path = try #require(parser.outline(0))
        #expect(path.elements == [.move(Point(0, 0)), .line(Point(100, 0)), .line(Point(50, 100)),
                                  .line(Point(0, 0)), .close])
    }

    @Test func compositeGlyphAppliesOffset() throws {
        let (glyf, loca) = glyphTables()
        let parser = GlyphOutlineParser(glyf: ByteView(glyf), loca: ByteView(loca), longOffsets: false, glyphCount: 3)
        let path = try #require(parser.outline(1))
        #expect(path.elements.first == .move(Point(100, 0)))
        #expect(path.elements.count == 5)
    }

    @Test func selfReferencingCompositeStopsAtDepthLimit() {
        let (glyf, loca) = glyphTables()
        let parser = GlyphOutlineParser(glyf: ByteView(glyf), loca: ByteView(loca), longOffsets: false, glyphCount: 3)
        #expect(parser.outline(2) == nil)
        #expect(parser.outline(3) == nil)
    }

    @Test func truncatedGlyphIsNilNotACrash() {
        let (glyf, loca) = glyphTables()
        for cut in [0, 5, 12, 17, 20] {
            let parser = GlyphOutlineParser(glyf: ByteView(Array(glyf.prefix(cut))), loca: ByteView(loca),
                                            longOffsets: false, glyphCount: 3)
            #expect(parser.outline(0) == nil)
        }
    }

    @Test func garbageIsNotAFont() {
        #expect(throws: FontParseError.self) { try TrueTypeFont(bytes: [0, 1, 0, 0, 0, 9]) }
        #expect(throws: FontParseError.self) { try TrueTypeFont(bytes: Array(repeating: 0xAB, count: 64)) }
    }
}
