/// Filled circles of one radius (scatter plots, beeswarms, pair plots: thousands of dots)
/// accumulated from stamps instead of flattening and scan-converting each one. A stamp is
/// one circle's accumulation cells with its centre at a sub-pixel offset rounded to
/// 1/`steps` px; each dot adds the stamp of its offset at its whole-pixel position, which is
/// what scan-converting the circle there gives (each row's cells depend only on the edges'
/// pieces in that row) but for the centre moving at most 1/(2 `steps`) px. A dot the clip
/// cuts sideways is scan-converted as before. Stamps are kept per device radius for the
/// render context's life.
final class DotStamps {
    /// Sub-pixel offsets per pixel, each way.
    static let steps = 16
    /// The largest device radius drawn from stamps (larger dots are few and large).
    static let maxRadius = 24.0
    /// Radii whose stamps are kept at most (a chart uses one or two).
    private static let maxRadii = 8
    private var stamps: [Double: [CoverageStamp?]] = [:]
    private let scratch = CoverageMask()

    /// Accumulates the circles (user space, under `t`) into `mask` for `clip` and the device
    /// `rows`; false when stamps do not apply (a transform that is not a uniform scale and a
    /// shift, a radius too large or too small) or nothing is covered: the caller then draws
    /// the path as any other.
    func rasterize(centers: [Point], radius: Double, transform t: Transform, clip: PixelRect,
                   rows: Range<Int>, into mask: CoverageMask) -> Bool {
        let deviceRadius = radius * t.a
        guard t.b == 0, t.c == 0, t.a == t.d, deviceRadius >= 0.25, deviceRadius <= Self.maxRadius, !centers.isEmpty else { return false }
        let reach = Int(deviceRadius.rounded(.up)) + 2
        let steps = Double(Self.steps)
        var positions: [(x: Int, y: Int, offset: Int)] = []
        positions.reserveCapacity(centers.count)
        var minX = Int.max, minY = Int.max, maxX = Int.min, maxY = Int.min
        for c in centers {
            let x = t.a * c.x + t.e, y = t.d * c.y + t.f
            guard abs(x) < 1e9, abs(y) < 1e9 else { return false }
            var ix = Int(x.rounded(.down)), iy = Int(y.rounded(.down))
            var qx = Int(((x - Double(ix)) * steps).rounded()), qy = Int(((y - Double(iy)) * steps).rounded())
            if qx == Self.steps { ix += 1; qx = 0 }
            if qy == Self.steps { iy += 1; qy = 0 }
            positions.append((ix, iy, qy * Self.steps + qx))
            minX = Swift.min(minX, ix); maxX = Swift.max(maxX, ix)
            minY = Swift.min(minY, iy); maxY = Swift.max(maxY, iy)
        }
        let bounds = PixelRect(x0: minX - reach, y0: minY - reach, x1: maxX + reach + 2, y1: maxY + reach)
        guard mask.begin(bounds, clip: clip, rows: rows) else { return false }
        let firstRow = mask.box.y0 + mask.rows.lowerBound, endRow = mask.box.y0 + mask.rows.upperBound
        var cache = stamps[deviceRadius] ?? []
        if cache.isEmpty {
            if stamps.count >= Self.maxRadii { stamps.removeAll() }
            cache = Array(repeating: nil, count: Self.steps * Self.steps)
        }
        for (k, p) in positions.enumerated() where p.y + reach > firstRow && p.y - reach < endRow {
            let stamp: CoverageStamp
            if let made = cache[p.offset] {
                stamp = made
            } else {
                let offset = Point(Double(p.offset % Self.steps) / steps, Double(p.offset / Self.steps) / steps)
                stamp = makeStamp(offset, deviceRadius, reach)
                cache[p.offset] = stamp
            }
            if !mask.add(stamp, dx: p.x, dy: p.y) {
                let outline = Path.circle(center: centers[k], radius: radius)
                for polyline in Flattener.flatten(outline, transform: t, tolerance: Rasterizer.tolerance) {
                    mask.addPolygon(polyline.points)
                }
            }
        }
        stamps[deviceRadius] = cache
        return true
    }

    /// The accumulation of a circle of `radius` device pixels centred at `offset` from a pixel corner.
    private func makeStamp(_ offset: Point, _ radius: Double, _ reach: Int) -> CoverageStamp {
        let box = PixelRect(x0: -reach, y0: -reach, x1: reach, y1: reach)
        let outline = Flattener.flatten(.circle(center: offset, radius: radius), tolerance: Rasterizer.tolerance).map(\.points)
        guard scratch.rasterize(outline, clip: box, rows: box.y0..<box.y1) else {
            return CoverageStamp(x0: 0, y0: 0, width: 0, columns: [], spans: [], cells: [])
        }
        return scratch.takeStamp()
    }
}
