/// The fonts a PDF's text uses, one per `FontSlot`: each glyph gets a two-byte
/// code in order of first use (code 0 is `.notdef`), and the font is written at
/// the end as a subset TrueType (`CIDFontType2`, `Identity-H`, codes equal to the
/// subset's glyph indices) with its widths and a `ToUnicode` map, so the text
/// can be selected, searched and copied.
final class PDFFontSet {
    private struct Face {
        let font: TrueTypeFont
        let resourceName: String
        var glyphs: [UInt16] = [0]
        var codes: [UInt16: UInt16] = [0: 0]
        var text: [UInt16: Unicode.Scalar] = [:]
    }
    private let book: FontBook
    private var faces: [FontSlot: Face] = [:]
    private var order: [FontSlot] = []

    init(book: FontBook) { self.book = book }

    /// The resource name of the slot's font and the code for `glyph` (registered on first use);
    /// nil when the slot has no font or a font ran out of two-byte codes.
    func code(_ glyph: UInt16, scalar: Unicode.Scalar, slot: FontSlot) -> (font: String, code: UInt16)? {
        if faces[slot] == nil {
            guard let font = book.font(slot) else { return nil }
            faces[slot] = Face(font: font, resourceName: "F\(order.count)")
            order.append(slot)
        }
        guard var face = faces[slot] else { return nil }
        if let code = face.codes[glyph] { return (face.resourceName, code) }
        guard face.glyphs.count < 0xFFFF else { return nil }
        let code = UInt16(face.glyphs.count)
        face.glyphs.append(glyph)
        face.codes[glyph] = code
        face.text[code] = scalar
        faces[slot] = face
        return (face.resourceName, code)
    }

    /// A glyph's advance in thousandths of an em, rounded to two decimals: the `/W` entry
    /// the content stream positions text against.
    static func width(_ glyph: UInt16, in font: TrueTypeFont) -> Double {
        (Double(font.advance(glyph)) * 1000 / Double(font.unitsPerEm) * 100).rounded() / 100
    }

    /// Writes every used font; returns the `/Fn ref` entries of the resource dictionary.
    func write(into document: PDFDocument) -> [String] {
        order.compactMap { slot in
            guard let face = faces[slot] else { return nil }
            return "/\(face.resourceName) \(PDFSyntax.ref(write(face, into: document)))"
        }
    }

    private func write(_ face: Face, into document: PDFDocument) -> Int {
        let font = face.font
        let subset = TrueTypeSubsetter(font: font).subset(face.glyphs)
        let file = document.addStream("/Length1 \(subset.bytes.count)", subset.bytes, compress: true)
        let name = Self.subsetTag(face.glyphs) + "+" + (font.postScriptName ?? "Font")
        let k = 1000 / Double(font.unitsPerEm)
        func scaled(_ v: Int) -> String { PDFSyntax.number(Double(v) * k, decimals: 0) }
        let box = font.boundingBox
        let descriptor = document.add(
            "<</Type /FontDescriptor /FontName \(PDFSyntax.name(name)) /Flags 32 /FontBBox [\(scaled(box.xMin)) \(scaled(box.yMin)) \(scaled(box.xMax)) \(scaled(box.yMax))] /ItalicAngle 0 /Ascent \(scaled(font.ascender)) /Descent \(scaled(font.descender)) /CapHeight \(scaled(font.capHeight)) /StemV 80 /FontFile2 \(PDFSyntax.ref(file))>>")
        let widths = face.glyphs.dropFirst().map { PDFSyntax.number(Self.width($0, in: font), decimals: 2) }.joined(separator: " ")
        let cid = document.add(
            "<</Type /Font /Subtype /CIDFontType2 /BaseFont \(PDFSyntax.name(name)) /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor \(PDFSyntax.ref(descriptor)) /DW \(PDFSyntax.number(Self.width(0, in: font), decimals: 2)) /W [1 [\(widths)]] /CIDToGIDMap /Identity>>")
        let toUnicode = document.addStream("", Array(Self.toUnicode(face.text).utf8), compress: true)
        return document.add(
            "<</Type /Font /Subtype /Type0 /BaseFont \(PDFSyntax.name(name)) /Encoding /Identity-H /DescendantFonts [\(PDFSyntax.ref(cid))] /ToUnicode \(PDFSyntax.ref(toUnicode))>>")
    }

    /// Six capital letters derived from the glyph list, as subset font names carry.
    static func subsetTag(_ glyphs: [UInt16]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for g in glyphs { hash = (hash ^ UInt64(g)) &* 0x100_0000_01B3 }
        return String((0..<6).map { i in Character(Unicode.Scalar(UInt8(65 + Int((hash >> (UInt64(i) * 8)) % 26)))) })
    }

    /// A CMap from codes to UTF-16BE text, in blocks of at most 100 entries.
    static func toUnicode(_ text: [UInt16: Unicode.Scalar]) -> String {
        var out = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        out += "/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n"
        out += "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        let entries = text.sorted { $0.key < $1.key }
        var start = 0
        while start < entries.count {
            let block = entries[start..<Swift.min(entries.count, start + 100)]
            out += "\(block.count) beginbfchar\n"
            for (code, scalar) in block {
                out += "<\(PDFSyntax.hex4(code))> <" + String(scalar).utf16.map(PDFSyntax.hex4).joined() + ">\n"
            }
            out += "endbfchar\n"
            start += 100
        }
        out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
        return out
    }
}

/// Flate compression through the system zlib, at level 2: on the views' content streams,
/// fonts and images it deflates 4–8× faster than level 6 for 5–20% more bytes.
enum PDFCompression {
    /// The zlib stream of `bytes`, or nil if zlib failed.
    static func deflate(_ bytes: [UInt8]) -> [UInt8]? {
        let stream = DeflateStream(level: 2, strategy: 0)
        bytes.withUnsafeBufferPointer { stream.write($0) }
        return stream.finish()
    }
}
