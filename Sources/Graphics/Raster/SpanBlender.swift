/// Source-over compositing of a paint through a coverage row into a pixmap
/// (premultiplied RGBA8); fully covered opaque runs are plain stores.
enum SpanBlender {
    @inline(__always) static func div255(_ x: Int) -> Int { (x + 128 + ((x + 128) >> 8)) >> 8 }

    /// Coverage 0...1 as 0...255, rounded, without a checked float-to-int conversion:
    /// adding 1.5 × 2²³ leaves the rounded integer in the low mantissa bits.
    @inline(__always) static func alpha(_ coverage: Float) -> Int {
        Int((Swift.max(0, Swift.min(1, coverage)) * 255 + 12_582_912).bitPattern & 0x1FF)
    }

    /// Blends row `y` of the pixmap over columns `x0 + range`, using `coverage[range]`.
    static func blend(_ paint: PaintSource, coverage: [Float], range: Range<Int>, x0: Int, y: Int,
                      into pixmap: inout Pixmap) {
        let rowStart = (y * pixmap.width + x0) * 4
        pixmap.pixels.withUnsafeMutableBufferPointer { px in
            coverage.withUnsafeBufferPointer { cov in
                switch paint.kind {
                case .solid(let c):
                    let word = UInt32(c.0) | UInt32(c.1) << 8 | UInt32(c.2) << 16 | UInt32(c.3) << 24
                    let opaque = c.3 == 255
                    let redBlue = word & 0x00FF_00FF, greenAlpha = (word >> 8) & 0x00FF_00FF
                    guard let base = px.baseAddress.map(UnsafeMutableRawPointer.init),
                          rowStart >= 0, rowStart + range.upperBound * 4 <= px.count else { return }
                    for x in range {
                        let cv = cov[x]
                        let i = rowStart + x * 4
                        if cv >= 0.998, opaque {
                            base.storeBytes(of: UInt32(littleEndian: word), toByteOffset: i, as: UInt32.self)
                            continue
                        }
                        let k = UInt32(truncatingIfNeeded: alpha(cv))
                        if k == 0 { continue }
                        let dst = UInt32(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt32.self))
                        let out = overPacked(dst, div255Lanes(redBlue &* k), div255Lanes(greenAlpha &* k))
                        base.storeBytes(of: UInt32(littleEndian: out), toByteOffset: i, as: UInt32.self)
                    }
                case .gradient(let lut, let tx, let ty, let t0):
                    let yc = Double(y) + 0.5
                    for x in range {
                        let k = alpha(cov[x])
                        if k == 0 { continue }
                        let t = tx * (Double(x0 + x) + 0.5) + ty * yc + t0
                        let idx = t.isNaN ? 0 : Int(Swift.max(0, Swift.min(255, (t * 255).rounded())))
                        let c = lut[idx]
                        over(px, rowStart + x * 4, div255(Int(c.0) * k), div255(Int(c.1) * k),
                             div255(Int(c.2) * k), div255(Int(c.3) * k))
                    }
                }
            }
        }
    }

    /// `div255` of both 16-bit lanes of `x` (each at most 255 × 255) at once; same results as `div255`.
    @inline(__always) static func div255Lanes(_ x: UInt32) -> UInt32 {
        let y = x &+ 0x0080_0080
        return ((y &+ ((y >> 8) & 0x00FF_00FF)) >> 8) & 0x00FF_00FF
    }

    /// Source-over of a premultiplied source, given as red/blue and green/alpha lanes,
    /// onto the packed RGBA pixel `dst`; the same bytes as `over`, two channels per multiply.
    @inline(__always) static func overPacked(_ dst: UInt32, _ srcRedBlue: UInt32, _ srcGreenAlpha: UInt32) -> UInt32 {
        let inverse = 255 - (srcGreenAlpha >> 16)
        let redBlue = (srcRedBlue &+ div255Lanes((dst & 0x00FF_00FF) &* inverse)) & 0x00FF_00FF
        let greenAlpha = (srcGreenAlpha &+ div255Lanes(((dst >> 8) & 0x00FF_00FF) &* inverse)) & 0x00FF_00FF
        return redBlue | greenAlpha << 8
    }

    @inline(__always)
    static func over(_ px: UnsafeMutableBufferPointer<UInt8>, _ i: Int, _ r: Int, _ g: Int, _ b: Int, _ a: Int) {
        let inv = 255 - a
        px[i] = UInt8(truncatingIfNeeded: r + div255(Int(px[i]) * inv))
        px[i + 1] = UInt8(truncatingIfNeeded: g + div255(Int(px[i + 1]) * inv))
        px[i + 2] = UInt8(truncatingIfNeeded: b + div255(Int(px[i + 2]) * inv))
        px[i + 3] = UInt8(truncatingIfNeeded: a + div255(Int(px[i + 3]) * inv))
    }

    /// Composites `layer`, whose pixel (0, 0) sits at `origin` of `target`, over
    /// `target` within `rect` (target coordinates), scaled by `opacity` (0...255).
    static func composite(_ layer: Pixmap, at origin: (x: Int, y: Int), over target: inout Pixmap,
                          rect: PixelRect, opacity: Int) {
        let layerRect = PixelRect(x0: origin.x, y0: origin.y, x1: origin.x + layer.width, y1: origin.y + layer.height)
        let r = rect.intersection(target.bounds).intersection(layerRect)
        guard !r.isEmpty, opacity > 0 else { return }
        for y in r.y0..<r.y1 {
            compositeRow(layer, at: origin, over: &target, y: y, columns: r.x0..<r.x1) { _ in opacity }
        }
    }

    /// Composites one target row of `layer` (placed at `origin`) over `target` for the given
    /// target columns, each weighted by `weight(x)` (0...255).
    @inline(__always)
    static func compositeRow(_ layer: Pixmap, at origin: (x: Int, y: Int), over target: inout Pixmap, y: Int,
                             columns: Range<Int>, weight: (Int) -> Int) {
        let width = target.width, layerWidth = layer.width
        layer.pixels.withUnsafeBufferPointer { src in
            target.pixels.withUnsafeMutableBufferPointer { dst in
                for x in columns {
                    let j = ((y - origin.y) * layerWidth + (x - origin.x)) * 4
                    let sa = Int(src[j + 3])
                    if sa == 0 { continue }
                    let k = weight(x)
                    if k == 0 { continue }
                    over(dst, (y * width + x) * 4, div255(Int(src[j]) * k), div255(Int(src[j + 1]) * k),
                         div255(Int(src[j + 2]) * k), div255(sa * k))
                }
            }
        }
    }
}
