import Graphics

/// Smooth paths for a layered graph's edges: an edge through dummy vertices (a long edge, or a
/// cycle's back edge running up beside the others) is one curve, not a line kinked at each layer.
enum EdgeCurve {
    /// One cubic Bézier piece.
    struct Piece: Equatable { var control1: Point; var control2: Point; var to: Point }

    /// Cubic pieces through `points` (at least 2) with Catmull-Rom tangents — half the chord
    /// between a point's neighbours, one-sided at the ends — so the curve passes through every
    /// point and its direction is continuous at each (G1).
    static func through(_ points: [Point]) -> [Piece] {
        guard points.count >= 2 else { return [] }
        func tangent(_ i: Int) -> Point {
            let a = points[Swift.max(0, i - 1)], b = points[Swift.min(points.count - 1, i + 1)]
            let scale = i == 0 || i == points.count - 1 ? 1.0 : 0.5
            return Point((b.x - a.x) * scale, (b.y - a.y) * scale)
        }
        return (0..<(points.count - 1)).map { i in
            let p = points[i], q = points[i + 1], tp = tangent(i), tq = tangent(i + 1)
            return Piece(control1: Point(p.x + tp.x / 3, p.y + tp.y / 3), control2: Point(q.x - tq.x / 3, q.y - tq.y / 3), to: q)
        }
    }

    /// One piece from `a` to `b` bowed `bow` pixels to the left of the direction of travel, so
    /// two edges between the same nodes in opposite directions are two arcs, not one line.
    static func bowed(from a: Point, to b: Point, bow: Double) -> Piece {
        let dx = b.x - a.x, dy = b.y - a.y
        let length = Swift.max(1e-9, (dx * dx + dy * dy).squareRoot())
        let nx = dy / length * bow, ny = -dx / length * bow
        return Piece(control1: Point(a.x + dx / 3 + nx, a.y + dy / 3 + ny), control2: Point(a.x + 2 * dx / 3 + nx, a.y + 2 * dy / 3 + ny), to: b)
    }
}
