import Testing
import Foundation
@testable import Graphics

@Suite struct PathBuilderTests {
    /// Every on-curve end point of the path.
    func endPoints(_ p: Path) -> [Point] {
        p.elements.compactMap {
            switch $0 {
            case .move(let q), .line(let q): return q
            case .quad(_, let q): return q
            case .cubic(_, _, let q): return q
            case .close: return nil
            }
        }
    }

    @Test func rectHasFourCornersAndCloses() {
        let p = Path.rect(Rect(x: 1, y: 2, width: 3, height: 4))
        #expect(endPoints(p) == [Point(1, 2), Point(4, 2), Point(4, 6), Point(1, 6)])
        #expect(p.elements.last == .close)
    }

    @Test func circleEndPointsLieOnTheCircle() {
        let p = Path.circle(center: Point(10, 20), radius: 5)
        for q in endPoints(p) {
            #expect(abs(hypot(q.x - 10, q.y - 20) - 5) < 1e-9)
        }
        #expect(p.elements.count == 6)
    }

    @Test func arcQuarterMidpointIsCloseToCircle() throws {
        var p = Path()
        p.arc(center: Point(0, 0), radius: 100, startAngle: 0, endAngle: .pi / 2, clockwise: true)
        #expect(p.elements.count == 2)
        guard case .cubic(let c1, let c2, let to) = try #require(p.elements.last) else {
            Issue.record("expected a cubic"); return
        }
        #expect(abs(to.x) < 1e-9 && abs(to.y - 100) < 1e-9)
        // Midpoint of the cubic at t = 0.5.
        let mx = 0.125 * 100 + 0.375 * c1.x + 0.375 * c2.x + 0.125 * to.x
        let my = 0.375 * c1.y + 0.375 * c2.y + 0.125 * to.y
        #expect(abs(hypot(mx, my) - 100) < 0.03)
    }

    @Test func counterClockwiseArcGoesTheOtherWay() {
        var p = Path()
        p.arc(center: Point(0, 0), radius: 1, startAngle: 0, endAngle: .pi / 2, clockwise: false)
        // 270° the other way: three quarter segments, ending at (0, 1).
        #expect(p.elements.count == 4)
        let end = endPoints(p).last
        #expect(abs((end?.x ?? 9)) < 1e-9 && abs((end?.y ?? 9) - 1) < 1e-9)
    }

    @Test func arcAfterLineJoinsWithLine() {
        var p = Path.line(from: Point(0, 0), to: Point(5, 0))
        p.arc(center: Point(10, 0), radius: 2, startAngle: .pi, endAngle: 2 * .pi, clockwise: true)
        guard case .line(let q) = p.elements[2] else { Issue.record("expected a line"); return }
        #expect(abs(q.x - 8) < 1e-9 && abs(q.y) < 1e-9)
    }

    @Test func nonFiniteArcAddsNothing() {
        var p = Path()
        p.arc(center: Point(0, 0), radius: .nan, startAngle: 0, endAngle: 1, clockwise: true)
        p.arc(center: Point(0, 0), radius: 1, startAngle: .infinity, endAngle: 1, clockwise: true)
        #expect(p.isEmpty)
    }

    @Test func roundedRectClampsRadius() {
        let p = Path.roundedRect(Rect(x: 0, y: 0, width: 10, height: 4), radius: 50)
        let pts = endPoints(p)
        #expect(pts.allSatisfy { $0.x >= -1e-9 && $0.x <= 10 + 1e-9 && $0.y >= -1e-9 && $0.y <= 4 + 1e-9 })
        #expect(pts.first == Point(2, 0))
    }

    @Test func polylineConnectsPointsAndClosesOnRequest() {
        let pts = [Point(0, 0), Point(1, 2), Point(3, 1)]
        #expect(Path.polyline(pts).elements == [.move(pts[0]), .line(pts[1]), .line(pts[2])])
        #expect(Path.polyline(pts, closed: true).elements.last == .close)
        #expect(Path.polyline([], closed: true).isEmpty)
    }

    @Test func ellipseSpansItsRect() {
        let pts = endPoints(Path.ellipse(in: Rect(x: 0, y: 0, width: 20, height: 10)))
        #expect(pts.map(\.x).max() == 20 && pts.map(\.y).max() == 10)
    }
}
