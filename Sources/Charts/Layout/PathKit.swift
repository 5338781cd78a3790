#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Graphics

/// Outline helpers the charts need on top of Graphics' path builders.
enum PathKit {
    static func rect(_ r: Rect) -> Path { Path.rect(r) }

    /// Many rectangles as one path (one node for a whole bar series).
    static func rects(_ rects: [Rect]) -> Path {
        Path(elements: rects.flatMap { Path.rect($0).elements })
    }

    static func line(_ a: Point, _ b: Point) -> Path { Path.line(from: a, to: b) }

    static func circle(_ c: Point, radius r: Double) -> Path { Path.circle(center: c, radius: r) }

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

    /// A pie wedge (or an annular sector when `inner > 0`) between two angles,
    /// radians clockwise from 12 o'clock.
    static func wedge(center c: Point, outer: Double, inner: Double, from a0: Double, to a1: Double) -> Path {
        var p = Path()
        let start = a0 - Double.pi / 2, end = a1 - Double.pi / 2
        if inner > 0 {
            p.arc(center: c, radius: outer, startAngle: start, endAngle: end, clockwise: true)
            p.arc(center: c, radius: inner, startAngle: end, endAngle: start, clockwise: false)
        } else {
            p.move(to: c)
            p.arc(center: c, radius: outer, startAngle: start, endAngle: end, clockwise: true)
        }
        p.close()
        return p
    }
}

/// Marks that each carry a title with their values (an SVG `<title>`, shown on hover),
/// or, past `limit` marks, one untitled shape for all of them (a title per mark would
/// then weigh more than the picture).
public enum TitledMarks {
    public static let limit = 2000

    /// One shape per (path, title), all painted alike; one shape of every path when too many.
    public static func shapes(_ marks: [(path: Path, title: String)], fill: Paint?, stroke: Paint? = nil,
                              strokeStyle: StrokeStyle = StrokeStyle()) -> [Node] {
        guard marks.count <= limit else {
            return [.shape(Shape(Path(elements: marks.flatMap(\.path.elements)), fill: fill, stroke: stroke, strokeStyle: strokeStyle))]
        }
        return marks.map { .shape(Shape($0.path, fill: fill, stroke: stroke, strokeStyle: strokeStyle, title: $0.title)) }
    }
}
