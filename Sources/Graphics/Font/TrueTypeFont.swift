/// One TrueType font parsed from memory: metrics (`head`, `hhea`, `maxp`,
/// `hmtx`), the character map, kerning pairs and glyph outlines.
public struct TrueTypeFont: Sendable {
    public let unitsPerEm: Int
    public let ascender: Int
    public let descender: Int
    public let glyphCount: Int
    let cmap: CharacterMap
    let kerning: KerningTable
    let outlines: GlyphOutlineParser
    private let advances: [UInt16]

    /// Parses the font; returns a reason string when a required table is missing or broken.
    public init(bytes: [UInt8]) throws(FontParseError) {
        let data = ByteView(bytes)
        guard let version = data.u32(0), version == 0x0001_0000 || version == 0x7472_7565 else {
            throw FontParseError("not a TrueType font (bad sfnt version)")
        }
        let tables = try Self.tableDirectory(data)
        func table(_ tag: String) throws(FontParseError) -> ByteView {
            guard let t = tables[tag] else { throw FontParseError("missing '\(tag)' table") }
            return t
        }
        let head = try table("head"), hhea = try table("hhea"), maxp = try table("maxp")
        guard let upem = head.u16(18), upem >= 16, let locFormat = head.i16(50),
              let asc = hhea.i16(4), let desc = hhea.i16(6), let metricCount = hhea.u16(34),
              let glyphs = maxp.u16(4) else {
            throw FontParseError("truncated 'head', 'hhea' or 'maxp' table")
        }
        guard let map = CharacterMap(try table("cmap")) else {
            throw FontParseError("no Unicode subtable (format 4 or 12) in 'cmap'")
        }
        let hmtx = try table("hmtx")
        var adv: [UInt16] = []
        let metrics = max(1, Int(metricCount))
        for i in 0..<metrics {
            guard let a = hmtx.u16(4 * i) else { throw FontParseError("truncated 'hmtx' table") }
            adv.append(a)
        }
        unitsPerEm = Int(upem)
        ascender = Int(asc)
        descender = Int(desc)
        glyphCount = Int(glyphs)
        cmap = map
        advances = adv
        kerning = tables["kern"].map(KerningTable.init) ?? KerningTable()
        outlines = GlyphOutlineParser(glyf: try table("glyf"), loca: try table("loca"),
                                      longOffsets: locFormat == 1, glyphCount: Int(glyphs))
    }

    private static func tableDirectory(_ data: ByteView) throws(FontParseError) -> [String: ByteView] {
        guard let count = data.u16(4) else { throw FontParseError("truncated table directory") }
        var tables: [String: ByteView] = [:]
        for i in 0..<Int(count) {
            let record = 12 + 16 * i
            guard let tag = data.tag(record), let offset = data.u32(record + 8),
                  let length = data.u32(record + 12) else { throw FontParseError("truncated table directory") }
            guard let slice = data.slice(Int(offset), Int(length)) else {
                throw FontParseError("table '\(tag)' lies outside the file")
            }
            tables[tag] = slice
        }
        return tables
    }

    /// The glyph for a Unicode scalar, or nil when the font lacks it.
    public func glyph(for scalar: Unicode.Scalar) -> UInt16? { cmap.glyph(for: scalar.value) }

    /// Horizontal advance in font units (glyphs past `numberOfHMetrics` share the last one).
    public func advance(_ glyph: UInt16) -> Int {
        guard let last = advances.last else { return 0 }
        let g = Int(glyph)
        return Int(g < advances.count ? advances[g] : last)
    }

    /// Kerning adjustment in font units between two glyphs.
    public func kern(_ left: UInt16, _ right: UInt16) -> Int { kerning.adjustment(left, right) }

    /// The glyph's outline in font units, y up; nil when missing or malformed.
    public func outline(_ glyph: UInt16) -> Path? { outlines.outline(glyph) }
}

/// A reason a font file could not be parsed.
public struct FontParseError: Error, Equatable, Sendable {
    public let reason: String
    init(_ reason: String) { self.reason = reason }
}
