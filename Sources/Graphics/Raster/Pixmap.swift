/// A raster image: premultiplied RGBA8, row-major, `width * height * 4` bytes.
public struct Pixmap: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public var pixels: [UInt8]

    /// A transparent image; sizes are clamped to at least 1×1.
    public init(width: Int, height: Int) {
        self.width = Swift.max(1, width)
        self.height = Swift.max(1, height)
        pixels = [UInt8](repeating: 0, count: self.width * self.height * 4)
    }

    /// An image filled with one premultiplied RGBA colour; sizes are clamped to at least 1×1.
    init(width: Int, height: Int, filledWith c: (UInt8, UInt8, UInt8, UInt8)) {
        self.width = Swift.max(1, width)
        self.height = Swift.max(1, height)
        let count = self.width * self.height
        pixels = [UInt8](unsafeUninitializedCapacity: count * 4) { buffer, initialized in
            if let base = buffer.baseAddress {
                let word = UInt32(c.0) | UInt32(c.1) << 8 | UInt32(c.2) << 16 | UInt32(c.3) << 24
                UnsafeMutableRawPointer(base).initializeMemory(as: UInt32.self, repeating: UInt32(littleEndian: word), count: count)
            }
            initialized = count * 4
        }
    }

    /// An image whose pixels are not yet written, for a renderer that fills every row before
    /// anything reads them (`Rasterizer` fills each band's rows with the background itself).
    init(uninitializedWidth width: Int, height: Int) {
        let bytes = Swift.max(1, width) * Swift.max(1, height) * 4
        self.width = Swift.max(1, width)
        self.height = Swift.max(1, height)
        pixels = [UInt8](unsafeUninitializedCapacity: bytes) { _, initialized in initialized = bytes }
    }

    /// Wraps existing premultiplied pixels; nil when the byte count does not match.
    public init?(width: Int, height: Int, pixels: [UInt8]) {
        guard width > 0, height > 0, pixels.count == width * height * 4 else { return nil }
        self.width = width; self.height = height; self.pixels = pixels
    }

    /// The straight (un-premultiplied) RGBA of one pixel, for tests and encoders.
    public func straightPixel(x: Int, y: Int) -> (r: UInt8, g: UInt8, b: UInt8, a: UInt8) {
        guard x >= 0, y >= 0, x < width, y < height else { return (0, 0, 0, 0) }
        let i = (y * width + x) * 4
        let a = pixels[i + 3]
        guard a > 0 else { return (0, 0, 0, 0) }
        func un(_ c: UInt8) -> UInt8 { UInt8(Swift.min(255, (Int(c) * 255 + Int(a) / 2) / Int(a))) }
        return (un(pixels[i]), un(pixels[i + 1]), un(pixels[i + 2]), a)
    }

    var bounds: PixelRect { PixelRect(x0: 0, y0: 0, x1: width, y1: height) }
}
