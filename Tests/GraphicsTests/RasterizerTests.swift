import Testing
@testable import Graphics

@Suite struct RasterizerTests {
    let fonts: FontBook
    init() throws { fonts = try FontBook.system() }

    func render(_ nodes: [Node], width: Double = 10, height: Double = 10, scale: Double = 1) -> Pixmap {
        Rasterizer(fonts: fonts).render(Scene(width: width, height: height, background: nil, nodes: nodes), scale: scale)
    }

    func alpha(_ p: Pixmap, _ x: Int, _ y: Int) -> Int { Int(p.pixels[(y * p.width + x) * 4 + 3]) }

    func fill(_ path: Path, _ rule: FillRule = .nonZero, _ color: Color = .black) -> Node {
        .shape(Shape(path, fill: .solid(color), fillRule: rule))
    }

    @Test func coverageIsTheExactAreaOfEachPixel() {
        // x from 1.5 to 4.25, y from 2 to 3: pixel 1 half covered, 2-3 full, 4 a quarter.
        let p = render([fill(.rect(Rect(x: 1.5, y: 2, width: 2.75, height: 1)))])
        #expect(alpha(p, 0, 2) == 0)
        #expect(abs(alpha(p, 1, 2) - 128) <= 1)
        #expect(alpha(p, 2, 2) == 255 && alpha(p, 3, 2) == 255)
        #expect(abs(alpha(p, 4, 2) - 64) <= 1)
        #expect(alpha(p, 2, 1) == 0 && alpha(p, 2, 3) == 0)
    }

    /// The coverage buffer is reused: nothing of one shape may leak into the next.
    @Test func consecutiveShapesDoNotLeakCoverage() {
        var tri = Path()
        tri.move(to: Point(0.3, 0.2)); tri.line(to: Point(9.7, 4.1)); tri.line(to: Point(1.2, 9.9)); tri.close()
        let small = fill(.circle(center: Point(6, 6), radius: 2.3), .evenOdd, Color(hex: 0xFF0000))
        let together = render([fill(tri), .shape(Shape(.rect(Rect(x: 0, y: 0, width: 10, height: 10)))), small])
        let alone = render([fill(tri)])
        let separately = Rasterizer(fonts: fonts).render(Scene(width: 10, height: 10, background: nil, nodes: [small]), scale: 1)
        var expected = alone
        for i in Swift.stride(from: 0, to: expected.pixels.count, by: 4) where separately.pixels[i + 3] > 0 {
            let a = Int(separately.pixels[i + 3])
            for k in 0..<4 {
                expected.pixels[i + k] = UInt8(Int(separately.pixels[i + k]) + (Int(expected.pixels[i + k]) * (255 - a) + 127) / 255)
            }
        }
        let worst = zip(together.pixels, expected.pixels).map { abs(Int($0) - Int($1)) }.max() ?? 0
        #expect(worst <= 1)
    }

    @Test func diagonalEdgeCoversHalfAPixel() {
        var tri = Path()
        tri.move(to: Point(0, 0)); tri.line(to: Point(10, 10)); tri.line(to: Point(0, 10)); tri.close()
        let p = render([fill(tri)])
        for i in 0..<10 { #expect(abs(alpha(p, i, i) - 128) <= 1) }
        #expect(alpha(p, 0, 9) == 255 && alpha(p, 9, 0) == 0)
    }

    /// Two overlapping squares drawn the same way round: nonzero fills the overlap, even-odd leaves a hole.
    @Test func fillRulesDifferOnOverlaps() {
        var p = Path.rect(Rect(x: 0, y: 0, width: 6, height: 6))
        p = Path(elements: p.elements + Path.rect(Rect(x: 3, y: 3, width: 6, height: 6)).elements)
        let nonZero = render([fill(p, .nonZero)]), evenOdd = render([fill(p, .evenOdd)])
        #expect(alpha(nonZero, 4, 4) == 255)
        #expect(alpha(evenOdd, 4, 4) == 0)
        #expect(alpha(evenOdd, 1, 1) == 255 && alpha(evenOdd, 7, 7) == 255)
    }

    @Test func selfIntersectingBowTieFillsBothLobes() {
        var bow = Path()
        bow.move(to: Point(0, 0)); bow.line(to: Point(10, 10)); bow.line(to: Point(10, 0)); bow.line(to: Point(0, 10)); bow.close()
        let p = render([fill(bow)])
        #expect(alpha(p, 9, 5) == 255 && alpha(p, 0, 5) == 255)
        #expect(alpha(p, 5, 1) == 0 && alpha(p, 5, 8) == 0)
    }

    @Test func hairlineLeavesAFaintLine() {
        let line = Node.shape(Shape(.line(from: Point(0, 5), to: Point(10, 5)), stroke: .solid(.black),
                                    strokeStyle: StrokeStyle(width: 0.1)))
        let p = render([line])
        let a = alpha(p, 5, 4) + alpha(p, 5, 5)
        #expect(a > 10 && a < 50)
    }

    @Test func zeroAreaAndDegeneratePathsDrawNothing() {
        let flat = Path.rect(Rect(x: 2, y: 2, width: 5, height: 0))
        var dot = Path(); dot.move(to: Point(3, 3)); dot.line(to: Point(3, 3))
        let p = render([fill(flat), fill(dot), .shape(Shape(dot, stroke: .solid(.black)))])
        #expect(p.pixels.allSatisfy { $0 == 0 })
        let round = render([.shape(Shape(dot, stroke: .solid(.black), strokeStyle: StrokeStyle(width: 4, cap: .round)))])
        #expect(alpha(round, 3, 3) == 255)
    }

    @Test func farAwayAndNonFiniteCoordinatesAreSafe() {
        var huge = Path()
        huge.move(to: Point(-1e30, -1e30)); huge.line(to: Point(1e30, 5)); huge.line(to: Point(5, 1e300))
        huge.curve(to: Point(1e20, -1e20), control1: Point(-1e25, 1e25), control2: Point(1e38, 3)); huge.close()
        var bad = Path()
        bad.move(to: Point(.nan, 1)); bad.line(to: Point(.infinity, 5)); bad.line(to: Point(3, -.infinity)); bad.close()
        let stroked = Node.shape(Shape(huge, stroke: .solid(.black), strokeStyle: StrokeStyle(width: 3, dash: [1, 1])))
        let p = render([fill(huge), fill(bad), stroked, .shape(Shape(bad, stroke: .solid(.black)))])
        #expect(p.width == 10)
    }

    @Test func wideCanvasLineOutsideIsCulled() {
        let p = render([fill(.rect(Rect(x: 20, y: 0, width: 5, height: 5))), fill(.rect(Rect(x: -8, y: 0, width: 5, height: 5)))])
        #expect(p.pixels.allSatisfy { $0 == 0 })
    }

    @Test func shapeLeftOfCanvasStillCoversTheVisiblePart() {
        let p = render([fill(.rect(Rect(x: -100, y: 0, width: 103, height: 10)))])
        #expect(alpha(p, 0, 5) == 255 && alpha(p, 2, 5) == 255 && alpha(p, 3, 5) == 0)
    }

    @Test func clipRestrictsDrawing() {
        let g = Group([fill(.rect(Rect(x: 0, y: 0, width: 10, height: 10)))], clip: Rect(x: 2, y: 2, width: 3, height: 3))
        let p = render([.group(g)])
        #expect(alpha(p, 3, 3) == 255 && alpha(p, 1, 1) == 0 && alpha(p, 6, 6) == 0)
    }

    @Test func fractionalClipEdgesAreAntialiased() {
        let g = Group([fill(.rect(Rect(x: 0, y: 0, width: 10, height: 10)))], clip: Rect(x: 2.5, y: 2, width: 5, height: 5.25))
        let p = render([.group(g)])
        #expect(abs(alpha(p, 2, 4) - 128) <= 2 && abs(alpha(p, 7, 4) - 128) <= 2)
        #expect(alpha(p, 4, 4) == 255 && alpha(p, 1, 4) == 0 && alpha(p, 8, 4) == 0)
        #expect(abs(alpha(p, 4, 7) - 64) <= 2)
    }

    @Test func groupOpacityAppliesOnceToOverlaps() {
        let a = fill(.rect(Rect(x: 0, y: 0, width: 6, height: 10)), .nonZero, Color(hex: 0xFF0000))
        let b = fill(.rect(Rect(x: 4, y: 0, width: 6, height: 10)), .nonZero, Color(hex: 0xFF0000))
        let p = render([.group(Group([a, b], opacity: 0.5))])
        #expect(abs(alpha(p, 5, 5) - 128) <= 1)
        #expect(alpha(p, 5, 5) == alpha(p, 1, 5))
    }

    @Test func translucentGroupAwayFromOriginLandsInPlace() {
        let square = fill(.rect(Rect(x: 0, y: 0, width: 2, height: 2)))
        let g = Group([square], transform: .translate(5, 6), opacity: 0.5)
        let p = render([.group(g)], scale: 2)
        #expect(abs(alpha(p, 11, 13) - 128) <= 1)
        #expect(alpha(p, 9, 13) == 0 && alpha(p, 11, 11) == 0 && alpha(p, 14, 13) == 0)
    }

    @Test func rotatedClipCutsAlongTheRotatedEdge() {
        let big = fill(.rect(Rect(x: -20, y: -20, width: 40, height: 40)))
        let g = Group([big], transform: Transform.translate(10, 10).concatenating(.rotate(degrees: 45)),
                      clip: Rect(x: -4, y: -4, width: 8, height: 8))
        let p = render([.group(g)], width: 20, height: 20)
        #expect(alpha(p, 10, 10) == 255)
        // The clip is a diamond reaching 5.66 px from the centre along the axes, not its 11.3 px bounding box.
        #expect(alpha(p, 10, 3) == 0 && alpha(p, 4, 4) == 0)
        #expect(alpha(p, 10, 6) == 255)
    }

    @Test func hugeCanvasesAreScaledDownNotAllocated() {
        let p = Rasterizer(fonts: fonts).render(Scene(width: 100_000, height: 100_000), scale: 2)
        #expect(p.width * p.height <= Rasterizer.maxPixels)
        let bad = Rasterizer(fonts: fonts).render(Scene(width: .nan, height: -5), scale: .infinity)
        #expect(bad.width == 1 && bad.height == 1)
    }

    @Test func deviceScaleDoublesPixels() {
        let p = render([fill(.rect(Rect(x: 1, y: 1, width: 2, height: 2)))], scale: 2)
        #expect(p.width == 20 && p.height == 20)
        #expect(alpha(p, 2, 2) == 255 && alpha(p, 5, 5) == 255 && alpha(p, 6, 6) == 0)
    }

    @Test func strokeJoinsDifferAtACorner() {
        var corner = Path()
        corner.move(to: Point(2, 20)); corner.line(to: Point(20, 20)); corner.line(to: Point(20, 2))
        func draw(_ join: LineJoin) -> Pixmap {
            render([.shape(Shape(corner, stroke: .solid(.black), strokeStyle: StrokeStyle(width: 6, join: join)))],
                   width: 30, height: 30)
        }
        let miter = draw(.miter), bevel = draw(.bevel), round = draw(.round)
        #expect(alpha(miter, 22, 22) == 255)
        #expect(alpha(bevel, 22, 22) < 40)
        #expect(alpha(round, 22, 22) > alpha(bevel, 22, 22) && alpha(round, 22, 22) < 255)
    }

    @Test func dashesLeaveGaps() {
        let line = Node.shape(Shape(.line(from: Point(0, 5), to: Point(40, 5)), stroke: .solid(.black),
                                    strokeStyle: StrokeStyle(width: 2, dash: [4, 4])))
        let p = render([line], width: 40)
        #expect(alpha(p, 1, 5) == 255 && alpha(p, 5, 5) == 0 && alpha(p, 9, 5) == 255)
    }

    @Test func gradientRunsFromStartToEndColour() {
        let g = LinearGradient(start: Point(0, 0), end: Point(100, 0),
                               stops: [.init(offset: 0, color: .black), .init(offset: 1, color: Color(hex: 0xFF0000))])
        let p = render([.shape(Shape(.rect(Rect(x: 0, y: 0, width: 100, height: 4)), fill: .linearGradient(g)))], width: 100)
        #expect(p.pixels[0] < 5)
        #expect(p.pixels[99 * 4] > 250)
        #expect(abs(Int(p.pixels[50 * 4]) - 128) < 4)
    }

    /// The rows holding ink, as (first, last) row indices.
    func inkRows(_ p: Pixmap) -> (Int, Int) {
        let rows = (0..<p.height).filter { y in (0..<p.width).contains { alpha(p, $0, y) > 128 } }
        return (rows.first ?? -1, rows.last ?? -1)
    }

    /// "H" at 40 px: cap height 0.729 em (29.2 px), ascender 0.928 em, descender 0.236 em (DejaVu Sans).
    @Test func baselinesPlaceTextAsDocumented() {
        func draw(_ baseline: TextBaseline) -> (Int, Int) {
            inkRows(render([.text(TextRun("H", at: Point(10, 50), size: 40, baseline: baseline))], width: 60, height: 100))
        }
        let alphabetic = draw(.alphabetic), middle = draw(.middle), hanging = draw(.hanging)
        #expect(abs(alphabetic.1 - 49) <= 1 && abs(alphabetic.0 - 21) <= 1)
        // Centred between ascender and descender: the baseline moves down by (0.928 − 0.236) / 2 em = 13.8 px.
        #expect(abs(middle.1 - 63) <= 1)
        // Hanging: the baseline moves down by the ascender, 37.1 px.
        #expect(abs(hanging.1 - 86) <= 1)
    }

    @Test func anchorsShiftByTheMeasuredWidth() throws {
        let width = fonts.measure("HH", size: 20, weight: .regular).width
        func left(_ anchor: TextAnchor) -> Int {
            let p = render([.text(TextRun("HH", at: Point(50, 30), size: 20, anchor: anchor))], width: 100, height: 40)
            return (0..<p.width).first { x in (0..<p.height).contains { alpha(p, x, $0) > 128 } } ?? -1
        }
        let start = left(.start)
        #expect(abs(Double(start - left(.middle)) - width / 2) <= 1)
        #expect(abs(Double(start - left(.end)) - width) <= 1)
    }

    @Test func textDrawsInk() {
        let p = render([.text(TextRun("Hg", at: Point(2, 20), size: 16))], width: 40, height: 30)
        let ink = stride(from: 3, to: p.pixels.count, by: 4).filter { p.pixels[$0] > 128 }.count
        #expect(ink > 30)
    }

    /// Opaque dots of one colour in a translucent group (drawn as one union shape) look as the
    /// group's offscreen layer draws them (forced here by an extra empty child): at most a few
    /// levels apart, and only at edges where dots overlap.
    @Test func translucentGroupOfDotsMatchesItsLayer() {
        let centers = DotStampsTests.centers(60, seed: 3)
        let dots: [Node] = centers.map { .shape(Shape(.circle(center: $0, radius: 3.5), fill: .solid(Color(hex: 0x0072B2)), title: "dot")) }
        let empty = Node.shape(Shape(Path(), fill: .solid(.black)))
        #expect(RenderContext.dotUnion(dots, opacity: 0.6) != nil && RenderContext.dotUnion(dots + [empty], opacity: 0.6) == nil)
        for scale in [1.0, 2.0] {
            let union = render([.group(Group(dots, opacity: 0.6))], width: 120, height: 90, scale: scale)
            let layer = render([.group(Group(dots + [empty], opacity: 0.6))], width: 120, height: 90, scale: scale)
            var worst = 0, differing = 0
            for i in union.pixels.indices {
                let d = abs(Int(union.pixels[i]) - Int(layer.pixels[i]))
                worst = max(worst, d)
                if d > 2 { differing += 1 }
            }
            #expect(worst <= 64 && differing * 100 <= union.pixels.count, "scale \(scale): worst \(worst), \(differing) channels differ by more than 2")
            #expect(union.pixels.contains { $0 != 0 })
        }
    }
}
