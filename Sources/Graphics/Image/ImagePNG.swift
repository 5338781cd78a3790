/// Encodes a `RasterImage` as a PNG in its own format (gray, RGB, RGBA or a
/// palette with transparency), compressed by the system zlib: what SVG embeds
/// as a data URL. Palette rows are left unfiltered (the PNG specification's
/// advice for indexed colour); the others take the minimum-sum filter.
enum ImagePNG {
    static func encode(_ image: RasterImage) -> [UInt8] {
        var out = PNGEncoder.signature
        let (colorType, channels): (UInt8, Int)
        switch image.pixels {
        case .gray: (colorType, channels) = (0, 1)
        case .rgb: (colorType, channels) = (2, 3)
        case .rgba: (colorType, channels) = (6, 4)
        case .indexed: (colorType, channels) = (3, 1)
        }
        var header: [UInt8] = []
        appendBigEndian(UInt32(image.width), to: &header)
        appendBigEndian(UInt32(image.height), to: &header)
        header += [8, colorType, 0, 0, 0]
        appendChunk("IHDR", header, to: &out)
        if case .indexed(let indices, let palette) = image.pixels {
            // Indices past the palette mean transparent; PNG needs a palette entry for each.
            let used = Int(indices.max() ?? 0) + 1
            let entries = Swift.max(palette.count, used)
            var plte: [UInt8] = [], trns: [UInt8] = []
            for i in 0..<entries {
                let c = i < palette.count ? palette[i] : .clear
                plte += [c.r, c.g, c.b]
                trns.append(UInt8((c.alpha * 255).rounded()))
            }
            appendChunk("PLTE", plte, to: &out)
            if let lastTranslucent = trns.lastIndex(where: { $0 != 255 }) {
                appendChunk("tRNS", Array(trns[...lastTranslucent]), to: &out)
            }
        }
        appendChunk("IDAT", compressedRows(image, channels: channels, filtered: colorType != 3), to: &out)
        appendChunk("IEND", [], to: &out)
        return out
    }

    private static func compressedRows(_ image: RasterImage, channels: Int, filtered: Bool) -> [UInt8] {
        let samples: [UInt8]
        switch image.pixels {
        case .gray(let b), .rgb(let b), .rgba(let b), .indexed(let b, _): samples = b
        }
        return filteredAndDeflated(samples, width: image.width, height: image.height, channels: channels,
                                   filtered: filtered) ?? []
    }

    /// PNG scanlines of `samples` (a filter byte per row: the minimum-sum filter, or None when
    /// not `filtered`), zlib-compressed: a PNG's IDAT data, or a PDF image with `/Predictor 15`.
    /// Nil if zlib failed or the sample count does not match.
    static func filteredAndDeflated(_ samples: [UInt8], width: Int, height: Int, channels: Int,
                                    filtered: Bool) -> [UInt8]? {
        let rowBytes = width * channels
        guard rowBytes > 0, samples.count == rowBytes * height else { return nil }
        let stream = DeflateStream(level: 6, strategy: 0)
        var previous = [UInt8](repeating: 0, count: rowBytes)
        var output = [UInt8](repeating: 0, count: rowBytes + 1)
        samples.withUnsafeBufferPointer { all in
            for y in 0..<height {
                let row = UnsafeBufferPointer(rebasing: all[(y * rowBytes)..<((y + 1) * rowBytes)])
                output.withUnsafeMutableBufferPointer { dst in
                    previous.withUnsafeBufferPointer { prev in
                        let filter = filtered ? PNGFilter.bestFilter(row, prev, channels) : 0
                        dst[0] = filter
                        PNGFilter.apply(filter, row, prev, channels, dst)
                    }
                }
                previous.withUnsafeMutableBufferPointer { _ = $0.update(fromContentsOf: row) }
                output.withUnsafeBufferPointer { stream.write($0) }
            }
        }
        return stream.finish()
    }

    private static func appendBigEndian(_ v: UInt32, to out: inout [UInt8]) {
        out += [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
    }

    static func appendChunk(_ type: String, _ data: [UInt8], to out: inout [UInt8]) {
        appendBigEndian(UInt32(data.count), to: &out)
        let start = out.count
        out += Array(type.utf8)
        out += data
        let crc = out[start...].withUnsafeBufferPointer { DeflateStream.crc($0) }
        appendBigEndian(crc, to: &out)
    }
}
