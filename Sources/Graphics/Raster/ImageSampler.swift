/// A `RasterImage` ready to be sampled at device pixel centres: premultiplied
/// texels (block-averaged first when the image is drawn smaller than its own
/// resolution, so a 2000-row heatmap in 600 rows is not decimated) and the map
/// from device space to texel space.
struct ImageSampler {
    /// Premultiplied RGBA packed little-endian (red in the low byte), row-major.
    private let texels: [UInt32]
    private let width: Int
    private let height: Int
    /// Device point → texel coordinates (texel (i, j) spans [i, i+1) × [j, j+1)).
    private let toTexel: Transform
    private let bilinear: Bool

    /// Nil when the frame is empty or the transform cannot be inverted.
    init?(_ image: RasterImage, userToDevice t: Transform) {
        let frame = image.frame
        guard frame.width != 0, frame.height != 0, frame.width.isFinite, frame.height.isFinite,
              frame.x.isFinite, frame.y.isFinite, let inverse = t.inverted else { return nil }
        // Device pixels spanned by one image pixel along each image axis.
        let stepX = frame.width / Double(image.width), stepY = frame.height / Double(image.height)
        let deviceX = (t.a * t.a + t.b * t.b).squareRoot() * abs(stepX)
        let deviceY = (t.c * t.c + t.d * t.d).squareRoot() * abs(stepY)
        let fx = deviceX > 0 && deviceX < 1 ? Swift.min(image.width, Int(1 / deviceX)) : 1
        let fy = deviceY > 0 && deviceY < 1 ? Swift.min(image.height, Int(1 / deviceY)) : 1
        let source = image.reduced(factorX: fx, factorY: fy)
        width = source.width
        height = source.height
        bilinear = image.interpolation == .bilinear
        var packed = [UInt32](repeating: 0, count: width * height)
        for i in packed.indices {
            let (r, g, b, a) = source.straight(i)
            let c = PaintSource.premultiply(r, g, b, a)
            packed[i] = UInt32(c.0) | UInt32(c.1) << 8 | UInt32(c.2) << 16 | UInt32(c.3) << 24
        }
        texels = packed
        // User → texel: the frame's corner to 0, its size to the (reduced) texel grid.
        let userToTexel = Transform.scale(Double(image.width) / Double(fx) / frame.width,
                                          Double(image.height) / Double(fy) / frame.height)
            .concatenating(.translate(-frame.x, -frame.y))
        toTexel = userToTexel.concatenating(inverse)
    }

    /// The premultiplied colour at device point (x, y), packed as `texels` are.
    func sample(_ x: Double, _ y: Double) -> UInt32 {
        withRow(y) { $0.sample(x) }
    }

    /// Calls `body` with a sampler along the device row whose centres are at `y`: what depends only
    /// on the row (for an image not rotated or skewed, the texel rows and their weight) is worked out once.
    @inline(__always) func withRow<R>(_ y: Double, _ body: (RowSampler) -> R) -> R {
        texels.withUnsafeBufferPointer { texels in
            body(RowSampler(texels: texels, width: width, height: height, toTexel: toTexel, bilinear: bilinear, y: y))
        }
    }

    /// Samples one device row of an `ImageSampler` (see `withRow`); the same colours as sampling each point alone.
    struct RowSampler {
        private let texels: UnsafeBufferPointer<UInt32>
        private let width: Int, height: Int
        private let toTexel: Transform
        private let bilinear: Bool
        private let y: Double
        /// `toTexel.c · y` and `toTexel.d · y`, the row's parts of u and v.
        private let cy: Double, dy: Double
        /// For a transform whose v does not depend on x (`toTexel.b == 0`): the row's texel rows and weight.
        private let rowTaps: (j0: Int, j1: Int, fv: Double)?

        init(texels: UnsafeBufferPointer<UInt32>, width: Int, height: Int, toTexel: Transform, bilinear: Bool, y: Double) {
            self.texels = texels; self.width = width; self.height = height
            self.toTexel = toTexel; self.bilinear = bilinear; self.y = y
            cy = toTexel.c * y
            dy = toTexel.d * y
            rowTaps = toTexel.b == 0 ? ImageSampler.taps(dy + toTexel.f, height, bilinear: bilinear) : nil
        }

        /// The premultiplied colour at device point (x, `y`).
        @inline(__always) func sample(_ x: Double) -> UInt32 {
            let u = toTexel.a * x + cy + toTexel.e
            let rows = rowTaps ?? ImageSampler.taps(toTexel.b * x + dy + toTexel.f, height, bilinear: bilinear)
            guard bilinear else { return texels[rows.j0 * width + ImageSampler.index(u, width)] }
            let su = u - 0.5
            let i0 = ImageSampler.index(su, width)
            let i1 = Swift.min(width - 1, i0 + 1)
            let top = rows.j0 * width, bottom = rows.j1 * width
            let p = texels[top + i0], q = texels[top + i1], r = texels[bottom + i0], s = texels[bottom + i1]
            // Equal neighbours blend to themselves exactly.
            if p == q && p == r && p == s { return p }
            let fu = ImageSampler.fraction(su, i0, width)
            let upper = ImageSampler.mix(p, q, fu)
            let lower = ImageSampler.mix(r, s, fu)
            return ImageSampler.pack(zip4(upper, lower) { $0 + ($1 - $0) * rows.fv })
        }
    }

    /// The texel rows a sample at texel coordinate `v` reads and the weight of the second (bilinear), or
    /// the one row nearest takes.
    @inline(__always) static func taps(_ v: Double, _ height: Int, bilinear: Bool) -> (j0: Int, j1: Int, fv: Double) {
        guard bilinear else { let j = index(v, height); return (j, j, 0) }
        let sv = v - 0.5
        let j0 = index(sv, height)
        return (j0, Swift.min(height - 1, j0 + 1), fraction(sv, j0, height))
    }

    /// `floor(t)` clamped to `0..<n` (NaN and infinities clamp too).
    @inline(__always) static func index(_ t: Double, _ n: Int) -> Int {
        guard t > 0 else { return 0 }
        guard t < Double(n) else { return n - 1 }
        return Int(t)
    }

    /// How far `t` lies past texel `i`, 0...1 (0 outside the grid, where the edge texel repeats).
    @inline(__always) static func fraction(_ t: Double, _ i: Int, _ n: Int) -> Double {
        guard t > 0, i < n - 1 else { return 0 }
        return Swift.min(1, t - Double(i))
    }

    @inline(__always) static func mix(_ p: UInt32, _ q: UInt32, _ f: Double) -> (Double, Double, Double, Double) {
        func lane(_ w: UInt32, _ k: UInt32) -> Double { Double((w >> (8 * k)) & 0xFF) }
        return (lane(p, 0) + (lane(q, 0) - lane(p, 0)) * f, lane(p, 1) + (lane(q, 1) - lane(p, 1)) * f,
                lane(p, 2) + (lane(q, 2) - lane(p, 2)) * f, lane(p, 3) + (lane(q, 3) - lane(p, 3)) * f)
    }

    /// Each channel rounded half away from zero (as `rounded()`) and clamped to 0...255: for the
    /// non-negative values left after clamping, that is the whole part of v + 0.5, without a library call.
    @inline(__always) static func pack(_ c: (Double, Double, Double, Double)) -> UInt32 {
        func byte(_ v: Double) -> UInt32 { UInt32(Swift.max(0, Swift.min(255, v)) + 0.5) }
        return byte(c.0) | byte(c.1) << 8 | byte(c.2) << 16 | byte(c.3) << 24
    }
}

@inline(__always) private func zip4(_ a: (Double, Double, Double, Double), _ b: (Double, Double, Double, Double),
                                    _ f: (Double, Double) -> Double) -> (Double, Double, Double, Double) {
    (f(a.0, b.0), f(a.1, b.1), f(a.2, b.2), f(a.3, b.3))
}
