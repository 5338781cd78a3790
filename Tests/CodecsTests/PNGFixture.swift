import CZlib

/// Writes small PNG files for the decoder's tests: any colour type and bit
/// depth, each row filtered with a chosen filter, optionally Adam7-interlaced.
/// `values` are the logical samples (per pixel, per file channel) at the file's depth.
struct PNGFixture {
    var width: Int
    var height: Int
    var colorType: UInt8
    var bitDepth: Int
    var values: [Int]
    var interlaced = false
    var palette: [UInt8] = []
    var transparency: [UInt8] = []
    /// The filter of row `i` is `filters[i % count]`.
    var filters: [UInt8] = [0, 1, 2, 3, 4]
    /// Bytes compressed as the image data instead of the filtered rows (for damaged or oversized data).
    var rawData: [UInt8]?
    /// Bytes stored as the image data as they are (not a zlib stream, say).
    var compressedData: [UInt8]?

    var channels: Int { [0: 1, 2: 3, 3: 1, 4: 2, 6: 4][Int(colorType)] ?? 1 }

    func bytes() -> [UInt8] {
        var header: [UInt8] = []
        append32(&header, width)
        append32(&header, height)
        header += [UInt8(bitDepth), colorType, 0, 0, interlaced ? 1 : 0]
        var file: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        chunk(&file, "IHDR", header)
        if !palette.isEmpty { chunk(&file, "PLTE", palette) }
        if !transparency.isEmpty { chunk(&file, "tRNS", transparency) }
        guard !values.isEmpty || rawData != nil || compressedData != nil else { return file }  // a header alone, for size checks
        let data = compressedData ?? compressed(rawData ?? scanlines())
        chunk(&file, "IDAT", Array(data.prefix(data.count / 2)))  // split over two IDAT chunks
        chunk(&file, "IDAT", Array(data.dropFirst(data.count / 2)))
        chunk(&file, "IEND", [])
        return file
    }

    /// The filtered rows of every pass, each with its filter byte.
    func scanlines() -> [UInt8] {
        let passes: [(Int, Int, Int, Int)] = interlaced
            ? [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]
            : [(0, 0, 1, 1)]
        var out: [UInt8] = []
        var rowIndex = 0
        for (x0, y0, dx, dy) in passes {
            let xs = Array(stride(from: x0, to: width, by: dx)), ys = Array(stride(from: y0, to: height, by: dy))
            guard !xs.isEmpty, !ys.isEmpty else { continue }
            var previous = [UInt8](repeating: 0, count: packedRow(xs: xs, y: ys[0]).count)
            for y in ys {
                let row = packedRow(xs: xs, y: y)
                let filter = filters[rowIndex % filters.count]
                rowIndex += 1
                out.append(filter)
                let stride = max(1, channels * bitDepth / 8)
                for i in row.indices {
                    let a = i >= stride ? row[i - stride] : 0, b = previous[i], c = i >= stride ? previous[i - stride] : 0
                    out.append(row[i] &- predict(filter, a, b, c))
                }
                previous = row
            }
        }
        return out
    }

    private func packedRow(xs: [Int], y: Int) -> [UInt8] {
        var bits: [Int] = []
        for x in xs {
            for k in 0..<channels { bits.append(values[(y * width + x) * channels + k]) }
        }
        if bitDepth == 16 { return bits.flatMap { [UInt8($0 >> 8), UInt8($0 & 255)] } }
        if bitDepth == 8 { return bits.map { UInt8($0) } }
        var row = [UInt8](repeating: 0, count: (bits.count * bitDepth + 7) / 8)
        for (i, value) in bits.enumerated() {
            row[i * bitDepth / 8] |= UInt8(value) << (8 - bitDepth - (i * bitDepth) % 8)
        }
        return row
    }

    private func predict(_ filter: UInt8, _ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt8 {
        switch filter {
        case 1: return a
        case 2: return b
        case 3: return UInt8((Int(a) + Int(b)) / 2)
        case 4:
            let p = Int(a) + Int(b) - Int(c)
            let (pa, pb, pc) = (abs(p - Int(a)), abs(p - Int(b)), abs(p - Int(c)))
            return pa <= pb && pa <= pc ? a : (pb <= pc ? b : c)
        default: return 0
        }
    }

    private func compressed(_ raw: [UInt8]) -> [UInt8] {
        var length = compressBound(uLong(raw.count))
        var out = [UInt8](repeating: 0, count: Int(length))
        _ = compress(&out, &length, raw, uLong(raw.count))
        return Array(out.prefix(Int(length)))
    }

    private func append32(_ bytes: inout [UInt8], _ value: Int) {
        bytes += [UInt8(value >> 24 & 255), UInt8(value >> 16 & 255), UInt8(value >> 8 & 255), UInt8(value & 255)]
    }

    private func chunk(_ file: inout [UInt8], _ type: String, _ data: [UInt8]) {
        append32(&file, data.count)
        let typed = Array(type.utf8) + data
        file += typed
        append32(&file, Int(crc32(0, typed, uInt(typed.count))))
    }
}
