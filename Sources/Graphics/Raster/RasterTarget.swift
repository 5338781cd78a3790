/// The rows of a premultiplied RGBA8 image that one render (or one band of it)
/// may write: pixel (x, y) of the whole image, for y in `rows`, lives at
/// `first + ((y − rows.lowerBound) · width + x) · 4`. Bands of one canvas get
/// disjoint row ranges of the same buffer, so they can be drawn on different
/// threads without sharing any memory; the pointer is only valid while the
/// owner of the buffer keeps it alive (inside `withUnsafeMutableBufferPointer`).
struct RasterTarget {
    /// The first byte of row `rows.lowerBound`.
    let first: UnsafeMutablePointer<UInt8>
    let width: Int
    let rows: Range<Int>

    /// The first byte of row `y` (which must be in `rows`).
    @inline(__always) func row(_ y: Int) -> UnsafeMutablePointer<UInt8> {
        first + (y - rows.lowerBound) * width * 4
    }

    /// Sets every pixel of `rows` to one premultiplied colour.
    func fill(with c: (UInt8, UInt8, UInt8, UInt8)) {
        let word = UInt32(c.0) | UInt32(c.1) << 8 | UInt32(c.2) << 16 | UInt32(c.3) << 24
        UnsafeMutableRawPointer(first).initializeMemory(as: UInt32.self, repeating: UInt32(littleEndian: word),
                                                        count: width * rows.count)
    }

    /// `rows` clipped to `y0..<y1`, empty when they do not meet.
    func rows(within y0: Int, _ y1: Int) -> Range<Int> {
        let low = Swift.max(y0, rows.lowerBound), high = Swift.min(y1, rows.upperBound)
        return low < high ? low..<high : low..<low
    }
}

extension Pixmap {
    /// Lends every row of the pixmap to `body` as one target.
    mutating func withTarget<R>(_ body: (RasterTarget) -> R) -> R {
        let width = self.width, height = self.height
        return pixels.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { preconditionFailure("a pixmap has at least one pixel") }
            return body(RasterTarget(first: base, width: width, rows: 0..<height))
        }
    }
}
