/// A grid of pixels stretched over a rectangle of the scene: a dense heatmap,
/// a photograph, a convolution kernel. The SVG and PDF writers embed it as one
/// image; the rasterizer samples it per device pixel (`nearest` keeps cells
/// crisp, `bilinear` smooths), averaging blocks of pixels first when it is
/// drawn smaller than its own resolution. Colour maps are applied by the
/// caller: `indexed` pixels with the map as palette are the compact form.
public struct RasterImage: Hashable, Sendable {
    /// The pixel data, row by row from the top, 8 bits per channel.
    public enum Pixels: Hashable, Sendable {
        /// One byte per pixel, black (0) to white (255).
        case gray([UInt8])
        /// Three bytes per pixel, opaque.
        case rgb([UInt8])
        /// Four bytes per pixel, straight (not premultiplied) alpha.
        case rgba([UInt8])
        /// One byte per pixel indexing `palette` (1…256 colours); an index past it is transparent.
        case indexed([UInt8], palette: [Color])
    }

    /// How pixels between the image's own samples are coloured.
    public enum Interpolation: Hashable, Sendable {
        /// Each pixel a flat square (heatmap cells, filters).
        case nearest
        /// Colours blended between neighbouring pixels (photographs).
        case bilinear
    }

    /// The most pixels an image may hold (a 8192 × 8192 picture).
    public static let maxPixels = 1 << 26

    public let width: Int
    public let height: Int
    public let pixels: Pixels
    /// Where the image is drawn, in user units.
    public var frame: Rect
    public var interpolation: Interpolation

    /// Nil when a side is not positive, the image has more than `maxPixels` pixels,
    /// the byte count does not match the format, or a palette is empty or over 256 colours.
    public init?(width: Int, height: Int, pixels: Pixels, frame: Rect, interpolation: Interpolation = .nearest) {
        guard width > 0, height > 0 else { return nil }
        let (count, overflow) = width.multipliedReportingOverflow(by: height)
        guard !overflow, count <= Self.maxPixels else { return nil }
        switch pixels {
        case .gray(let bytes): guard bytes.count == count else { return nil }
        case .rgb(let bytes): guard bytes.count == count * 3 else { return nil }
        case .rgba(let bytes): guard bytes.count == count * 4 else { return nil }
        case .indexed(let bytes, let palette):
            guard bytes.count == count, (1...256).contains(palette.count) else { return nil }
        }
        self.width = width; self.height = height; self.pixels = pixels
        self.frame = frame; self.interpolation = interpolation
    }

    /// Whether any pixel can be less than fully opaque.
    public var hasAlpha: Bool {
        switch pixels {
        case .gray, .rgb: return false
        case .rgba(let bytes):
            var i = 3
            while i < bytes.count { if bytes[i] != 255 { return true }; i += 4 }
            return false
        case .indexed(let bytes, let palette):
            if palette.contains(where: { $0.alpha < 1 }) { return true }
            return bytes.contains { Int($0) >= palette.count }
        }
    }

    var isIndexed: Bool {
        if case .indexed = pixels { return true }
        return false
    }

    /// The straight RGBA of pixel `index` (row-major).
    @inline(__always) func straight(_ index: Int) -> (UInt8, UInt8, UInt8, UInt8) {
        switch pixels {
        case .gray(let b): let v = b[index]; return (v, v, v, 255)
        case .rgb(let b): return (b[3 * index], b[3 * index + 1], b[3 * index + 2], 255)
        case .rgba(let b): return (b[4 * index], b[4 * index + 1], b[4 * index + 2], b[4 * index + 3])
        case .indexed(let b, let palette):
            let i = Int(b[index])
            guard i < palette.count else { return (0, 0, 0, 0) }
            let c = palette[i]
            return (c.r, c.g, c.b, UInt8((c.alpha * 255).rounded()))
        }
    }
}
