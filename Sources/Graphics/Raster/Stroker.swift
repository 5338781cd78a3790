import Foundation

/// Turns polylines into the polygons that cover their stroke: one quad per
/// segment plus join and cap pieces, all wound the same way so that filling
/// them together with the nonzero rule gives the union (the approach of
/// "stroke as a union of convex pieces"; joins and caps follow SVG 1.1).
struct Stroker {
    let halfWidth: Double
    let cap: LineCap
    let join: LineJoin
    let miterLimit: Double
    /// Flattening tolerance for round joins and caps, in the polylines' units.
    let tolerance: Double

    init(style: StrokeStyle, tolerance: Double) {
        halfWidth = style.width.isFinite ? Swift.max(0, style.width) / 2 : 0
        cap = style.cap
        join = style.join
        miterLimit = style.miterLimit.isFinite ? Swift.max(1, style.miterLimit) : 4
        self.tolerance = tolerance > 0 && tolerance.isFinite ? tolerance : 0.25
    }

    func stroke(_ lines: [Polyline]) -> [[Point]] {
        guard halfWidth > 0 else { return [] }
        var out: [[Point]] = []
        for line in lines { stroke(line, into: &out) }
        return out
    }

    private func stroke(_ line: Polyline, into out: inout [[Point]]) {
        var pts: [Point] = []
        pts.reserveCapacity(line.points.count)
        for p in line.points where p.x.isFinite && p.y.isFinite {
            if let last = pts.last, abs(last.x - p.x) + abs(last.y - p.y) < 1e-9 { continue }
            pts.append(p)
        }
        var closed = line.closed
        if closed, pts.count > 1, let f = pts.first, let l = pts.last, abs(f.x - l.x) + abs(f.y - l.y) < 1e-9 {
            pts.removeLast()
        }
        if closed, pts.count < 3 { closed = false }
        guard let first = pts.first else { return }
        if pts.count == 1 {
            switch cap {
            case .butt: break
            case .round: out.append(circle(first))
            case .square:
                let h = halfWidth
                add([Point(first.x - h, first.y - h), Point(first.x + h, first.y - h),
                     Point(first.x + h, first.y + h), Point(first.x - h, first.y + h)], &out)
            }
            return
        }
        let n = pts.count
        let segmentCount = closed ? n : n - 1
        for i in 0..<segmentCount {
            let a = pts[i], b = pts[(i + 1) % n]
            let nv = normal(a, b)
            add([Point(a.x + nv.x, a.y + nv.y), Point(b.x + nv.x, b.y + nv.y),
                 Point(b.x - nv.x, b.y - nv.y), Point(a.x - nv.x, a.y - nv.y)], &out)
        }
        let joints = closed ? Array(0..<n) : Array(1..<(n - 1))
        for i in joints {
            addJoin(pts[(i + n - 1) % n], pts[i], pts[(i + 1) % n], &out)
        }
        if !closed {
            addCap(at: pts[0], from: pts[1], &out)
            addCap(at: pts[n - 1], from: pts[n - 2], &out)
        }
    }

    /// The left normal of a→b scaled to the half width.
    private func normal(_ a: Point, _ b: Point) -> Point {
        let dx = b.x - a.x, dy = b.y - a.y
        let len = (dx * dx + dy * dy).squareRoot()
        guard len > 0, len.isFinite else { return Point(0, 0) }
        return Point(-dy / len * halfWidth, dx / len * halfWidth)
    }

    private func addJoin(_ prev: Point, _ p: Point, _ next: Point, _ out: inout [[Point]]) {
        let n0 = normal(prev, p), n1 = normal(p, next)
        let cross = n0.x * n1.y - n0.y * n1.x
        let dot = (n0.x * n1.x + n0.y * n1.y) / (halfWidth * halfWidth)
        if abs(cross) < 1e-12 * halfWidth * halfWidth, dot > 0 { return }
        if join == .round { out.append(circle(p)); return }
        let s: Double = cross > 0 ? -1 : 1
        let o0 = Point(p.x + s * n0.x, p.y + s * n0.y), o1 = Point(p.x + s * n1.x, p.y + s * n1.y)
        let cosHalf = ((1 + dot) / 2).squareRoot()
        if join == .miter, cosHalf > 0, 1 / cosHalf <= miterLimit {
            let mx = n0.x + n1.x, my = n0.y + n1.y
            let len = (mx * mx + my * my).squareRoot()
            if len > 0 {
                let reach = halfWidth / cosHalf
                let m = Point(p.x + s * mx / len * reach, p.y + s * my / len * reach)
                add([p, o0, m, o1], &out)
                return
            }
        }
        add([p, o0, o1], &out)
    }

    private func addCap(at p: Point, from q: Point, _ out: inout [[Point]]) {
        switch cap {
        case .butt: return
        case .round: out.append(circle(p))
        case .square:
            let nv = normal(q, p)
            let ext = Point(nv.y, -nv.x)
            add([Point(p.x + nv.x, p.y + nv.y), Point(p.x + nv.x + ext.x, p.y + nv.y + ext.y),
                 Point(p.x - nv.x + ext.x, p.y - nv.y + ext.y), Point(p.x - nv.x, p.y - nv.y)], &out)
        }
    }

    /// A circle of the half width around `c`, wound positively.
    private func circle(_ c: Point) -> [Point] {
        let r = halfWidth
        let ratio = Swift.max(-1, Swift.min(1, 1 - tolerance / r))
        let step = acos(ratio)
        let count = step > 0 ? Int(Swift.max(8, Swift.min(256, (Double.pi / step).rounded(.up)))) : 256
        return (0..<count).map { i in
            let a = Double(i) / Double(count) * 2 * Double.pi
            return Point(c.x + r * cos(a), c.y + r * sin(a))
        }
    }

    /// Appends a polygon, reversed if needed so that every piece winds positively.
    private func add(_ polygon: [Point], _ out: inout [[Point]]) {
        var area = 0.0
        for i in polygon.indices {
            let a = polygon[i], b = polygon[(i + 1) % polygon.count]
            area += a.x * b.y - b.x * a.y
        }
        if area == 0 { return }
        out.append(area > 0 ? polygon : polygon.reversed())
    }
}
