#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns polylines into stroke outlines: for each polyline one polygon (two
/// loops when closed) that walks the left offset forward and the right offset
/// back, with SVG 1.1 joins on the outer side and Skia's "pivot" inner join
/// (SkStroke.cpp: the inner offset goes through the vertex). Filled with the
/// nonzero rule the outline covers the stroke; every outline is oriented
/// positively so overlapping strokes never cancel.
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
        var dotOffsets: [Point]? = nil
        for line in lines { out += oriented(stroke(line, &dotOffsets)) }
        return out
    }

    /// `dotOffsets` keeps a round dot's points around the origin once one is drawn: every dot
    /// of a path is the same polygon moved (markers drawn as thousands of zero-length strokes).
    private func stroke(_ line: Polyline, _ dotOffsets: inout [Point]?) -> [[Point]] {
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
        guard let first = pts.first else { return [] }
        if pts.count == 1 { return dot(first, &dotOffsets) }
        if closed {
            return [side(pts, closed: true, sign: 1), side(pts, closed: true, sign: -1).reversed()]
        }
        let n = pts.count
        var outline = side(pts, closed: false, sign: 1)
        outline += capPoints(at: pts[n - 1], from: pts[n - 2])
        outline += side(pts, closed: false, sign: -1).reversed()
        outline += capPoints(at: pts[0], from: pts[1])
        return [outline]
    }

    /// A zero-length subpath: a dot for round and square caps, nothing for butt (as SVG).
    private func dot(_ p: Point, _ offsets: inout [Point]?) -> [[Point]] {
        let h = halfWidth
        switch cap {
        case .butt: return []
        case .round:
            // `arc` from angle 0 (atan2(+0, positive) is +0, whatever p is) adds the same
            // offsets to p's coordinates, so computing them once gives the same points.
            let unit = offsets ?? arcOffsets(sweep: 2 * Double.pi)
            offsets = unit
            return [unit.map { Point(p.x + $0.x, p.y + $0.y) }]
        case .square:
            return [[Point(p.x - h, p.y - h), Point(p.x + h, p.y - h), Point(p.x + h, p.y + h), Point(p.x - h, p.y + h)]]
        }
    }

    /// The offset line on one side (`sign` +1 left, −1 right), walked forward, with joins.
    private func side(_ pts: [Point], closed: Bool, sign: Double) -> [Point] {
        let n = pts.count
        let segments = closed ? n : n - 1
        var normals: [Point] = []
        normals.reserveCapacity(segments)
        for i in 0..<segments {
            let nv = normal(pts[i], pts[(i + 1) % n])
            normals.append(Point(sign * nv.x, sign * nv.y))
        }
        var out: [Point] = []
        out.reserveCapacity(2 * n + 8)
        if !closed { out.append(Point(pts[0].x + normals[0].x, pts[0].y + normals[0].y)) }
        let vertices = closed ? Array(0..<n) : Array(1..<(n - 1))
        for i in vertices {
            let n0 = normals[(i + segments - 1) % segments], n1 = normals[i % segments]
            appendJoin(at: pts[i], n0, n1, sign: sign, into: &out)
        }
        if !closed {
            let last = normals[segments - 1]
            out.append(Point(pts[n - 1].x + last.x, pts[n - 1].y + last.y))
        }
        return out
    }

    /// Joins the offset of the incoming segment (normal `n0`) to the outgoing one (`n1`) at `p`,
    /// on the side `sign` (+1 left, −1 right).
    private func appendJoin(at p: Point, _ n0: Point, _ n1: Point, sign: Double, into out: inout [Point]) {
        let a = Point(p.x + n0.x, p.y + n0.y), b = Point(p.x + n1.x, p.y + n1.y)
        let hw2 = halfWidth * halfWidth
        let cross = n0.x * n1.y - n0.y * n1.x
        let dot = (n0.x * n1.x + n0.y * n1.y) / hw2
        if abs(cross) < 1e-9 * hw2, dot > 0 { out.append(a); return }
        // The side is outer when the path bends away from it; a full reversal counts as outer on the left.
        let reversal = abs(cross) < 1e-9 * hw2
        let outer = reversal ? sign > 0 : sign * cross < 0
        guard outer else { out += [a, p, b]; return }
        switch join {
        case .round:
            let sweep = reversal ? -sign * Double.pi : atan2(cross, n0.x * n1.x + n0.y * n1.y)
            out += arc(p, from: a, sweep: sweep)
        case .miter:
            let cosHalf = ((1 + dot) / 2).squareRoot()
            let mx = n0.x + n1.x, my = n0.y + n1.y
            let len = (mx * mx + my * my).squareRoot()
            if cosHalf > 0, 1 / cosHalf <= miterLimit, len > 0 {
                let reach = halfWidth / cosHalf
                out += [a, Point(p.x + mx / len * reach, p.y + my / len * reach), b]
            } else {
                out += [a, b]
            }
        case .bevel:
            out += [a, b]
        }
    }

    /// The cap at the end `p` of a segment coming from `q`, from the left offset round to the right.
    private func capPoints(at p: Point, from q: Point) -> [Point] {
        let nv = normal(q, p)
        let forward = Point(nv.y, -nv.x)
        switch cap {
        case .butt: return []
        case .square:
            return [Point(p.x + nv.x + forward.x, p.y + nv.y + forward.y), Point(p.x - nv.x + forward.x, p.y - nv.y + forward.y)]
        case .round:
            return arc(p, from: Point(p.x + nv.x, p.y + nv.y), sweep: -Double.pi)
        }
    }

    /// The left normal of a→b scaled to the half width.
    private func normal(_ a: Point, _ b: Point) -> Point {
        let dx = b.x - a.x, dy = b.y - a.y
        let len = (dx * dx + dy * dy).squareRoot()
        guard len > 0, len.isFinite else { return Point(0, 0) }
        return Point(-dy / len * halfWidth, dx / len * halfWidth)
    }

    /// The angle step that keeps a circle of the half width within tolerance.
    private var angleStep: Double {
        let step = acos(Swift.max(-1, Swift.min(1, 1 - tolerance / halfWidth)))
        return step > 0 ? Swift.max(step, Double.pi / 128) : Double.pi / 128
    }

    /// Points on the circle of the half width around `c`, from `start` turning by `sweep` radians.
    /// The points of `arc(c, from: c + (halfWidth, 0), sweep:)` less `c`: halfWidth × (cos t, sin t).
    private func arcOffsets(sweep: Double) -> [Point] {
        let count = Int(Swift.max(1, Swift.min(256, (abs(sweep) / angleStep).rounded(.up))))
        return (0...count).map { i in
            let t = 0 + sweep * Double(i) / Double(count)
            return Point(halfWidth * cos(t), halfWidth * sin(t))
        }
    }

    private func arc(_ c: Point, from start: Point, sweep: Double) -> [Point] {
        let a0 = atan2(start.y - c.y, start.x - c.x)
        let count = Int(Swift.max(1, Swift.min(256, (abs(sweep) / angleStep).rounded(.up))))
        return (0...count).map { i in
            let t = a0 + sweep * Double(i) / Double(count)
            return Point(c.x + halfWidth * cos(t), c.y + halfWidth * sin(t))
        }
    }

    /// The loops of one outline, reversed together if their total signed area is negative.
    private func oriented(_ loops: [[Point]]) -> [[Point]] {
        var area = 0.0
        for loop in loops where loop.count > 2 {
            var previous = loop[loop.count - 1]
            for p in loop {
                area += previous.x * p.y - p.x * previous.y
                previous = p
            }
        }
        return area < 0 ? loops.map { $0.reversed() } : loops
    }
}
