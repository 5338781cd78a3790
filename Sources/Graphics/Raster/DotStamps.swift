import Platform

/// Filled circles of one radius (scatter plots, beeswarms, pair plots: thousands of dots)
/// accumulated from stamps instead of flattening and scan-converting each one. A stamp is
/// one circle's accumulation cells with its centre at a sub-pixel offset rounded to
/// 1/`steps` px; each dot adds the stamp of its offset at its whole-pixel position, which is
/// what scan-converting the circle there gives (each row's cells depend only on the edges'
/// pieces in that row) but for the centre moving at most 1/(2 `steps`) px. A dot the clip
/// cuts sideways is scan-converted as before. Stamps are kept per device radius for the
/// process (`StampCache`): the next chart with dots of that size finds them made.
final class DotStamps {
    /// Sub-pixel offsets per pixel, each way.
    static let steps = 16
    /// The largest device radius drawn from stamps (larger dots are few and large).
    static let maxRadius = 24.0
    private let cache: StampCache
    private let scratch = CoverageMask()

    init(cache: StampCache = .shared) { self.cache = cache }

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
        var stamps = cache.stamps(radius: deviceRadius)
        var made: [(offset: Int, stamp: CoverageStamp)] = []
        defer { cache.add(made, radius: deviceRadius) }
        for (k, p) in positions.enumerated() where p.y + reach > firstRow && p.y - reach < endRow {
            let stamp: CoverageStamp
            if let known = stamps[p.offset] {
                stamp = known
            } else {
                let offset = Point(Double(p.offset % Self.steps) / steps, Double(p.offset / Self.steps) / steps)
                stamp = makeStamp(offset, deviceRadius, reach)
                stamps[p.offset] = stamp
                made.append((p.offset, stamp))
            }
            if !mask.add(stamp, dx: p.x, dy: p.y) {
                let outline = Path.circle(center: centers[k], radius: radius)
                for polyline in Flattener.flatten(outline, transform: t, tolerance: Rasterizer.tolerance) {
                    mask.addPolygon(polyline.points)
                }
            }
        }
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

/// The stamps made so far, per device radius, shared by every render (bands draw in parallel,
/// so it is locked); at most `maxCells` cells are kept (a few MB), then it starts again.
final class StampCache: @unchecked Sendable {
    static let shared = StampCache()
    private static let maxCells = 1 << 20
    private let lock = Lock()
    private var stamps: [Double: [CoverageStamp?]] = [:]
    private var cells = 0

    /// The stamps known for `radius`, one slot per sub-pixel offset.
    func stamps(radius: Double) -> [CoverageStamp?] {
        lock.withLock { stamps[radius] } ?? Array(repeating: nil, count: DotStamps.steps * DotStamps.steps)
    }

    /// Keeps newly made stamps of `radius`.
    func add(_ made: [(offset: Int, stamp: CoverageStamp)], radius: Double) {
        guard !made.isEmpty else { return }
        lock.withLock {
            if cells > Self.maxCells { stamps.removeAll(); cells = 0 }
            var slots = stamps[radius] ?? Array(repeating: nil, count: DotStamps.steps * DotStamps.steps)
            for (offset, stamp) in made where slots[offset] == nil {
                slots[offset] = stamp
                cells += stamp.cells.count
            }
            stamps[radius] = slots
        }
    }
}
