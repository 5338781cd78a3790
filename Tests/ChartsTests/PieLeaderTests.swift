#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Graphics
import RenderTestSupport
import Testing
@testable import Charts

/// Leader lines of outside pie labels: never crossing, never merging.
@Suite struct PieLeaderTests {
    struct LCG { var state: UInt64; mutating func next() -> Double {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Double(state >> 11) / Double(1 << 53)
    } }

    /// The polylines of every stroked, unfilled shape (the leaders).
    static func leaders(_ chart: PieChart, fonts: FontBook) -> [[Point]] {
        SceneInspection(chart.scene(measurer: fonts), measurer: fonts).shapes.filter { $0.fill == nil && $0.stroke != nil }.map { shape in
            shape.path.elements.compactMap { element -> Point? in
                switch element {
                case .move(let p), .line(let p): return p
                default: return nil
                }
            }
        }
    }

    static func distance(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let t = dx == 0 && dy == 0 ? 0 : Swift.max(0, Swift.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)))
        let x = a.x + t * dx - p.x, y = a.y + t * dy - p.y
        return (x * x + y * y).squareRoot()
    }

    static func crosses(_ a: Point, _ b: Point, _ c: Point, _ d: Point) -> Bool {
        func side(_ p: Point, _ q: Point, _ r: Point) -> Double { (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x) }
        return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0
    }

    /// The smallest distance between two polylines (0 when they cross).
    static func gap(_ u: [Point], _ v: [Point]) -> Double {
        var best = Double.infinity
        for (a, b) in zip(u, u.dropFirst()) {
            for (c, d) in zip(v, v.dropFirst()) {
                if crosses(a, b, c, d) { return 0 }
                best = Swift.min(best, distance(a, c, d), distance(b, c, d), distance(c, a, b), distance(d, a, b))
            }
        }
        return best
    }

    @Test func smallSlicesLeadersStayApartOnRandomPies() throws {
        let fonts = try FontBook.system()
        var rng = LCG(state: 7)
        var checked = 0
        for trial in 0..<60 {
            let big = 2 + Int(rng.next() * 3), small = 2 + Int(rng.next() * 6)
            var values = (0..<big).map { _ in 10 + rng.next() * 50 }
            let total = values.reduce(0, +)
            // Small slices between 1.6 % and 4 % of the whole, as one run (the usual tail) or scattered.
            let smalls = (0..<small).map { _ in total * (0.017 + rng.next() * 0.025) }
            if trial % 2 == 0 { values += smalls } else {
                for v in smalls { values.insert(v, at: Int(rng.next() * Double(values.count + 1))) }
            }
            let labels = values.indices.map { "slice \($0)" }
            let size = trial % 3 == 0 ? (400.0, 300.0) : (640.0, 400.0)
            let chart = try PieChart(labels: labels, values: values, width: size.0, height: size.1)
            let lines = Self.leaders(chart, fonts: fonts)
            for i in lines.indices {
                for j in lines.indices where j > i {
                    let g = Self.gap(lines[i], lines[j])
                    #expect(g >= 2, "trial \(trial): leaders \(i) and \(j) come \(g) px apart")
                    checked += 1
                }
            }
        }
        #expect(checked > 100, "the cases label enough slices outside to test")
    }

    @Test func outsideSlicesTurnToTheSideAndNoneOtherwise() {
        // Two 2.5 % slices at the end of the order sit just left of 12 o'clock; they turn beside the pie.
        let fractions = [0.55, 0.3, 0.1, 0.025, 0.025]
        let start = PieLayout.turn(fractions: fractions, outside: [false, false, false, true, true])
        for middle in [start + 2 * Double.pi * 0.9625, start + 2 * Double.pi * 0.9875] {
            #expect(abs(cos(middle)) < 0.2, "the slice's middle is near 3 or 9 o'clock")
        }
        #expect(PieLayout.turn(fractions: [0.5, 0.5], outside: [false, false]) == 0)
        // Already beside the pie: no turn.
        #expect(PieLayout.turn(fractions: [0.23, 0.04, 0.73], outside: [false, true, false]) == 0)
    }
}
