/// Encodes a `Pixmap` as PNG: straight RGBA (or RGB when fully opaque),
/// adaptive per-row filters, one zlib IDAT, CRC-checked chunks.
public enum PNGEncoder {
    /// zlib level and strategy; chosen by `bench/graphics` (fast, and small on filtered chart images).
    static let level: Int32 = 6
    static let strategy: Int32 = 0

    public static func encode(_ pixmap: Pixmap) -> [UInt8] {
        encode(pixmap, level: level, strategy: strategy)
    }

    static func encode(_ pixmap: Pixmap, level: Int32, strategy: Int32) -> [UInt8] {
        let (raw, channels) = straightPixels(pixmap)
        let rowBytes = pixmap.width * channels
        var filtered = [UInt8](repeating: 0, count: (rowBytes + 1) * pixmap.height)
        raw.withUnsafeBufferPointer { src in
            filtered.withUnsafeMutableBufferPointer { dst in
                PNGFilter.filterRows(src, rowBytes: rowBytes, height: pixmap.height, bpp: channels, into: dst)
            }
        }
        let compressed = filtered.withUnsafeBufferPointer { Deflate.compress($0, level: level, strategy: strategy) } ?? []
        var out: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        out.reserveCapacity(compressed.count + 64)
        var header: [UInt8] = []
        appendU32(UInt32(pixmap.width), &header)
        appendU32(UInt32(pixmap.height), &header)
        header += [8, channels == 4 ? 6 : 2, 0, 0, 0]
        appendChunk("IHDR", header, &out)
        appendChunk("IDAT", compressed, &out)
        appendChunk("IEND", [], &out)
        return out
    }

    /// Un-premultiplied pixels: RGB when every pixel is opaque, else RGBA.
    static func straightPixels(_ p: Pixmap) -> (bytes: [UInt8], channels: Int) {
        let count = p.width * p.height
        let opaque = p.pixels.withUnsafeBufferPointer { px in
            var all = true
            for i in 0..<count where px[i * 4 + 3] != 255 { all = false; break }
            return all
        }
        let channels = opaque ? 3 : 4
        var out = [UInt8](repeating: 0, count: count * channels)
        p.pixels.withUnsafeBufferPointer { px in
            out.withUnsafeMutableBufferPointer { dst in
                if opaque {
                    for i in 0..<count {
                        dst[i * 3] = px[i * 4]; dst[i * 3 + 1] = px[i * 4 + 1]; dst[i * 3 + 2] = px[i * 4 + 2]
                    }
                    return
                }
                for i in 0..<count {
                    let a = Int(px[i * 4 + 3])
                    dst[i * 4 + 3] = UInt8(a)
                    guard a > 0 else { continue }
                    for k in 0..<3 {
                        dst[i * 4 + k] = a == 255 ? px[i * 4 + k] : UInt8(Swift.min(255, (Int(px[i * 4 + k]) * 255 + a / 2) / a))
                    }
                }
            }
        }
        return (out, channels)
    }

    static func appendU32(_ v: UInt32, _ out: inout [UInt8]) {
        out += [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
    }

    static func appendChunk(_ type: String, _ data: [UInt8], _ out: inout [UInt8]) {
        appendU32(UInt32(data.count), &out)
        let typed = Array(type.utf8) + data
        out += typed
        appendU32(typed.withUnsafeBufferPointer { Deflate.crc($0) }, &out)
    }
}
