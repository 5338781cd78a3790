import CZlib
import Foundation
import Graphics

/// A minimal PNG reader for tests (8-bit gray, RGB, RGBA or palette with tRNS,
/// non-interlaced), used to load goldens and rsvg-convert's output. Returns straight RGBA.
public struct DecodedImage {
    public let width: Int
    public let height: Int
    /// Straight RGBA8.
    public var rgba: [UInt8]

    /// Straight RGBA of a premultiplied pixmap, for comparisons.
    public init(_ p: Pixmap) {
        width = p.width; height = p.height
        var out = [UInt8](repeating: 0, count: p.width * p.height * 4)
        for y in 0..<p.height {
            for x in 0..<p.width {
                let s = p.straightPixel(x: x, y: y), i = (y * p.width + x) * 4
                out[i] = s.r; out[i + 1] = s.g; out[i + 2] = s.b; out[i + 3] = s.a
            }
        }
        rgba = out
    }

    public init(width: Int, height: Int, rgba: [UInt8]) { self.width = width; self.height = height; self.rgba = rgba }

    public static func decode(_ png: [UInt8]) -> DecodedImage? {
        guard png.count > 8, Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else { return nil }
        var offset = 8
        var width = 0, height = 0, colorType = 0
        var idat: [UInt8] = [], palette: [UInt8] = [], transparency: [UInt8] = []
        func u32(_ o: Int) -> Int { Int(png[o]) << 24 | Int(png[o + 1]) << 16 | Int(png[o + 2]) << 8 | Int(png[o + 3]) }
        while offset + 8 <= png.count {
            let length = u32(offset)
            let type = String(decoding: png[(offset + 4)..<(offset + 8)], as: UTF8.self)
            guard offset + 12 + length <= png.count else { return nil }
            let data = Array(png[(offset + 8)..<(offset + 8 + length)])
            if type == "IHDR" {
                width = u32(offset + 8); height = u32(offset + 12)
                guard data[8] == 8, data[12] == 0 else { return nil }
                colorType = Int(data[9])
            } else if type == "IDAT" {
                idat += data
            } else if type == "PLTE" {
                palette = data
            } else if type == "tRNS" {
                transparency = data
            }
            offset += 12 + length
        }
        let channels = [0: 1, 2: 3, 3: 1, 6: 4][colorType] ?? 0
        guard channels > 0, width > 0, height > 0 else { return nil }
        let rowBytes = width * channels
        var raw = [UInt8](repeating: 0, count: (rowBytes + 1) * height)
        var rawLength = uLong(raw.count)
        let status = raw.withUnsafeMutableBufferPointer { dst in
            idat.withUnsafeBufferPointer { src in
                uncompress(dst.baseAddress, &rawLength, src.baseAddress, uLong(src.count))
            }
        }
        guard status == Z_OK, Int(rawLength) == raw.count else { return nil }
        var pixels = [UInt8](repeating: 0, count: rowBytes * height)
        for y in 0..<height {
            let filter = raw[y * (rowBytes + 1)]
            for i in 0..<rowBytes {
                let x = Int(raw[y * (rowBytes + 1) + 1 + i])
                let a = i >= channels ? Int(pixels[y * rowBytes + i - channels]) : 0
                let b = y > 0 ? Int(pixels[(y - 1) * rowBytes + i]) : 0
                let c = i >= channels && y > 0 ? Int(pixels[(y - 1) * rowBytes + i - channels]) : 0
                let predicted: Int
                switch filter {
                case 0: predicted = 0
                case 1: predicted = a
                case 2: predicted = b
                case 3: predicted = (a + b) / 2
                case 4: predicted = paeth(a, b, c)
                default: return nil
                }
                pixels[y * rowBytes + i] = UInt8((x + predicted) & 0xFF)
            }
        }
        if channels == 4 { return DecodedImage(width: width, height: height, rgba: pixels) }
        var rgba = [UInt8](repeating: 255, count: width * height * 4)
        for i in 0..<(width * height) {
            switch colorType {
            case 0: rgba[i * 4] = pixels[i]; rgba[i * 4 + 1] = pixels[i]; rgba[i * 4 + 2] = pixels[i]
            case 3:
                let entry = Int(pixels[i])
                guard 3 * entry + 2 < palette.count else { return nil }
                rgba[i * 4] = palette[3 * entry]; rgba[i * 4 + 1] = palette[3 * entry + 1]
                rgba[i * 4 + 2] = palette[3 * entry + 2]
                rgba[i * 4 + 3] = entry < transparency.count ? transparency[entry] : 255
            default: rgba[i * 4] = pixels[i * 3]; rgba[i * 4 + 1] = pixels[i * 3 + 1]; rgba[i * 4 + 2] = pixels[i * 3 + 2]
            }
        }
        return DecodedImage(width: width, height: height, rgba: rgba)
    }

    /// Straight RGBA composited over white, so transparent edges compare by what is seen.
    public func overWhite() -> [UInt8] {
        var out = rgba
        for i in Swift.stride(from: 0, to: out.count, by: 4) {
            let a = Int(out[i + 3])
            for k in 0..<3 { out[i + k] = UInt8((Int(out[i + k]) * a + 255 * (255 - a) + 127) / 255) }
            out[i + 3] = 255
        }
        return out
    }
}

/// The Paeth predictor as the PNG specification (section 9.4) writes it; kept
/// apart from the encoder's own so the decoder checks it independently.
private func paeth(_ a: Int, _ b: Int, _ c: Int) -> Int {
    let p = a + b - c
    let pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
    if pa <= pb && pa <= pc { return a }
    return pb <= pc ? b : c
}
