#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Graphics

/// Small outline helpers the charts need beyond Graphics' builders.
enum PathKit {
    static func rect(_ r: Rect) -> Path {
        var p = Path()
        p.move(to: Point(r.minX, r.minY)); p.line(to: Point(r.maxX, r.minY))
        p.line(to: Point(r.maxX, r.maxY)); p.line(to: Point(r.minX, r.maxY)); p.close()
        return p
    }

    /// Many rectangles as one path (one node for a whole bar series).
    static func rects(_ rects: [Rect]) -> Path {
        Path(elements: rects.flatMap { rect($0).elements })
    }

    static func line(_ a: Point, _ b: Point) -> Path {
        var p = Path(); p.move(to: a); p.line(to: b); return p
    }

    /// An open polyline through the points; non-finite points break it into pieces.
    static func polyline(_ points: [Point]) -> Path {
        var p = Path()
        var drawing = false
        for q in points {
            guard q.x.isFinite, q.y.isFinite else { drawing = false; continue }
            if drawing { p.line(to: q) } else { p.move(to: q); drawing = true }
        }
        return p
    }

    static func circle(_ c: Point, radius r: Double) -> Path {
        var p = Path()
        p.move(to: Point(c.x + r, c.y))
        appendArc(&p, center: c, radius: r, from: 0, to: 2 * Double.pi)
        p.close()
        return p
    }

    /// A pie wedge (or an annular sector when `inner > 0`) between two angles,
    /// radians clockwise from 12 o'clock.
    static func wedge(center c: Point, outer: Double, inner: Double, from a0: Double, to a1: Double) -> Path {
        var p = Path()
        let start = a0 - Double.pi / 2, end = a1 - Double.pi / 2
        if inner > 0 {
            p.move(to: Point(c.x + outer * cos(start), c.y + outer * sin(start)))
            appendArc(&p, center: c, radius: outer, from: start, to: end)
            p.line(to: Point(c.x + inner * cos(end), c.y + inner * sin(end)))
            appendArc(&p, center: c, radius: inner, from: end, to: start)
        } else {
            p.move(to: c)
            p.line(to: Point(c.x + outer * cos(start), c.y + outer * sin(start)))
            appendArc(&p, center: c, radius: outer, from: start, to: end)
        }
        p.close()
        return p
    }

    /// Cubic segments of at most 90° along a circle from angle `a0` to `a1`.
    private static func appendArc(_ p: inout Path, center c: Point, radius r: Double, from a0: Double, to a1: Double) {
        let segments = Swift.max(1, Int((abs(a1 - a0) / (Double.pi / 2)).rounded(.up)))
        let step = (a1 - a0) / Double(segments)
        for s in 0..<segments {
            let t0 = a0 + Double(s) * step, t1 = t0 + step
            let h = 4.0 / 3.0 * tan((t1 - t0) / 4)
            let c1 = Point(c.x + r * (cos(t0) - h * sin(t0)), c.y + r * (sin(t0) + h * cos(t0)))
            let c2 = Point(c.x + r * (cos(t1) + h * sin(t1)), c.y + r * (sin(t1) - h * cos(t1)))
            p.curve(to: Point(c.x + r * cos(t1), c.y + r * sin(t1)), control1: c1, control2: c2)
        }
    }
}
