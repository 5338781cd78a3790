/// Turns a path into polylines: Bézier curves are subdivided uniformly into
/// enough segments to stay within `tolerance` (in the output units), capped
/// so huge or far-away curves cannot blow up. Points are mapped through the
/// transform first (affine maps keep Béziers Béziers). A curve whose control
/// points all lie outside `cull` becomes its chord: for filling, the signed
/// crossings of any row by a curve wholly outside the box equal its chord's,
/// so coverage inside is unchanged; for stroking, neither reaches the box.
enum Flattener {
    /// The most segments one curve may become.
    static let maxSegments = 256

    static func flatten(_ path: Path, transform t: Transform = .identity, tolerance: Double,
                        cull: Rect? = nil) -> [Polyline] {
        let tol = tolerance > 0 && tolerance.isFinite ? tolerance : 0.25
        var result: [Polyline] = []
        var current: [Point] = []
        var start = Point(0, 0)
        var pen = Point(0, 0)
        func finish(closed: Bool) {
            if !current.isEmpty { result.append(Polyline(points: current, closed: closed)) }
            current = []
        }
        func ensureStarted() { if current.isEmpty { current.append(pen) } }
        for element in path.elements {
            switch element {
            case .move(let p):
                finish(closed: false)
                pen = t.apply(p); start = pen
                current.append(pen)
            case .line(let p):
                ensureStarted()
                pen = t.apply(p)
                current.append(pen)
            case .quad(let c, let p):
                ensureStarted()
                let (p1, p2) = (t.apply(c), t.apply(p))
                if let cull, outside(cull, [pen, p1, p2]) { current.append(p2) } else { appendQuad(pen, p1, p2, tol, &current) }
                pen = p2
            case .cubic(let c1, let c2, let p):
                ensureStarted()
                let (p1, p2, p3) = (t.apply(c1), t.apply(c2), t.apply(p))
                if let cull, outside(cull, [pen, p1, p2, p3]) {
                    current.append(p3)
                } else {
                    appendCubic(pen, p1, p2, p3, tol, &current)
                }
                pen = p3
            case .close:
                finish(closed: true)
                pen = start
            }
        }
        finish(closed: false)
        return result
    }

    /// Whether all points lie beyond one side of `r` (so their convex hull misses it).
    static func outside(_ r: Rect, _ points: [Point]) -> Bool {
        points.allSatisfy { $0.x < r.minX } || points.allSatisfy { $0.x > r.maxX }
            || points.allSatisfy { $0.y < r.minY } || points.allSatisfy { $0.y > r.maxY }
    }

    static func segmentCount(_ deviation: Double, _ tol: Double) -> Int {
        guard deviation.isFinite else { return 1 }
        let n = (deviation / tol).squareRoot().rounded(.up)
        return Int(Swift.max(1, Swift.min(Double(maxSegments), n)))
    }

    static func appendQuad(_ p0: Point, _ p1: Point, _ p2: Point, _ tol: Double, _ out: inout [Point]) {
        let dx = p0.x - 2 * p1.x + p2.x, dy = p0.y - 2 * p1.y + p2.y
        let n = segmentCount((dx * dx + dy * dy).squareRoot() / 4, tol)
        for i in 1...n {
            let s = Double(i) / Double(n), u = 1 - s
            out.append(Point(u * u * p0.x + 2 * u * s * p1.x + s * s * p2.x,
                             u * u * p0.y + 2 * u * s * p1.y + s * s * p2.y))
        }
    }

    static func appendCubic(_ p0: Point, _ p1: Point, _ p2: Point, _ p3: Point, _ tol: Double, _ out: inout [Point]) {
        let ax = p0.x - 2 * p1.x + p2.x, ay = p0.y - 2 * p1.y + p2.y
        let bx = p1.x - 2 * p2.x + p3.x, by = p1.y - 2 * p2.y + p3.y
        let dd = Swift.max(ax * ax + ay * ay, bx * bx + by * by).squareRoot()
        let n = segmentCount(dd * 0.75, tol)
        for i in 1...n {
            let s = Double(i) / Double(n), u = 1 - s
            let (w0, w1, w2, w3) = (u * u * u, 3 * u * u * s, 3 * u * s * s, s * s * s)
            out.append(Point(w0 * p0.x + w1 * p1.x + w2 * p2.x + w3 * p3.x,
                             w0 * p0.y + w1 * p1.y + w2 * p2.y + w3 * p3.y))
        }
    }
}
