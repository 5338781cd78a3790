import Testing
@testable import Graphics
import RenderTestSupport

/// Many pixel-aligned rectangles in one path must paint what the general coverage-mask path paints.
@Suite struct AlignedRectUnionTests {
    let fonts: FontBook
    init() throws { fonts = try FontBook.system() }

    func render(_ nodes: [Node], scale: Double = 2) -> Pixmap {
        Rasterizer(fonts: fonts).render(Scene(width: 40, height: 30, background: Color(hex: 0x204060), nodes: nodes), scale: scale)
    }

    /// Random whole-unit rectangles (overlapping, some off the canvas), as one path; with
    /// `general`, each carries a redundant point so the fast paths decline it.
    func rects(seed: UInt64, general: Bool) -> Path {
        var rng = SplitMix(state: seed)
        var elements: [Path.Element] = []
        for _ in 0..<40 {
            let r = Rect(x: Double(Int.random(in: -5...38, using: &rng)), y: Double(Int.random(in: -5...28, using: &rng)),
                         width: Double(Int.random(in: 0...9, using: &rng)), height: Double(Int.random(in: 1...9, using: &rng)))
            elements += Path.rect(r).elements
            if general {
                elements.removeLast()
                elements += [.line(Point(r.minX, (r.minY + r.maxY) / 2)), .close]
            }
        }
        return Path(elements: elements)
    }

    @Test(arguments: [(UInt64(3), 1.0), (5, 2.0), (9, 3.0)])
    func overlappingRectanglesMatchTheGeneralPath(seed: UInt64, scale: Double) {
        for paint in [Paint.solid(Color(r: 230, g: 159, b: 0, alpha: 0.6)), .solid(Color(hex: 0x56B4E9))] {
            let fast = render([.shape(Shape(rects(seed: seed, general: false), fill: paint))], scale: scale)
            let general = render([.shape(Shape(rects(seed: seed, general: true), fill: paint))], scale: scale)
            let worst = zip(fast.pixels, general.pixels).map { abs(Int($0) - Int($1)) }.max() ?? 255
            #expect(worst == 0)
        }
    }

    @Test func onlyPixelAlignedSameWayRoundRectanglesQualify() throws {
        let a = Rect(x: 1, y: 2, width: 3, height: 4), b = Rect(x: 2, y: 3, width: 5, height: 1)
        let both = Path(elements: Path.rect(a).elements + Path.rect(b).elements)
        let boxes = try #require(AlignedRectUnion.pixelRects(both, .scale(2, 2)))
        #expect(boxes == [PixelRect(x0: 2, y0: 4, x1: 8, y1: 12), PixelRect(x0: 4, y0: 6, x1: 14, y1: 8)])
        #expect(AlignedRectUnion.pixelRects(both, .scale(1.5, 1.5)) == nil)
        #expect(AlignedRectUnion.pixelRects(both, .rotate(degrees: 10)) == nil)
        var reversed = Path()
        reversed.move(to: Point(2, 3)); reversed.line(to: Point(2, 4)); reversed.line(to: Point(7, 4)); reversed.line(to: Point(7, 3)); reversed.close()
        #expect(AlignedRectUnion.pixelRects(Path(elements: Path.rect(a).elements + reversed.elements), .identity) == nil)
    }

    /// A counter-wound rectangle cuts a hole under nonzero: the general path must still draw it.
    @Test func holesStillRenderAsHoles() {
        var hole = Path()
        hole.move(to: Point(5, 5)); hole.line(to: Point(5, 10)); hole.line(to: Point(10, 10)); hole.line(to: Point(10, 5)); hole.close()
        let path = Path(elements: Path.rect(Rect(x: 0, y: 0, width: 20, height: 20)).elements + hole.elements)
        let p = render([.shape(Shape(path, fill: .solid(Color(hex: 0xFFFFFF))))], scale: 1)
        #expect(p.pixels[(7 * p.width + 7) * 4] == 0x20)
        #expect(p.pixels[(2 * p.width + 2) * 4] == 0xFF)
    }
}
