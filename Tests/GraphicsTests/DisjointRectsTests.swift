import Testing
@testable import Graphics
import RenderTestSupport

/// Rectangles with fractional edges that share no pixel (a histogram's bars) are filled one by
/// one; that must paint what the general coverage-mask path paints for their union.
@Suite struct DisjointRectsTests {
    let fonts: FontBook
    init() throws { fonts = try FontBook.system() }

    func render(_ nodes: [Node], scale: Double) -> Pixmap {
        Rasterizer(fonts: fonts).render(Scene(width: 60, height: 30, background: Color(hex: 0x204060), nodes: nodes), scale: scale)
    }

    /// Bars of random fractional widths and heights with small gaps, some running off the canvas,
    /// as one path; with `general`, each carries a redundant point so every fast path declines it.
    func bars(seed: UInt64, general: Bool) -> Path {
        var rng = SplitMix(state: seed)
        var elements: [Path.Element] = []
        var x = Double.random(in: -3...1, using: &rng)
        while x < 62 {
            let width = Double.random(in: 0.1...4, using: &rng), top = Double.random(in: -2...28, using: &rng)
            let r = Rect(x: x, y: top, width: width, height: 28.7 - top)
            elements += Path.rect(r).elements
            if general {
                elements.removeLast()
                elements += [.line(Point(r.minX, (r.minY + r.maxY) / 2)), .close]
            }
            x += width + Double.random(in: 1.01...2, using: &rng)
        }
        return Path(elements: elements)
    }

    @Test(arguments: [(UInt64(3), 1.0), (5, 2.0), (9, 1.37)])
    func separateBarsMatchTheGeneralPath(seed: UInt64, scale: Double) throws {
        #expect(try #require(DeviceRects.disjoint(bars(seed: seed, general: false), .scale(scale, scale))).count > 10)
        for paint in [Paint.solid(Color(r: 230, g: 159, b: 0, alpha: 0.6)), .solid(Color(hex: 0x56B4E9))] {
            let fast = render([.shape(Shape(bars(seed: seed, general: false), fill: paint))], scale: scale)
            let general = render([.shape(Shape(bars(seed: seed, general: true), fill: paint))], scale: scale)
            let worst = zip(fast.pixels, general.pixels).map { abs(Int($0) - Int($1)) }.max() ?? 255
            #expect(worst <= 1)
        }
    }

    @Test func rectanglesSharingAPixelAreNotDisjoint() {
        let a = Rect(x: 0.2, y: 0, width: 3.5, height: 4), touching = Rect(x: 3.7, y: 0, width: 2, height: 4)
        let apart = Rect(x: 4, y: 1, width: 2, height: 4), below = Rect(x: 0, y: 3.8, width: 9, height: 1)
        func path(_ rects: [Rect]) -> Path { Path(elements: rects.flatMap { Path.rect($0).elements }) }
        #expect(DeviceRects.disjoint(path([a, touching]), .identity) == nil, "a shared column of pixels")
        #expect(DeviceRects.disjoint(path([a, below]), .identity) == nil, "a shared row of pixels")
        #expect(DeviceRects.disjoint(path([a, apart, Rect(x: 0, y: 5, width: 3, height: 1)]), .identity)?.count == 3)
        #expect(DeviceRects.disjoint(path([a, apart]), .scale(1.1, 1)) == nil, "scaled, they meet")
        #expect(DeviceRects.disjoint(path([a, apart]), .rotate(degrees: 5)) == nil)
        #expect(DeviceRects.disjoint(path([a, Rect(x: 10, y: 10, width: 0, height: 3)]), .identity)?.count == 1,
                "a rectangle without area is left out")
    }

    /// A tall stack of rectangles in one column is checked pair by pair only up to a budget.
    @Test func aColumnOfManyRectanglesGivesUpRatherThanGoQuadratic() {
        let stack = (0..<2000).map { Rect(x: 0.5, y: Double($0) * 2 + 0.25, width: 5, height: 1.5) }
        let path = Path(elements: stack.flatMap { Path.rect($0).elements })
        #expect(DeviceRects.disjoint(path, .identity) == nil)
        #expect(DeviceRects.disjoint(Path(elements: stack.prefix(40).flatMap { Path.rect($0).elements }), .identity)?.count == 40)
    }
}
