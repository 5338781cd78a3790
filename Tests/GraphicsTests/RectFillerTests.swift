import Testing
@testable import Graphics
import RenderTestSupport

/// The axis-aligned rectangle fast path must paint what the general coverage-mask path paints.
@Suite struct RectFillerTests {
    let fonts: FontBook
    init() throws { fonts = try FontBook.system() }

    /// The same rectangle with a redundant point on its last edge, which the fast path declines.
    func generalPath(_ r: Rect) -> Path {
        Path(elements: [.move(Point(r.minX, r.minY)), .line(Point(r.maxX, r.minY)), .line(Point(r.maxX, r.maxY)),
                        .line(Point(r.minX, r.maxY)), .line(Point(r.minX, (r.minY + r.maxY) / 2)), .close])
    }

    func randomScene(_ rng: inout SplitMix, general: Bool) -> [Node] {
        (0..<60).map { _ in
            let r = Rect(x: Double.random(in: -8...38, using: &rng), y: Double.random(in: -8...30, using: &rng),
                         width: Double.random(in: 0.05...14, using: &rng), height: Double.random(in: 0.05...14, using: &rng))
            let color = Color(r: UInt8.random(in: 0...255, using: &rng), g: UInt8.random(in: 0...255, using: &rng),
                              b: UInt8.random(in: 0...255, using: &rng), alpha: [1, 0.999, 0.5, 0.13].randomElement(using: &rng) ?? 1)
            return .shape(Shape(general ? generalPath(r) : .rect(r), fill: .solid(color)))
        }
    }

    func worstDifference(_ fast: [Node], _ general: [Node], scale: Double) -> Int {
        let render = { (nodes: [Node]) in
            Rasterizer(fonts: fonts).render(Scene(width: 32, height: 24, background: Color(hex: 0x336699), nodes: nodes), scale: scale)
        }
        let a = render(fast), b = render(general)
        return zip(a.pixels, b.pixels).map { abs(Int($0) - Int($1)) }.max() ?? 255
    }

    @Test(arguments: [1.0, 2.0, 1.37])
    func randomRectanglesMatchTheGeneralPath(scale: Double) {
        var rngA = SplitMix(state: 7), rngB = SplitMix(state: 7)
        let fast = randomScene(&rngA, general: false), general = randomScene(&rngB, general: true)
        #expect(worstDifference(fast, general, scale: scale) <= 1)
    }

    /// Flipped and scaled groups with a pixel-aligned clip keep the rectangle axis-aligned.
    @Test func flippedAndClippedGroupsMatchTheGeneralPath() {
        var rngA = SplitMix(state: 11), rngB = SplitMix(state: 11)
        let flip = Transform(a: -0.7, b: 0, c: 0, d: -1.3, e: 30.3, f: 22.1)
        let clip = Rect(x: 2, y: 3, width: 20, height: 12)
        let fast = [Node.group(Group(randomScene(&rngA, general: false), transform: flip, clip: nil)),
                    .group(Group(randomScene(&rngA, general: false), clip: clip))]
        let general = [Node.group(Group(randomScene(&rngB, general: true), transform: flip, clip: nil)),
                       .group(Group(randomScene(&rngB, general: true), clip: clip))]
        #expect(worstDifference(fast, general, scale: 2) <= 1)
    }

    @Test func onlyAxisAlignedRectanglesTakeTheFastPath() throws {
        let r = Rect(x: 1, y: 2, width: 3, height: 4)
        let device = try #require(RectFiller.deviceRect(.rect(r), .scale(2, 2)))
        #expect(device == (2, 4, 8, 12))
        #expect(RectFiller.deviceRect(.rect(r), .rotate(degrees: 30)) == nil)
        #expect(RectFiller.deviceRect(generalPath(r), .identity) == nil)
        let lineBack = Path(elements: [.move(Point(1, 2)), .line(Point(4, 2)), .line(Point(4, 6)), .line(Point(1, 6)), .line(Point(1, 2))])
        #expect(try #require(RectFiller.deviceRect(lineBack, .identity)) == (1, 2, 4, 6), "a line back closes it too")
        #expect(RectFiller.deviceRect(Path(elements: Array(lineBack.elements.prefix(4))), .identity) == nil, "left open")
        var skewed = Path()
        skewed.move(to: Point(0, 0)); skewed.line(to: Point(4, 0)); skewed.line(to: Point(5, 3)); skewed.line(to: Point(0, 3)); skewed.close()
        #expect(RectFiller.deviceRect(skewed, .identity) == nil)
    }
}
