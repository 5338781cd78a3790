/// A paint resolved for device space: a premultiplied solid colour or a
/// gradient lookup table with the map from device pixels to gradient position.
struct PaintSource {
    /// Premultiplied RGBA packed as four bytes.
    typealias RGBA = (UInt8, UInt8, UInt8, UInt8)

    enum Kind {
        case solid(RGBA)
        /// `t = tx * x + ty * y + t0` at device pixel centres, looked up in 256 steps.
        case gradient(lut: [RGBA], tx: Double, ty: Double, t0: Double)
        /// A raster image sampled at each device pixel centre.
        case image(ImageSampler)
    }
    let kind: Kind

    init(image: ImageSampler) { kind = .image(image) }

    static func premultiply(_ c: Color) -> RGBA {
        let a = Swift.max(0, Swift.min(255, (c.alpha * 255).rounded()))
        let ai = Int(a)
        func p(_ v: UInt8) -> UInt8 { UInt8((Int(v) * ai + 127) / 255) }
        return (p(c.r), p(c.g), p(c.b), UInt8(ai))
    }

    /// Straight 8-bit channels premultiplied by their alpha.
    @inline(__always) static func premultiply(_ r: UInt8, _ g: UInt8, _ b: UInt8, _ a: UInt8) -> RGBA {
        if a == 255 { return (r, g, b, a) }
        let ai = Int(a)
        func p(_ v: UInt8) -> UInt8 { UInt8((Int(v) * ai + 127) / 255) }
        return (p(r), p(g), p(b), a)
    }

    init(_ paint: Paint, userToDevice: Transform) {
        switch paint {
        case .solid(let c):
            kind = .solid(Self.premultiply(c))
        case .linearGradient(let g):
            kind = Self.gradient(g, userToDevice) ?? .solid(Self.premultiply(g.stops.last?.color ?? .clear))
        }
    }

    private static func gradient(_ g: LinearGradient, _ m: Transform) -> Kind? {
        let stops = g.stops.filter { $0.offset.isFinite }
        guard !stops.isEmpty else { return nil }
        // Gradient vector in device space: t = ((p - s) · v) / |v|².
        let s = m.apply(g.start), e = m.apply(g.end)
        let vx = e.x - s.x, vy = e.y - s.y
        let len2 = vx * vx + vy * vy
        guard len2 > 1e-12, len2.isFinite else { return .solid(premultiply(stops[stops.count - 1].color)) }
        let tx = vx / len2, ty = vy / len2
        let t0 = -(s.x * tx + s.y * ty)
        var lut: [RGBA] = []
        lut.reserveCapacity(256)
        var clamped = stops.map { (Swift.max(0, Swift.min(1, $0.offset)), $0.color) }
        for i in clamped.indices.dropFirst() where clamped[i].0 < clamped[i - 1].0 { clamped[i].0 = clamped[i - 1].0 }
        for i in 0..<256 {
            let t = Double(i) / 255
            lut.append(premultiply(colorAt(t, clamped)))
        }
        return .gradient(lut: lut, tx: tx, ty: ty, t0: t0)
    }

    /// Interpolates straight-alpha colours as SVG does (in sRGB, non-premultiplied).
    private static func colorAt(_ t: Double, _ stops: [(Double, Color)]) -> Color {
        guard let first = stops.first, let last = stops.last else { return .clear }
        if t <= first.0 { return first.1 }
        if t >= last.0 { return last.1 }
        for i in 1..<stops.count where t <= stops[i].0 {
            let (o0, c0) = stops[i - 1], (o1, c1) = stops[i]
            let f = o1 > o0 ? (t - o0) / (o1 - o0) : 1
            func mix(_ a: UInt8, _ b: UInt8) -> UInt8 { UInt8((Double(a) + (Double(b) - Double(a)) * f).rounded()) }
            return Color(r: mix(c0.r, c1.r), g: mix(c0.g, c1.g), b: mix(c0.b, c1.b),
                         alpha: c0.alpha + (c1.alpha - c0.alpha) * f)
        }
        return last.1
    }
}
