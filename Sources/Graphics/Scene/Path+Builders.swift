#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Convenience builders for common outlines. Arcs become cubic Béziers
/// (at most 90° per segment), so renderers only ever see the four basic elements.
extension Path {
    /// An axis-aligned rectangle, drawn clockwise on screen and closed.
    public static func rect(_ r: Rect) -> Path {
        var p = Path()
        p.move(to: Point(r.minX, r.minY))
        p.line(to: Point(r.maxX, r.minY))
        p.line(to: Point(r.maxX, r.maxY))
        p.line(to: Point(r.minX, r.maxY))
        p.close()
        return p
    }

    /// A rectangle with circular corners; the radius is clamped to half the shorter side.
    public static func roundedRect(_ r: Rect, radius: Double) -> Path {
        let limit = Swift.min(abs(r.width), abs(r.height)) / 2
        let rad = radius.isFinite ? Swift.max(0, Swift.min(radius, limit)) : 0
        guard rad > 0 else { return rect(r) }
        let k = rad * Path.kappa
        var p = Path()
        p.move(to: Point(r.minX + rad, r.minY))
        p.line(to: Point(r.maxX - rad, r.minY))
        p.curve(to: Point(r.maxX, r.minY + rad), control1: Point(r.maxX - rad + k, r.minY),
                control2: Point(r.maxX, r.minY + rad - k))
        p.line(to: Point(r.maxX, r.maxY - rad))
        p.curve(to: Point(r.maxX - rad, r.maxY), control1: Point(r.maxX, r.maxY - rad + k),
                control2: Point(r.maxX - rad + k, r.maxY))
        p.line(to: Point(r.minX + rad, r.maxY))
        p.curve(to: Point(r.minX, r.maxY - rad), control1: Point(r.minX + rad - k, r.maxY),
                control2: Point(r.minX, r.maxY - rad + k))
        p.line(to: Point(r.minX, r.minY + rad))
        p.curve(to: Point(r.minX + rad, r.minY), control1: Point(r.minX, r.minY + rad - k),
                control2: Point(r.minX + rad - k, r.minY))
        p.close()
        return p
    }

    /// The ellipse inscribed in `r`, closed.
    public static func ellipse(in r: Rect) -> Path {
        var p = Path()
        p.appendEllipse(center: r.center, rx: r.width / 2, ry: r.height / 2)
        return p
    }

    /// A full circle, closed.
    public static func circle(center: Point, radius: Double) -> Path {
        var p = Path()
        p.appendEllipse(center: center, rx: radius, ry: radius)
        return p
    }

    /// A single straight segment.
    public static func line(from a: Point, to b: Point) -> Path {
        var p = Path()
        p.move(to: a)
        p.line(to: b)
        return p
    }

    /// Straight segments through `points` (a line plot, a polygon when `closed`).
    public static func polyline(_ points: [Point], closed: Bool = false) -> Path {
        var p = Path()
        for (i, point) in points.enumerated() {
            if i == 0 { p.move(to: point) } else { p.line(to: point) }
        }
        if closed, !points.isEmpty { p.close() }
        return p
    }

    /// Adds a circular arc. Angles are in radians, measured from the +x axis
    /// towards +y (clockwise on screen, as in SVG and Core Graphics with a
    /// flipped y). `clockwise: true` sweeps towards increasing angles on screen.
    /// Starts a new subpath at the arc's start unless the path already has a
    /// current point, in which case a line joins them.
    public mutating func arc(center: Point, radius: Double, startAngle: Double, endAngle: Double,
                             clockwise: Bool) {
        guard radius.isFinite, startAngle.isFinite, endAngle.isFinite,
              center.x.isFinite, center.y.isFinite else { return }
        let r = abs(radius)
        var sweep = endAngle - startAngle
        let full = 2 * Double.pi
        if clockwise {
            if sweep < 0 { sweep = sweep.truncatingRemainder(dividingBy: full) + full }
            if sweep > full { sweep = full }
        } else {
            if sweep > 0 { sweep = sweep.truncatingRemainder(dividingBy: full) - full }
            if sweep < -full { sweep = -full }
        }
        let start = Point(center.x + r * cos(startAngle), center.y + r * sin(startAngle))
        if hasCurrentPoint { line(to: start) } else { move(to: start) }
        let segments = Swift.max(1, Int((abs(sweep) / (Double.pi / 2)).rounded(.up)))
        let step = sweep / Double(segments)
        var a0 = startAngle
        for _ in 0..<segments {
            appendArcSegment(center: center, rx: r, ry: r, from: a0, to: a0 + step)
            a0 += step
        }
    }

    /// Appends a closed ellipse as four cubic segments.
    mutating func appendEllipse(center: Point, rx: Double, ry: Double) {
        guard rx.isFinite, ry.isFinite, center.x.isFinite, center.y.isFinite else { return }
        move(to: Point(center.x + rx, center.y))
        for i in 0..<4 {
            let a0 = Double(i) * Double.pi / 2
            appendArcSegment(center: center, rx: rx, ry: ry, from: a0, to: a0 + Double.pi / 2)
        }
        close()
    }

    /// One cubic approximating an elliptical arc of at most 90°.
    private mutating func appendArcSegment(center: Point, rx: Double, ry: Double, from a0: Double, to a1: Double) {
        let h = 4.0 / 3.0 * tan((a1 - a0) / 4)
        let (c0, s0, c1, s1) = (cos(a0), sin(a0), cos(a1), sin(a1))
        let p1 = Point(center.x + rx * (c0 - h * s0), center.y + ry * (s0 + h * c0))
        let p2 = Point(center.x + rx * (c1 + h * s1), center.y + ry * (s1 - h * c1))
        curve(to: Point(center.x + rx * c1, center.y + ry * s1), control1: p1, control2: p2)
    }

    /// Whether a segment may be appended without a `move` first.
    private var hasCurrentPoint: Bool {
        guard let last = elements.last else { return false }
        return last != .close
    }

    /// Control-point distance for a quarter circle of radius 1.
    static let kappa = 0.5522847498307936
}
