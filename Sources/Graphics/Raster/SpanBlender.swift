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
                    let (r, g, b, a) = (Int(c.0), Int(c.1), Int(c.2), Int(c.3))
                    let word = UInt32(c.0) | UInt32(c.1) << 8 | UInt32(c.2) << 16 | UInt32(c.3) << 24
                    guard let base = px.baseAddress.map(UnsafeMutableRawPointer.init) else { return }
                    for x in range {
                        let cv = cov[x]
                        let i = rowStart + x * 4
                        if cv >= 0.998, a == 255 {
                            base.storeBytes(of: UInt32(littleEndian: word), toByteOffset: i, as: UInt32.self)
                            continue
                        }
                        let k = alpha(cv)
                        if k == 0 { continue }
                        over(px, i, div255(r * k), div255(g * k), div255(b * k), div255(a * k))
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
