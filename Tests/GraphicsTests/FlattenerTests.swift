import Testing
@testable import Graphics

@Suite struct FlattenerTests {
    @Test func curvesOutsideTheCullBoxBecomeChords() {
        var p = Path()
        p.move(to: Point(-1e6, 0))
        for i in 0..<1000 {
            p.curve(to: Point(-1e6, Double(i + 1)), control1: Point(-3e6, 1e6), control2: Point(-2e5, -1e6))
        }
        let box = Rect(x: 0, y: 0, width: 100, height: 100)
        let culled = Flattener.flatten(p, tolerance: 0.1, cull: box)
        #expect(culled.first?.points.count == 1001)
        let full = Flattener.flatten(p, tolerance: 0.1)
        #expect((full.first?.points.count ?? 0) > 100_000)
    }

    @Test func culledCurvesLeaveCoverageUnchanged() throws {
        // A shape whose left side is a wild curve far left of the canvas.
        var p = Path()
        p.move(to: Point(5, 0)); p.line(to: Point(5, 10)); p.line(to: Point(-50, 10))
        p.curve(to: Point(-50, 0), control1: Point(-500, 300), control2: Point(-800, -200))
        p.close()
        let fonts = try FontBook.system()
        let px = Rasterizer(fonts: fonts).render(Scene(width: 10, height: 10, background: nil,
                                                       nodes: [.shape(Shape(p, fill: .solid(.black)))]), scale: 1)
        let a = (0..<10).flatMap { y in (0..<5).map { Int(px.pixels[(y * 10 + $0) * 4 + 3]) } }
        #expect(a.allSatisfy { $0 == 255 })
        #expect(px.pixels[(5 * 10 + 7) * 4 + 3] == 0)
    }
}
