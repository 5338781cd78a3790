/// Cuts a TrueType font down to the glyphs a document uses, for embedding in a
/// PDF (`FontFile2`): glyph `i` of the result is `glyphs[i]` of the font (glyph
/// 0 should be `.notdef`), followed by any components composite glyphs need.
/// Hinting instructions are dropped (with `cvt`, `fpgm` and `prep`); the tables
/// kept are `head`, `hhea`, `maxp`, `hmtx`, `loca` (long), `glyf`, a minimal
/// `cmap` and `post`. Every read is bounds-checked: a glyph that cannot be read
/// becomes empty.
struct TrueTypeSubsetter {
    let font: TrueTypeFont

    /// The subset font file and the number of glyphs in it.
    func subset(_ glyphs: [UInt16]) -> (bytes: [UInt8], glyphCount: Int) {
        var order = glyphs.isEmpty ? [0] : glyphs
        var newID: [UInt16: UInt16] = [:]
        for (i, g) in order.enumerated() where newID[g] == nil { newID[g] = UInt16(truncatingIfNeeded: i) }
        var glyf: [UInt8] = [], offsets: [UInt32] = []
        var index = 0
        // `order` grows as composite glyphs name components not yet included.
        while index < order.count, order.count <= 0xFFFF {
            offsets.append(UInt32(glyf.count))
            if let data = font.outlines.glyphData(order[index]) ?? nil {
                glyf += rewrite(data, newID: &newID, order: &order)
                while glyf.count % 4 != 0 { glyf.append(0) }
            }
            index += 1
        }
        offsets.append(UInt32(glyf.count))
        let count = offsets.count - 1
        var loca: [UInt8] = []
        for o in offsets { loca.appendU32(o) }
        var hmtx: [UInt8] = []
        for g in order.prefix(count) {
            hmtx.appendU16(UInt16(truncatingIfNeeded: font.advance(g)))
            hmtx.appendU16(UInt16(bitPattern: font.leftSideBearing(g)))
        }
        var tables: [(String, [UInt8])] = [
            ("cmap", Self.emptyCharacterMap), ("glyf", glyf), ("hmtx", hmtx), ("loca", loca),
            ("post", Self.postTable),
        ]
        if var head = font.table("head", minimumLength: 54) {
            head.replace(at: 8, u32: 0)
            head.replace(at: 50, u16: 1)
            tables.append(("head", head))
        }
        if var hhea = font.table("hhea", minimumLength: 36) {
            hhea.replace(at: 34, u16: UInt16(count))
            tables.append(("hhea", hhea))
        }
        if var maxp = font.table("maxp", minimumLength: 6) {
            maxp.replace(at: 4, u16: UInt16(count))
            tables.append(("maxp", maxp))
        }
        return (Self.assemble(tables), count)
    }

    /// One glyph's bytes for the subset: a simple glyph without its instructions, a composite
    /// with component indices renumbered (components are added to `order` as needed) and its
    /// instructions dropped. Unreadable glyphs become empty.
    private func rewrite(_ d: ByteView, newID: inout [UInt16: UInt16], order: inout [UInt16]) -> [UInt8] {
        guard let contours = d.i16(0), let header = d.slice(0, 10) else { return [] }
        if contours >= 0 {
            let n = Int(contours)
            guard let ends = d.slice(10, 2 * n), let instructionLength = d.u16(10 + 2 * n) else { return [] }
            let rest = 12 + 2 * n + Int(instructionLength)
            guard let tail = d.slice(rest, d.count - rest) else { return [] }
            return header.array + ends.array + [0, 0] + tail.array
        }
        var out = header.array
        var offset = 10
        while true {
            guard let flags = d.u16(offset), let component = d.u16(offset + 2) else { return [] }
            var size = 4 + (flags & 0x0001 != 0 ? 4 : 2)
            if flags & 0x0008 != 0 { size += 2 } else if flags & 0x0040 != 0 { size += 4 } else if flags & 0x0080 != 0 { size += 8 }
            guard let record = d.slice(offset, size) else { return [] }
            let id: UInt16
            if let known = newID[component] { id = known } else {
                guard order.count < 0xFFFF else { return [] }
                id = UInt16(order.count)
                newID[component] = id
                order.append(component)
            }
            var bytes = record.array
            bytes.replace(at: 0, u16: flags & ~0x0100)
            bytes.replace(at: 2, u16: id)
            out += bytes
            offset += size
            if flags & 0x0020 == 0 { return out }
        }
    }

    /// A `cmap` with one format 4 subtable mapping nothing (the PDF maps codes to glyphs itself).
    static let emptyCharacterMap: [UInt8] = [
        0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12,
        0, 4, 0, 24, 0, 0, 0, 2, 0, 2, 0, 0, 0, 0, 0xFF, 0xFF, 0, 0, 0xFF, 0xFF, 0, 1, 0, 0,
    ]

    /// `post` version 3: no glyph names.
    static let postTable: [UInt8] = [0, 3, 0, 0] + [UInt8](repeating: 0, count: 28)

    /// The sfnt file: directory (tables sorted by tag), 4-byte aligned tables, checksums and
    /// `head.checkSumAdjustment`.
    static func assemble(_ tables: [(String, [UInt8])]) -> [UInt8] {
        let sorted = tables.sorted { $0.0 < $1.0 }
        let n = sorted.count
        var power = 1, log2 = 0
        while power * 2 <= n { power *= 2; log2 += 1 }
        var out: [UInt8] = []
        out.appendU32(0x0001_0000)
        out.appendU16(UInt16(n)); out.appendU16(UInt16(power * 16)); out.appendU16(UInt16(log2))
        out.appendU16(UInt16(n * 16 - power * 16))
        var offset = 12 + 16 * n
        var headOffset: Int?
        for (tag, data) in sorted {
            out += Array(tag.utf8)
            out.appendU32(checksum(data))
            out.appendU32(UInt32(offset))
            out.appendU32(UInt32(data.count))
            if tag == "head" { headOffset = offset }
            offset += (data.count + 3) / 4 * 4
        }
        for (_, data) in sorted {
            out += data
            while out.count % 4 != 0 { out.append(0) }
        }
        if let headOffset { out.replace(at: headOffset + 8, u32: 0xB1B0_AFBA &- checksum(out)) }
        return out
    }

    /// The sum of the big-endian 32-bit words of `data` (zero-padded), as sfnt checksums are.
    static func checksum(_ data: [UInt8]) -> UInt32 {
        var sum: UInt32 = 0
        var i = 0
        while i < data.count {
            var word: UInt32 = 0
            for k in 0..<4 { word = word << 8 | UInt32(i + k < data.count ? data[i + k] : 0) }
            sum = sum &+ word
            i += 4
        }
        return sum
    }
}

extension ByteView {
    /// The viewed bytes as an array.
    var array: [UInt8] { Array(bytes[start..<(start + count)]) }
}

extension Array where Element == UInt8 {
    mutating func appendU16(_ v: UInt16) { append(UInt8(v >> 8)); append(UInt8(v & 0xFF)) }
    mutating func appendU32(_ v: UInt32) { appendU16(UInt16(v >> 16)); appendU16(UInt16(v & 0xFFFF)) }
    mutating func replace(at offset: Int, u16 v: UInt16) {
        guard offset >= 0, offset + 2 <= count else { return }
        self[offset] = UInt8(v >> 8); self[offset + 1] = UInt8(v & 0xFF)
    }
    mutating func replace(at offset: Int, u32 v: UInt32) {
        replace(at: offset, u16: UInt16(v >> 16)); replace(at: offset + 2, u16: UInt16(v & 0xFFFF))
    }
}
