import CZlib

/// Reads the PNGs these tests meet (8-bit RGB or RGBA, not interlaced) into
/// straight RGBA composited over white, for pixel comparisons.
enum PNGReader {
    struct Image { var width: Int; var height: Int; var rgb: [UInt8] }

    static func read(_ png: [UInt8]) -> Image? {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard png.count > 33, Array(png.prefix(8)) == signature else { return nil }
        func u32(_ o: Int) -> Int { Int(png[o]) << 24 | Int(png[o + 1]) << 16 | Int(png[o + 2]) << 8 | Int(png[o + 3]) }
        var offset = 8, width = 0, height = 0, channels = 0
        var compressed: [UInt8] = []
        while offset + 12 <= png.count {
            let length = u32(offset)
            guard length >= 0, offset + 12 + length <= png.count else { return nil }
            let type = String(decoding: png[(offset + 4)..<(offset + 8)], as: UTF8.self)
            if type == "IHDR" {
                width = u32(offset + 8); height = u32(offset + 12)
                guard png[offset + 16] == 8, png[offset + 20] == 0 else { return nil }
                channels = png[offset + 17] == 6 ? 4 : png[offset + 17] == 2 ? 3 : 0
            } else if type == "IDAT" {
                compressed += png[(offset + 8)..<(offset + 8 + length)]
            }
            offset += 12 + length
        }
        guard channels > 0, width > 0, height > 0 else { return nil }
        let stride = width * channels
        var raw = [UInt8](repeating: 0, count: (stride + 1) * height)
        var rawLength = uLong(raw.count)
        let status = raw.withUnsafeMutableBufferPointer { out in
            compressed.withUnsafeBufferPointer { uncompress(out.baseAddress, &rawLength, $0.baseAddress, uLong($0.count)) }
        }
        guard status == Z_OK, Int(rawLength) == raw.count else { return nil }
        guard let pixels = unfilter(raw, stride: stride, height: height, bytesPerPixel: channels) else { return nil }
        var rgb = [UInt8](repeating: 255, count: width * height * 3)
        for i in 0..<(width * height) {
            let alpha = channels == 4 ? Int(pixels[i * 4 + 3]) : 255
            for k in 0..<3 {
                let c = Int(pixels[i * channels + k])
                rgb[i * 3 + k] = UInt8((c * alpha + 255 * (255 - alpha) + 127) / 255)
            }
        }
        return Image(width: width, height: height, rgb: rgb)
    }

    /// Undoes PNG's per-row filters (none, sub, up, average, Paeth).
    static func unfilter(_ raw: [UInt8], stride: Int, height: Int, bytesPerPixel bpp: Int) -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: stride * height)
        for y in 0..<height {
            let filter = raw[y * (stride + 1)]
            for i in 0..<stride {
                let x = Int(raw[y * (stride + 1) + 1 + i])
                let left = i >= bpp ? Int(out[y * stride + i - bpp]) : 0
                let up = y > 0 ? Int(out[(y - 1) * stride + i]) : 0
                let corner = i >= bpp && y > 0 ? Int(out[(y - 1) * stride + i - bpp]) : 0
                let predicted: Int
                switch filter {
                case 0: predicted = 0
                case 1: predicted = left
                case 2: predicted = up
                case 3: predicted = (left + up) / 2
                case 4:
                    let p = left + up - corner
                    let (pa, pb, pc) = (abs(p - left), abs(p - up), abs(p - corner))
                    predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : corner
                default: return nil
                }
                out[y * stride + i] = UInt8((x + predicted) & 0xFF)
            }
        }
        return out
    }
}
