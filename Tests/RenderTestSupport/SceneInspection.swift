#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Graphics

/// Reads a scene without pixels: every text run with its bounding box on the
/// canvas (transforms and rotation applied), and every shape.
public struct SceneInspection {
    public struct Label { public var text: String; public var box: Rect; public var corners: [Point] }
    public var labels: [Label] = []
    public var shapes: [Shape] = []
    public var images: [RasterImage] = []

    public init(_ scene: Scene, measurer: any TextMeasurer) {
        for node in scene.nodes { visit(node, .identity, measurer) }
    }

    private mutating func visit(_ node: Node, _ transform: Transform, _ measurer: any TextMeasurer) {
        switch node {
        case .shape(let s): shapes.append(s)
        case .image(let image): images.append(image)
        case .group(let g):
            let t = transform.concatenating(g.transform)
            for child in g.children { visit(child, t, measurer) }
        case .text(let run):
            let m = measurer.measure(run.text, size: run.size, weight: run.weight)
            let x0: Double = switch run.anchor { case .start: 0; case .middle: -m.width / 2; case .end: -m.width }
            let corners = [Point(x0, -m.ascent), Point(x0 + m.width, -m.ascent),
                           Point(x0, m.descent), Point(x0 + m.width, m.descent)]
            let placed = transform.concatenating(.translate(run.position.x, run.position.y))
                .concatenating(.rotate(degrees: run.rotation))
            let points = corners.map { placed.apply($0) }
            let xs = points.map(\.x), ys = points.map(\.y)
            let box = Rect(x: xs.min() ?? 0, y: ys.min() ?? 0,
                           width: (xs.max() ?? 0) - (xs.min() ?? 0), height: (ys.max() ?? 0) - (ys.min() ?? 0))
            labels.append(Label(text: run.text, box: box, corners: [points[0], points[1], points[3], points[2]]))
        }
    }

    /// Pairs of labels whose (possibly rotated) boxes overlap by more than
    /// `tolerance` pixels, by the separating axis test on their corners.
    public func overlappingLabels(tolerance: Double = 0.5) -> [(String, String)] {
        var pairs: [(String, String)] = []
        for i in labels.indices {
            for j in labels.indices where j > i && Self.overlap(labels[i].corners, labels[j].corners, tolerance) {
                pairs.append((labels[i].text, labels[j].text))
            }
        }
        return pairs
    }

    public static func overlap(_ a: [Point], _ b: [Point], _ tolerance: Double) -> Bool {
        for polygon in [a, b] {
            for k in 0..<polygon.count {
                let p = polygon[k], q = polygon[(k + 1) % polygon.count]
                let length = ((q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y)).squareRoot()
                guard length > 0 else { continue }
                let axis = Point(-(q.y - p.y) / length, (q.x - p.x) / length)
                let pa = a.map { $0.x * axis.x + $0.y * axis.y }, pb = b.map { $0.x * axis.x + $0.y * axis.y }
                let overlap = Swift.min(pa.max() ?? 0, pb.max() ?? 0) - Swift.max(pa.min() ?? 0, pb.min() ?? 0)
                if overlap <= tolerance { return false }
            }
        }
        return true
    }

    public func label(_ text: String) -> Label? { labels.first { $0.text == text } }
}
