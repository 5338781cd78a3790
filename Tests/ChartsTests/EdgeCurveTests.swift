import Graphics
import RenderTestSupport
import Testing
@testable import Charts

/// Graph edges through dummy vertices are smooth curves; opposite edges are two arcs.
@Suite struct EdgeCurveTests {
    static func cross(_ a: Point, _ b: Point) -> Double { a.x * b.y - a.y * b.x }
    static func dot(_ a: Point, _ b: Point) -> Double { a.x * b.x + a.y * b.y }
    static func minus(_ a: Point, _ b: Point) -> Point { Point(a.x - b.x, a.y - b.y) }

    /// Joins where a cubic follows a cubic and the direction turns (not G1): (incoming, outgoing).
    static func kinks(_ path: Path) -> Int {
        var kinks = 0
        var previous: (control2: Point, end: Point)?
        for element in path.elements {
            switch element {
            case .cubic(let c1, let c2, let to):
                if let p = previous {
                    let incoming = minus(p.end, p.control2), outgoing = minus(c1, p.end)
                    let scale = (dot(incoming, incoming) * dot(outgoing, outgoing)).squareRoot()
                    if abs(cross(incoming, outgoing)) > 1e-9 * Swift.max(1, scale) || dot(incoming, outgoing) <= 0 { kinks += 1 }
                }
                previous = (c2, to)
            default: previous = nil
            }
        }
        return kinks
    }

    @Test func curvesPassThroughEveryPointWithoutAKink() {
        var state: UInt64 = 3
        func next() -> Double { state = state &* 6364136223846793005 &+ 1442695040888963407; return Double(state >> 11) / Double(1 << 53) }
        for _ in 0..<100 {
            let count = 3 + Int(next() * 6)
            let points = (0..<count).map { Point(next() * 300, Double($0) * 60 + next() * 10) }
            let pieces = EdgeCurve.through(points)
            #expect(pieces.map(\.to) == Array(points.dropFirst()))
            var path = Path()
            path.move(to: points[0])
            for p in pieces { path.curve(to: p.to, control1: p.control1, control2: p.control2) }
            #expect(Self.kinks(path) == 0)
        }
    }

    static func edgePaths(_ chart: NetworkDiagram) throws -> [Path] {
        let fonts = try FontBook.system()
        return SceneInspection(chart.scene(measurer: fonts), measurer: fonts).shapes
            .filter { $0.fill == nil && $0.stroke != nil }.map(\.path)
    }

    @Test func aCyclesBackEdgeIsOneSmoothCurve() throws {
        let chart = try NetworkDiagram(nodes: ["input", "conv", "pool", "dense", "dropout", "output", "aux"],
                                       edges: [("input", "conv"), ("conv", "pool"), ("pool", "dense"), ("dense", "dropout"),
                                               ("dropout", "output"), ("input", "aux"), ("aux", "output"), ("output", "conv")])
        let paths = try Self.edgePaths(chart)
        let curves = paths.flatMap(\.elements).filter { if case .cubic = $0 { return true }; return false }
        #expect(curves.count >= 4, "the back edge output → conv and aux → output pass dummy vertices: drawn as curves")
        #expect(paths.allSatisfy { Self.kinks($0) == 0 })
        // Only edges between adjacent layers are straight lines (one segment each).
        let lines = paths.flatMap(\.elements).filter { if case .line = $0 { return true }; return false }
        #expect(lines.count == 6)
    }

    @Test func edgesBothWaysBetweenTwoNodesAreTwoArcs() throws {
        let chart = try NetworkDiagram(nodes: ["a", "b"], edges: [("a", "b"), ("b", "a")])
        let elements = try Self.edgePaths(chart).flatMap(\.elements)
        var arcs: [(Point, Point, Point)] = []
        var start = Point(0, 0)
        for element in elements {
            if case .move(let p) = element { start = p }
            if case .cubic(let c1, _, let to) = element { arcs.append((start, c1, to)) }
        }
        #expect(arcs.count == 2)
        for (a, c, b) in arcs {
            let d = Self.minus(b, a), length = (Self.dot(d, d)).squareRoot()
            #expect(abs(Self.cross(d, Self.minus(c, a))) / length >= 5, "each arc bows off the straight line")
        }
    }
}
