import Platform

/// Turns a PNG's unfiltered rows (samples packed at the file's bit depth)
/// into 8-bit samples: low depths scaled to 0…255, 16 bits rounded,
/// palettes expanded, a tRNS colour key made into an alpha channel.
enum PNGConversion {
    static func image(_ packed: [UInt8], header: PNGDecoder.Header, palette: [UInt8],
                      transparency: [UInt8]) throws(PNGDecoder.Failure) -> PNGImage {
        let (width, height, depth) = (header.width, header.height, header.bitDepth)
        let fileChannels = header.fileChannels, rowBytes = header.rowBytes(width: width)
        let pixels = width * height
        /// Sample `k` of pixel `x` in row `y`, at the file's depth.
        func sample(_ y: Int, _ x: Int, _ k: Int) -> Int {
            let row = y * rowBytes
            switch depth {
            case 16:
                let at = row + (x * fileChannels + k) * 2
                return Int(packed[at]) << 8 | Int(packed[at + 1])
            case 8:
                return Int(packed[row + x * fileChannels + k])
            default:
                let bit = x * depth
                return Int(packed[row + bit / 8] >> (8 - depth - bit % 8)) & ((1 << depth) - 1)
            }
        }
        let maximum = (1 << depth) - 1
        func eight(_ value: Int) -> UInt8 {
            depth == 8 ? UInt8(value) : UInt8((value * 255 + maximum / 2) / maximum)
        }
        switch header.colorType {
        case 3:
            let colours = palette.count / 3
            let alpha = !transparency.isEmpty
            guard transparency.count <= colours else { throw .malformed("tRNS has more entries than the palette") }
            let channels = alpha ? 4 : 3
            var out = [UInt8](repeating: 255, count: pixels * channels)
            for y in 0..<height {
                if Interrupt.isRequested { throw .interrupted }
                for x in 0..<width {
                    let index = sample(y, x, 0)
                    guard index < colours else { throw .malformed("palette index \(index) past the \(colours) colours") }
                    let target = (y * width + x) * channels
                    for k in 0..<3 { out[target + k] = palette[index * 3 + k] }
                    if alpha, index < transparency.count { out[target + 3] = transparency[index] }
                }
            }
            return PNGImage(width: width, height: height, channels: channels, samples: out)
        case 0, 2:
            let colour = header.colorType == 2 ? 3 : 1
            let key: [Int]? = transparency.count == colour * 2
                ? (0..<colour).map { Int(transparency[2 * $0]) << 8 | Int(transparency[2 * $0 + 1]) } : nil
            let channels = colour + (key == nil ? 0 : 1)
            var out = [UInt8](repeating: 255, count: pixels * channels)
            for y in 0..<height {
                if Interrupt.isRequested { throw .interrupted }
                for x in 0..<width {
                    let target = (y * width + x) * channels
                    var matches = key != nil
                    for k in 0..<colour {
                        let value = sample(y, x, k)
                        out[target + k] = eight(value)
                        if let key, value != key[k] { matches = false }
                    }
                    if matches { out[target + colour] = 0 }
                }
            }
            return PNGImage(width: width, height: height, channels: channels, samples: out)
        default:
            var out = [UInt8](repeating: 0, count: pixels * fileChannels)
            for y in 0..<height {
                if Interrupt.isRequested { throw .interrupted }
                for x in 0..<width {
                    for k in 0..<fileChannels { out[(y * width + x) * fileChannels + k] = eight(sample(y, x, k)) }
                }
            }
            return PNGImage(width: width, height: height, channels: fileChannels, samples: out)
        }
    }
}
