import CZlib

/// One horizontal band of a PNG's rows, filtered and deflated on its own so
/// bands can be encoded on several cores and then laid end to end in one
/// zlib stream. A band's first row filters against the image row above it,
/// and its matcher is primed with that row's filtered bytes, so the rows
/// filter and match as in a single pass. Every band but the last ends with a
/// byte-aligned empty stored block (a sync flush); the last ends the stream.
final class PNGBand {
    /// The image rows this band encodes.
    let rows: Range<Int>
    /// The band's Deflate blocks (byte-aligned once `encode` returns).
    let out = BitWriter(capacity: 0)
    /// The Adler-32 of the band's filtered rows, filter bytes included.
    private(set) var adler: UInt32 = 1
    /// How many filtered bytes the band's rows hold (the length behind `adler`).
    private(set) var filteredLength = 0
    /// The CRC-32 of the band's compressed bytes (`out`).
    private(set) var crc: UInt32 = 0

    init(rows: Range<Int>) {
        self.rows = rows
    }

    /// Filters and compresses the band's rows of `pixmap` as RGB (`opaque`) or RGBA; `final` ends the stream.
    func encode(_ pixmap: Pixmap, opaque: Bool, final: Bool) {
        let channels = opaque ? 3 : 4
        let rowLength = pixmap.width * channels + 1
        out.reserve(rowLength * rows.count / 16 + 4096)
        let deflater = RowDeflater(rowLength: rowLength, pixelBytes: channels, out: out)
        if rows.lowerBound > 0 {
            PNGRowFilter.filterRows(of: pixmap, opaque: opaque, rows: (rows.lowerBound - 1)..<rows.lowerBound,
                                    into: deflater.primingRow) { _ in deflater.commitPrimingRow() }
        }
        PNGRowFilter.filterRows(of: pixmap, opaque: opaque, rows: rows, into: deflater.nextRow) { deflater.commitRow(repeatsLast: $0) }
        deflater.finish(final: final)
        adler = deflater.checksum
        filteredLength = rowLength * rows.count
        crc = UInt32(crc32(0, out.bytes.baseAddress, uInt(out.bytes.count)))
    }

    /// Fewest pixels worth a band of their own (256 × 256): a band this size takes ~0.15 ms, far more
    /// than the hand-off to a thread, and deflates to some KB beside its few dozen bytes of header.
    /// Smaller bands balance uneven images better (the 2× decision-boundary frame, best of runs on
    /// two cores: 3.4 ms in eight bands, 3.5–4.5 ms in four).
    static let minimumPixels = 1 << 16
    /// Most bands: enough to balance two to eight cores whatever part of the image is busy.
    static let maximumBands = 8

    /// The bands of a `width` × `height` image: a count that depends only on the image (so the
    /// bytes are the same on every machine), a power of two so two or four cores share them
    /// evenly, each band of (nearly) equal height; small images are one band.
    static func split(width: Int, height: Int) -> [Range<Int>] {
        let height = Swift.max(0, height)
        let affordable = Swift.max(0, width) * height / minimumPixels
        var count = 1
        while count * 2 <= Swift.min(affordable, maximumBands, height) { count *= 2 }
        return (0..<count).map { k in (k * height / count)..<((k + 1) * height / count) }
    }
}
