/// Encodes a `Pixmap` as PNG: straight RGBA (or RGB when fully opaque),
/// adaptive per-row filters, one zlib IDAT, CRC-checked chunks. Rows are
/// un-premultiplied and filtered one at a time straight into Loupe's own
/// row-specialised Deflate (`RowDeflater`), which writes into the output
/// buffer; the system zlib remains as a reference encoder for tests.
public enum PNGEncoder {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    public static func encode(_ pixmap: Pixmap) -> [UInt8] {
        let opaque = isOpaque(pixmap)
        let channels = opaque ? 3 : 4
        let rowLength = pixmap.width * channels + 1
        let out = BitWriter(capacity: rowLength * pixmap.height / 16 + 4096)
        writeHeader(pixmap, opaque: opaque, to: out)
        let lengthOffset = out.count
        out.appendBigEndian(0)
        appendASCII("IDAT", to: out)
        let deflater = RowDeflater(rowLength: rowLength, pixelBytes: channels, out: out)
        PNGRowFilter.filterRows(of: pixmap, opaque: opaque, into: deflater.nextRow) { deflater.commitRow() }
        deflater.finish()
        let dataLength = out.count - lengthOffset - 8
        out.patchBigEndian(UInt32(truncatingIfNeeded: dataLength), at: lengthOffset)
        out.appendBigEndian(DeflateStream.crc(UnsafeBufferPointer(rebasing: out.bytes[(lengthOffset + 4)...])))
        appendChunk("IEND", UnsafeBufferPointer(start: nil, count: 0), to: out)
        return Array(out.bytes)
    }

    /// The same PNG with the system zlib as the compressor (level 6, Z_RLE by default):
    /// the reference that tests and benchmarks compare `encode` with.
    public static func encodeWithZlib(_ pixmap: Pixmap, level: Int32 = 6, strategy: Int32 = 3) -> [UInt8] {
        let opaque = isOpaque(pixmap)
        let rowLength = pixmap.width * (opaque ? 3 : 4) + 1
        let stream = DeflateStream(level: level, strategy: strategy)
        let row = UnsafeMutablePointer<UInt8>.allocate(capacity: rowLength)
        defer { row.deallocate() }
        PNGRowFilter.filterRows(of: pixmap, opaque: opaque, into: row) {
            stream.write(UnsafeBufferPointer(start: row, count: rowLength))
        }
        let out = BitWriter()
        writeHeader(pixmap, opaque: opaque, to: out)
        (stream.finish() ?? []).withUnsafeBufferPointer { appendChunk("IDAT", $0, to: out) }
        appendChunk("IEND", UnsafeBufferPointer(start: nil, count: 0), to: out)
        return Array(out.bytes)
    }

    /// True when every pixel has alpha 255 (the PNG can then be RGB).
    static func isOpaque(_ p: Pixmap) -> Bool {
        p.pixels.withUnsafeBytes { raw in
            let words = raw.count / 4
            var i = 0
            var all = SIMD16<UInt32>(repeating: .max)
            while i + 16 <= words {
                all &= raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD16<UInt32>.self)
                i += 16
                if i & 4095 == 0 && (all & 0xFF00_0000) != SIMD16(repeating: 0xFF00_0000) { return false }
            }
            var rest = all.min()
            while i < words { rest &= raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self); i += 1 }
            return (all & 0xFF00_0000) == SIMD16(repeating: 0xFF00_0000) && rest & 0xFF00_0000 == 0xFF00_0000
        }
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
