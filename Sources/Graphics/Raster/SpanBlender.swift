/// Source-over compositing of a paint through a coverage row into a pixmap
/// (premultiplied RGBA8); fully covered opaque runs are plain stores.
enum SpanBlender {
    @inline(__always) static func div255(_ x: Int) -> Int { (x + 128 + ((x + 128) >> 8)) >> 8 }

    /// Coverage 0...1 as 0...255, rounded, without a checked float-to-int conversion:
    /// adding 1.5 × 2²³ leaves the rounded integer in the low mantissa bits.
    @inline(__always) static func alpha(_ coverage: Float) -> Int {
        Int((Swift.max(0, Swift.min(1, coverage)) * 255 + 12_582_912).bitPattern & 0x1FF)
    }

    /// Blends row `y` of the target over columns `x0 + range`, using `coverage[range]`;
    /// rows outside the target's rows and columns outside the image are left alone.
    static func blend(_ paint: PaintSource, coverage: [Float], range: Range<Int>, x0: Int, y: Int,
                      into target: RasterTarget) {
        guard range.lowerBound >= 0, range.upperBound <= coverage.count else { return }
        coverage.withUnsafeBufferPointer { cov in
            guard let first = cov.baseAddress else { return }
            blend(paint, coverage: first, range: range, x0: x0, y: y, into: target)
        }
    }

    /// Blends row `y` of the target over columns `x0 + range`, using `coverage[range]`
    /// (which the caller guarantees to hold those values).
    static func blend(_ paint: PaintSource, coverage cov: UnsafePointer<Float>, range: Range<Int>, x0: Int, y: Int,
                      into target: RasterTarget) {
        guard target.rows.contains(y), !range.isEmpty, range.lowerBound >= 0, x0 + range.lowerBound >= 0,
              x0 + range.upperBound <= target.width else { return }
        let row = target.row(y) + x0 * 4
        switch paint.kind {
        case .solid(let c):
            let word = UInt32(c.0) | UInt32(c.1) << 8 | UInt32(c.2) << 16 | UInt32(c.3) << 24
            let opaque = c.3 == 255
            let redBlue = word & 0x00FF_00FF, greenAlpha = (word >> 8) & 0x00FF_00FF
            let base = UnsafeMutableRawPointer(row)
            for x in range {
                let cv = cov[x]
                let i = x * 4
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
                over(row + x * 4, div255(Int(c.0) * k), div255(Int(c.1) * k),
                     div255(Int(c.2) * k), div255(Int(c.3) * k))
            }
        case .image(let sampler):
            let base = UnsafeMutableRawPointer(row)
            sampler.withRow(Double(y) + 0.5) { line in
                for x in range {
                    let k = UInt32(truncatingIfNeeded: alpha(cov[x]))
                    if k == 0 { continue }
                    let word = line.sample(Double(x0 + x) + 0.5)
                    let i = x * 4
                    if k == 255, word >> 24 == 255 {
                        base.storeBytes(of: UInt32(littleEndian: word), toByteOffset: i, as: UInt32.self)
                        continue
                    }
                    let dst = UInt32(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt32.self))
                    let out = overPacked(dst, div255Lanes((word & 0x00FF_00FF) &* k), div255Lanes(((word >> 8) & 0x00FF_00FF) &* k))
                    base.storeBytes(of: UInt32(littleEndian: out), toByteOffset: i, as: UInt32.self)
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

    /// Source-over of the premultiplied colour (r, g, b, a) onto the pixel at `p`.
    @inline(__always)
    static func over(_ p: UnsafeMutablePointer<UInt8>, _ r: Int, _ g: Int, _ b: Int, _ a: Int) {
        let inv = 255 - a
        p[0] = UInt8(truncatingIfNeeded: r + div255(Int(p[0]) * inv))
        p[1] = UInt8(truncatingIfNeeded: g + div255(Int(p[1]) * inv))
        p[2] = UInt8(truncatingIfNeeded: b + div255(Int(p[2]) * inv))
        p[3] = UInt8(truncatingIfNeeded: a + div255(Int(p[3]) * inv))
    }

    /// Composites `layer`, whose pixel (0, 0) sits at `origin` of `target`, over the
    /// target's rows within `rect` (target coordinates), scaled by `opacity` (0...255).
    /// The layer must hold every row of `rect` that the target holds.
    static func composite(_ layer: RasterTarget, at origin: (x: Int, y: Int), over target: RasterTarget,
                          rect: PixelRect, opacity: Int) {
        guard opacity > 0 else { return }
        for y in target.rows(within: rect.y0, rect.y1) {
            compositeRow(layer, at: origin, over: target, y: y, columns: rect.x0..<rect.x1) { _ in opacity }
        }
    }

    /// Composites one target row of `layer` (placed at `origin`) over `target` for the given
    /// target columns, each weighted by `weight(x)` (0...255). Columns and rows outside
    /// either image are skipped.
    @inline(__always)
    static func compositeRow(_ layer: RasterTarget, at origin: (x: Int, y: Int), over target: RasterTarget, y: Int,
                             columns: Range<Int>, weight: (Int) -> Int) {
        guard target.rows.contains(y), layer.rows.contains(y - origin.y) else { return }
        let low = Swift.max(columns.lowerBound, 0, origin.x)
        let high = Swift.min(columns.upperBound, target.width, origin.x + layer.width)
        guard low < high else { return }
        let src = layer.row(y - origin.y), dst = target.row(y)
        for x in low..<high {
            let j = (x - origin.x) * 4
            let sa = Int(src[j + 3])
            if sa == 0 { continue }
            let k = weight(x)
            if k == 0 { continue }
            over(dst + x * 4, div255(Int(src[j]) * k), div255(Int(src[j + 1]) * k),
                 div255(Int(src[j + 2]) * k), div255(sa * k))
        }
    }
}
