/// One TrueType font parsed from memory (a `.ttf`, or one font of a `.ttc`
/// collection): metrics (`head`, `hhea`, `maxp`, `hmtx`), the character map,
/// kerning pairs and glyph outlines, and the raw tables a PDF subset copies.
public struct TrueTypeFont: Sendable {
    public let unitsPerEm: Int
    public let ascender: Int
    public let descender: Int
    public let glyphCount: Int
    let cmap: CharacterMap
    let kerning: KerningTable
    let outlines: GlyphOutlineParser
    private let advances: [UInt16]
    private let tables: [String: ByteView]

    /// Parses the font (font `index` of a collection); throws a reason when a required table
    /// is missing or broken.
    public init(bytes: [UInt8], index: Int = 0) throws(FontParseError) {
        let data = ByteView(bytes)
        let directory = try Self.directoryOffset(data, index: index)
        guard let version = data.u32(directory), version == 0x0001_0000 || version == 0x7472_7565 else {
            throw FontParseError("not a TrueType font (bad sfnt version)")
        }
        let tables = try Self.tableDirectory(data, at: directory)
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
        self.tables = tables
        kerning = tables["kern"].map(KerningTable.init) ?? KerningTable()
        outlines = GlyphOutlineParser(glyf: try table("glyf"), loca: try table("loca"),
                                      longOffsets: locFormat == 1, glyphCount: Int(glyphs))
    }

    /// Where the table directory of font `index` starts: 0 for a single font, or the offset a
    /// `ttcf` collection header gives.
    private static func directoryOffset(_ data: ByteView, index: Int) throws(FontParseError) -> Int {
        guard data.tag(0) == "ttcf" else {
            guard index == 0 else { throw FontParseError("font \(index) requested from a file holding one font") }
            return 0
        }
        guard let count = data.u32(8) else { throw FontParseError("truncated collection header") }
        guard index >= 0, index < Int(count) else {
            throw FontParseError("font \(index) requested from a collection of \(count)")
        }
        guard let offset = data.u32(12 + 4 * index) else { throw FontParseError("truncated collection header") }
        return Int(offset)
    }

    private static func tableDirectory(_ data: ByteView, at start: Int) throws(FontParseError) -> [String: ByteView] {
        guard let count = data.u16(start + 4) else { throw FontParseError("truncated table directory") }
        var tables: [String: ByteView] = [:]
        for i in 0..<Int(count) {
            let record = start + 12 + 16 * i
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

    /// The left side bearing of `hmtx` (0 when unreadable).
    func leftSideBearing(_ glyph: UInt16) -> Int16 {
        guard let hmtx = tables["hmtx"] else { return 0 }
        let g = Int(glyph), long = advances.count
        return (g < long ? hmtx.i16(4 * g + 2) : hmtx.i16(4 * long + 2 * (g - long))) ?? 0
    }

    /// A copy of a table's bytes, or nil when it is missing or shorter than `minimumLength`.
    func table(_ tag: String, minimumLength: Int) -> [UInt8]? {
        guard let t = tables[tag], t.count >= minimumLength else { return nil }
        return t.array
    }

    /// The bounding box of all glyphs (`head`), in font units.
    var boundingBox: (xMin: Int, yMin: Int, xMax: Int, yMax: Int) {
        let head = tables["head"]
        func value(_ offset: Int) -> Int { Int(head?.i16(offset) ?? 0) }
        return (value(36), value(38), value(40), value(42))
    }

    /// The height of capital letters (`OS/2` version 2 and later), else 70 % of the ascender.
    var capHeight: Int {
        if let os2 = tables["OS/2"], let version = os2.u16(0), version >= 2, let h = os2.i16(88), h > 0 { return Int(h) }
        return ascender * 7 / 10
    }

    /// The PostScript name (`name` ID 6), letters, digits and hyphens only; nil when absent.
    var postScriptName: String? {
        guard let name = tables["name"], let count = name.u16(2), let storage = name.u16(4) else { return nil }
        for i in 0..<Int(count) {
            let record = 6 + 12 * i
            guard let platform = name.u16(record), let id = name.u16(record + 6), id == 6,
                  let length = name.u16(record + 8), let offset = name.u16(record + 10),
                  let raw = name.slice(Int(storage) + Int(offset), Int(length)) else { continue }
            let bytes = raw.array
            // Windows names are UTF-16BE; Macintosh names one byte per character.
            let characters = platform == 3 ? stride(from: 1, to: bytes.count, by: 2).map { bytes[$0] } : bytes
            let cleaned = String(decoding: characters.filter { b in
                (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D
            }, as: UTF8.self)
            if !cleaned.isEmpty { return String(cleaned.prefix(63)) }
        }
        return nil
    }
}

/// A reason a font file could not be parsed.
public struct FontParseError: Error, Equatable, Sendable {
    public let reason: String
    init(_ reason: String) { self.reason = reason }
}
