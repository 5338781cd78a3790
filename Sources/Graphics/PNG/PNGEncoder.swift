import CZlib
import Platform

/// Encodes a `Pixmap` as PNG: straight RGBA (or RGB when fully opaque),
/// adaptive per-row filters, one zlib IDAT, CRC-checked chunks. Large images
/// are cut into horizontal bands (`PNGBand.split`, which depends only on the
/// image size) encoded in parallel; each band's rows are un-premultiplied and
/// filtered straight into Loupe's own row-specialised Deflate (`RowDeflater`),
/// and the bands' blocks, checksums and CRCs are joined into one stream. The
/// system zlib remains as a reference encoder for tests.
public enum PNGEncoder {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    /// The zlib stream header: Deflate, 32 K window, "fast" level, no dictionary (RFC 1950 §2.2).
    static let zlibHeader: [UInt8] = [0x78, 0x5E]

    /// The PNG; `text` pairs (keyword, text) become `tEXt` chunks (`iTXt`, UTF-8, when the
    /// text is not plain ASCII): PNG's `Title` and `Description` say what the image shows.
    public static func encode(_ pixmap: Pixmap, text: [(keyword: String, text: String)] = []) -> [UInt8] {
        encode(pixmap, bands: PNGBand.split(width: pixmap.width, height: pixmap.height), text: text)
    }

    /// Encodes with the given row bands (which must cover the rows in order; none means one band);
    /// `serially` runs them on the calling thread, which must give the same bytes.
    static func encode(_ pixmap: Pixmap, bands: [Range<Int>], serially: Bool = false,
                       text: [(keyword: String, text: String)] = []) -> [UInt8] {
        let rowBands = bands.isEmpty ? [0..<pixmap.height] : bands
        let opaque = isOpaque(pixmap, bands: rowBands, serially: serially)
        let bands = rowBands.map { PNGBand(rows: $0) }
        run(bands.count, serially: serially) { k in bands[k].encode(pixmap, opaque: opaque, final: k == bands.count - 1) }

        let head = BitWriter(capacity: 128 + text.reduce(0) { $0 + $1.text.utf8.count + 32 })
        writeHeader(pixmap, opaque: opaque, to: head)
        for (keyword, value) in text { appendText(keyword, value, to: head) }
        let compressedLength = bands.reduce(zlibHeader.count + 4) { $0 + $1.out.count }
        head.appendBigEndian(UInt32(truncatingIfNeeded: compressedLength))
        let idatStart = head.count
        appendASCII("IDAT", to: head)
        zlibHeader.withUnsafeBytes { head.append($0) }
        var crc = DeflateStream.crc(UnsafeBufferPointer(rebasing: head.bytes[idatStart...]))
        var adler = bands.first?.adler ?? 1
        for (k, band) in bands.enumerated() {
            crc = UInt32(crc32_combine(uLong(crc), uLong(band.crc), off_t(band.out.count)))
            if k > 0 { adler = Adler32.combine(adler, band.adler, secondLength: band.filteredLength) }
        }
        let tail = BitWriter(capacity: 64)
        tail.appendBigEndian(adler)
        crc = UInt32(crc32(uLong(crc), tail.bytes.baseAddress, 4))
        tail.appendBigEndian(crc)
        appendChunk("IEND", UnsafeBufferPointer(start: nil, count: 0), to: tail)
        return concatenate([head] + bands.map(\.out) + [tail])
    }

    /// The writers' bytes one after another, copied once into the result.
    private static func concatenate(_ parts: [BitWriter]) -> [UInt8] {
        let total = parts.reduce(0) { $0 + $1.count }
        return [UInt8](unsafeUninitializedCapacity: total) { buffer, initialized in
            var offset = 0
            for part in parts {
                guard let base = buffer.baseAddress, let source = part.bytes.baseAddress else { continue }
                (base + offset).update(from: source, count: part.count)
                offset += part.count
            }
            initialized = offset
        }
    }

    /// The same PNG with the system zlib as the compressor (level 6, Z_RLE by default):
    /// the reference that tests and benchmarks compare `encode` with.
    public static func encodeWithZlib(_ pixmap: Pixmap, level: Int32 = 6, strategy: Int32 = 3) -> [UInt8] {
        let opaque = isOpaque(pixmap)
        let rowLength = pixmap.width * (opaque ? 3 : 4) + 1
        let stream = DeflateStream(level: level, strategy: strategy)
        let row = UnsafeMutablePointer<UInt8>.allocate(capacity: rowLength)
        defer { row.deallocate() }
        PNGRowFilter.filterRows(of: pixmap, opaque: opaque, into: row) { _ in
            stream.write(UnsafeBufferPointer(start: row, count: rowLength))
        }
        let out = BitWriter()
        writeHeader(pixmap, opaque: opaque, to: out)
        (stream.finish() ?? []).withUnsafeBufferPointer { appendChunk("IDAT", $0, to: out) }
        appendChunk("IEND", UnsafeBufferPointer(start: nil, count: 0), to: out)
        return Array(out.bytes)
    }

    /// True when every pixel (of `rows`, or of the whole image) has alpha 255 (the PNG can then be RGB).
    static func isOpaque(_ p: Pixmap, rows: Range<Int>? = nil) -> Bool {
        let rows = (rows ?? 0..<p.height).clamped(to: 0..<p.height)
        return p.pixels.withUnsafeBytes { raw in
            let words = rows.upperBound * p.width
            let first = rows.lowerBound * p.width
            var i = first
            var all = SIMD16<UInt32>(repeating: .max)
            while i + 16 <= words {
                all &= raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD16<UInt32>.self)
                i += 16
                if (i - first) & 4095 == 0 && (all & 0xFF00_0000) != SIMD16(repeating: 0xFF00_0000) { return false }
            }
            var rest = all.min()
            while i < words { rest &= raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self); i += 1 }
            return (all & 0xFF00_0000) == SIMD16(repeating: 0xFF00_0000) && rest & 0xFF00_0000 == 0xFF00_0000
        }
    }

    /// `isOpaque` over the bands' rows, the bands checked in parallel (or in turn, `serially`).
    private static func isOpaque(_ p: Pixmap, bands: [Range<Int>], serially: Bool) -> Bool {
        guard bands.count > 1 else { return isOpaque(p, rows: bands.first ?? 0..<p.height) }
        let opaque = UnsafeMutableBufferPointer<Bool>.allocate(capacity: bands.count)
        defer { opaque.deallocate() }
        opaque.initialize(repeating: false)
        run(bands.count, serially: serially) { k in opaque[k] = isOpaque(p, rows: bands[k]) }
        return opaque.allSatisfy { $0 }
    }

    /// Calls `body` for every task in `0..<count`, on the machine's cores unless `serially`.
    private static func run(_ count: Int, serially: Bool, _ body: (Int) -> Void) {
        if serially { for task in 0..<count { body(task) } } else { Parallel.forEach(count, body) }
    }

    private static func writeHeader(_ pixmap: Pixmap, opaque: Bool, to out: BitWriter) {
        signature.withUnsafeBytes { out.append($0) }
        var header: [UInt8] = []
        for value in [UInt32(truncatingIfNeeded: pixmap.width), UInt32(truncatingIfNeeded: pixmap.height)] {
            withUnsafeBytes(of: value.bigEndian) { header += $0 }
        }
        header += [8, opaque ? 2 : 6, 0, 0, 0]
        header.withUnsafeBufferPointer { appendChunk("IHDR", $0, to: out) }
    }

    /// A `tEXt` chunk for printable ASCII, else an uncompressed `iTXt` with the UTF-8 text
    /// (control characters other than line feeds dropped; keywords are 1–79 Latin letters).
    static func appendText(_ keyword: String, _ text: String, to out: BitWriter) {
        let key = Array(keyword.utf8.filter { $0 >= 0x20 && $0 <= 0x7E }.prefix(79))
        guard !key.isEmpty else { return }
        let value = Array(String(text.unicodeScalars.filter { $0 == "\n" || $0.value >= 0x20 }).utf8)
        let ascii = value.allSatisfy { $0 < 0x7F }
        var data = key + [0]
        if !ascii { data += [0, 0, 0, 0] }
        data += value
        data.withUnsafeBufferPointer { appendChunk(ascii ? "tEXt" : "iTXt", $0, to: out) }
    }

    private static func appendASCII(_ text: String, to out: BitWriter) {
        Array(text.utf8).withUnsafeBytes { out.append($0) }
    }

    private static func appendChunk(_ type: String, _ data: UnsafeBufferPointer<UInt8>, to out: BitWriter) {
        out.appendBigEndian(UInt32(truncatingIfNeeded: data.count))
        let start = out.count
        appendASCII(type, to: out)
        out.append(UnsafeRawBufferPointer(data))
        out.appendBigEndian(DeflateStream.crc(UnsafeBufferPointer(rebasing: out.bytes[start...])))
    }
}
