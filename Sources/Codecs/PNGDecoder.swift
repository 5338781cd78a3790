import CZlib
import Platform

/// A decoded PNG image: 8-bit samples, row-major, `channels` per pixel
/// (1 gray, 2 gray + alpha, 3 RGB, 4 RGBA; straight alpha).
public struct PNGImage: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public let channels: Int
    public let samples: [UInt8]

    public init(width: Int, height: Int, channels: Int, samples: [UInt8]) {
        self.width = width
        self.height = height
        self.channels = channels
        self.samples = samples
    }
}

/// Reads PNG files (ISO/IEC 15948): every colour type (gray, RGB, palette,
/// gray + alpha, RGBA), bit depths 1 to 16, the five row filters, Adam7
/// interlacing and tRNS transparency; chunk CRCs are checked. Samples of
/// 16 bits are rounded to 8, palettes expanded, low bit depths scaled to 0…255.
public enum PNGDecoder {
    /// Why a file could not be decoded.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case notPNG
        case truncated
        case badChecksum(chunk: String)
        case malformed(String)
        case unsupported(String)
        case tooLarge(width: Int, height: Int)
        /// The running cell was interrupted (the caller's `Interrupt.check()` answers it).
        case interrupted
        /// The decoded image would take the session past its memory budget.
        case outOfMemory(OutOfMemory)

        public var description: String {
            switch self {
            case .notPNG: return "not a PNG file (the signature is missing)"
            case .truncated: return "the PNG file is truncated"
            case let .badChecksum(chunk): return "the PNG file is damaged (bad checksum in its \(chunk) chunk)"
            case let .malformed(reason): return "malformed PNG: \(reason)"
            case let .unsupported(reason): return "unsupported PNG: \(reason)"
            case let .tooLarge(width, height): return "the PNG image is too large (\(width) × \(height) pixels)"
            case .interrupted: return "interrupted"
            case let .outOfMemory(refusal): return refusal.description
            }
        }
    }

    /// The largest image decoded, in pixels (16 megapixels).
    public static let maximumPixels = 1 << 24

    private static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The header fields that shape the pixel data.
    struct Header {
        let width: Int
        let height: Int
        let bitDepth: Int
        let colorType: Int
        let interlaced: Bool

        /// Samples per pixel in the file (a palette index counts one).
        var fileChannels: Int { [0: 1, 2: 3, 3: 1, 4: 2, 6: 4][colorType] ?? 0 }
        /// Bytes per complete pixel for filtering (at least 1).
        var filterStride: Int { max(1, fileChannels * bitDepth / 8) }
        func rowBytes(width: Int) -> Int { (width * fileChannels * bitDepth + 7) / 8 }
    }

    /// The image `bytes` hold. Before decoding, the memory the decoded rows and samples take is
    /// reserved from the session's budget (`.outOfMemory`); an interrupt stops the work between rows
    /// (`.interrupted`: the caller's `Interrupt.check()` answers it).
    public static func decode(_ bytes: [UInt8]) throws(Failure) -> PNGImage {
        guard bytes.count >= 8, Array(bytes[0..<8]) == signature else { throw .notPNG }
        var header: Header?
        var data: [UInt8] = [], palette: [UInt8] = [], transparency: [UInt8] = []
        var offset = 8, ended = false
        while !ended {
            guard offset + 12 <= bytes.count else { throw .truncated }
            let length = Int(bigEndian32(bytes, offset))
            guard length <= bytes.count - offset - 12 else { throw .truncated }
            let type = String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
            let body = offset + 8
            let stored = bigEndian32(bytes, body + length)
            let computed = bytes.withUnsafeBufferPointer { buffer in
                UInt32(crc32(0, buffer.baseAddress.map { $0 + offset + 4 }, uInt(length + 4)))
            }
            guard stored == computed else { throw .badChecksum(chunk: type) }
            let chunk = bytes[body..<(body + length)]
            switch type {
            case "IHDR": header = try parseHeader(Array(chunk))
            case "PLTE": palette = Array(chunk)
            case "tRNS": transparency = Array(chunk)
            case "IDAT": data.append(contentsOf: chunk)
            case "IEND": ended = true
            default:
                // Unknown critical chunks (first letter upper case) cannot be skipped.
                if let first = type.utf8.first, first >= 65, first <= 90 { throw .unsupported("critical chunk \(type)") }
            }
            if header == nil { throw .malformed("the first chunk is not IHDR") }
            offset = body + length + 4
        }
        guard let header else { throw .malformed("no IHDR chunk") }
        guard !data.isEmpty else { throw .malformed("no image data (IDAT)") }
        if header.colorType == 3 {
            guard !palette.isEmpty, palette.count % 3 == 0, palette.count <= 768 else {
                throw .malformed("a palette image needs a PLTE chunk of 1 to 256 colours")
            }
        }
        let expected = try decompressedSize(header)
        do throws(OutOfMemory) {
            // The inflated rows, the unfiltered image and the 8-bit samples (at most 4 per pixel).
            let samples = header.width * header.height * 4
            try MemoryBudget.reserve(expected + header.rowBytes(width: header.width) * header.height + samples,
                                     for: "a \(header.width) × \(header.height) PNG image")
        } catch { throw .outOfMemory(error) }
        let raw: [UInt8]
        do throws(Inflate.Failure) { raw = try Inflate.decompress(data, format: .zlib, limit: expected) } catch {
            switch error {
            case .interrupted: throw .interrupted
            case .outOfMemory(let refusal): throw .outOfMemory(refusal)
            default: throw .malformed("image data: \(error)")
            }
        }
        guard raw.count == expected else { throw .truncated }
        let samples = try unfilteredSamples(raw, header)
        return try PNGConversion.image(samples, header: header, palette: palette, transparency: transparency)
    }

    private static func bigEndian32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16 | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
    }

    private static func parseHeader(_ chunk: [UInt8]) throws(Failure) -> Header {
        guard chunk.count == 13 else { throw .malformed("IHDR has \(chunk.count) bytes, not 13") }
        let width = Int(bigEndian32(chunk, 0)), height = Int(bigEndian32(chunk, 4))
        let (depth, color) = (Int(chunk[8]), Int(chunk[9]))
        guard width > 0, height > 0, width < 1 << 31, height < 1 << 31 else {
            throw .malformed("the image is \(width) × \(height) pixels")
        }
        guard width <= maximumPixels / height else { throw .tooLarge(width: width, height: height) }
        let allowed: [Int: [Int]] = [0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16]]
        guard let depths = allowed[color] else { throw .malformed("unknown colour type \(color)") }
        guard depths.contains(depth) else { throw .malformed("bit depth \(depth) is not allowed with colour type \(color)") }
        guard chunk[10] == 0, chunk[11] == 0 else { throw .unsupported("compression or filter method other than 0") }
        guard chunk[12] <= 1 else { throw .malformed("unknown interlace method \(chunk[12])") }
        return Header(width: width, height: height, bitDepth: depth, colorType: color, interlaced: chunk[12] == 1)
    }

    /// The passes of the image (one, or Adam7's seven): origin, step and size.
    static func passes(_ header: Header) -> [(x: Int, y: Int, dx: Int, dy: Int, width: Int, height: Int)] {
        guard header.interlaced else { return [(0, 0, 1, 1, header.width, header.height)] }
        let adam7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]
        return adam7.map { x, y, dx, dy in
            (x, y, dx, dy, (header.width - x + dx - 1) / dx, (header.height - y + dy - 1) / dy)
        }.filter { $0.width > 0 && $0.height > 0 }
    }

    private static func decompressedSize(_ header: Header) throws(Failure) -> Int {
        passes(header).reduce(0) { $0 + (header.rowBytes(width: $1.width) + 1) * $1.height }
    }

    /// The filtered rows undone and the passes placed: one row of
    /// `rowBytes(width)` bytes per image row, samples still packed at the file's depth.
    private static func unfilteredSamples(_ raw: [UInt8], _ header: Header) throws(Failure) -> [UInt8] {
        let fullRow = header.rowBytes(width: header.width)
        var image = [UInt8](repeating: 0, count: fullRow * header.height)
        var offset = 0
        for pass in passes(header) {
            let rowBytes = header.rowBytes(width: pass.width)
            var previous = [UInt8](repeating: 0, count: rowBytes), row = previous
            for y in 0..<pass.height {
                if Interrupt.isRequested { throw .interrupted }
                let filter = raw[offset]
                guard filter <= 4 else { throw .malformed("unknown row filter \(filter)") }
                for i in 0..<rowBytes {
                    let x = raw[offset + 1 + i]
                    let a = i >= header.filterStride ? row[i - header.filterStride] : 0
                    let b = previous[i]
                    let c = i >= header.filterStride ? previous[i - header.filterStride] : 0
                    row[i] = x &+ predictor(filter, a, b, c)
                }
                offset += rowBytes + 1
                if header.interlaced {
                    place(row, pass: pass, row: y, header: header, into: &image)
                } else {
                    image.replaceSubrange((y * fullRow)..<((y + 1) * fullRow), with: row)
                }
                swap(&previous, &row)
            }
        }
        return image
    }

    private static func predictor(_ filter: UInt8, _ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt8 {
        switch filter {
        case 1: return a
        case 2: return b
        case 3: return UInt8((Int(a) + Int(b)) / 2)
        case 4:
            let p = Int(a) + Int(b) - Int(c)
            let pa = abs(p - Int(a)), pb = abs(p - Int(b)), pc = abs(p - Int(c))
            if pa <= pb && pa <= pc { return a }
            return pb <= pc ? b : c
        default: return 0
        }
    }

    /// Copies the pixels of one row of an Adam7 pass to their places in the full image.
    private static func place(_ row: [UInt8], pass: (x: Int, y: Int, dx: Int, dy: Int, width: Int, height: Int), row y: Int,
                              header: Header, into image: inout [UInt8]) {
        let bits = header.fileChannels * header.bitDepth
        let fullRow = header.rowBytes(width: header.width)
        let targetY = pass.y + y * pass.dy
        for x in 0..<pass.width {
            let targetX = pass.x + x * pass.dx
            if bits >= 8 {
                let size = bits / 8
                for k in 0..<size { image[targetY * fullRow + targetX * size + k] = row[x * size + k] }
            } else {
                let value = (row[x * bits / 8] >> (8 - bits - (x * bits) % 8)) & UInt8((1 << bits) - 1)
                let shift = 8 - bits - (targetX * bits) % 8
                image[targetY * fullRow + targetX * bits / 8] |= value << shift
            }
        }
    }
}
