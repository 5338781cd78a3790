import Foundation
import RenderTestSupport
import Testing
@testable import Graphics

/// Filled circles reach the PDF as round-capped dots (`PDFDots`): only paths made wholly of
/// `Path.circle` circles of one radius are recognised, their content is a fraction of the
/// Bézier form, and poppler draws them as Loupe's rasterizer draws the circles.
@Suite struct PDFDotsTests {
    static func circles(_ centers: [Point], radius: Double) -> Path {
        Path(elements: centers.flatMap { Path.circle(center: $0, radius: radius).elements })
    }

    static func content(_ nodes: [Node]) throws -> String {
        let content = PDFContent(resources: PDFResources(document: PDFDocument(), fonts: PDFFontSet(book: try FontBook.system())),
                                 fonts: try FontBook.system())
        content.emit(nodes)
        return String(decoding: content.bytes, as: UTF8.self)
    }

    /// A scatter's worth of overlapping translucent dots in one path, and titled dots one per
    /// shape inside a translucent group, as the charts draw them.
    static var scene: Scene {
        var state: UInt64 = 7
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        let many = (0..<400).map { _ in Point(20 + 280 * next(), 20 + 160 * next()) }
        let titled = (0..<40).map { _ in Point(20 + 280 * next(), 20 + 160 * next()) }
        return Scene(width: 320, height: 200, nodes: [
            .shape(Shape(circles(many, radius: 3.5), fill: .solid(Color(hex: 0x0072B2).withAlpha(0.75)))),
            .group(Group(titled.map { .shape(Shape(.circle(center: $0, radius: 5), fill: .solid(Color(hex: 0xE69F00)), title: "x")) },
                         opacity: 0.6)),
        ])
    }

    @Test func onlyCirclesOfOneRadiusAreDots() throws {
        let centers = [Point(10, 10), Point(30.25, 12.5), Point(10, 10)]
        let found = try #require(PDFDots.circles(Self.circles(centers, radius: 2.5)))
        #expect(found.radius == 2.5)
        #expect(zip(found.centers, centers).allSatisfy { abs($0.x - $1.x) < 1e-12 && abs($0.y - $1.y) < 1e-12 })
        let twoSizes = Path(elements: Self.circles([Point(5, 5)], radius: 2).elements + Path.circle(center: Point(9, 9), radius: 3).elements)
        #expect(PDFDots.circles(twoSizes) == nil)
        var ellipse = Path()
        ellipse.appendEllipse(center: Point(5, 5), rx: 3, ry: 2)
        #expect(PDFDots.circles(ellipse) == nil)
        #expect(PDFDots.circles(.rect(Rect(x: 0, y: 0, width: 4, height: 4))) == nil)
        #expect(PDFDots.circles(Path(elements: Path.circle(center: Point(5, 5), radius: 2).elements + [.move(Point(1, 1))])) == nil)
        #expect(PDFDots.circles(Path()) == nil)
    }

    @Test func dotsAreStrokedPointsNotCurves() throws {
        // A translucent group goes to a form of its own: its children are read here directly.
        let nodes = Self.scene.nodes.flatMap { node -> [Node] in
            if case .group(let group) = node { return group.children }
            return [node]
        }
        let text = try Self.content(nodes)
        #expect(!text.contains(" c\n"), "a circle was written as Bézier curves")
        #expect(text.contains("1 J") && text.contains("7 w") && text.contains("10 w"))
        let bezier = try Self.content([.shape(Shape(Self.circles([Point(10, 10)], radius: 3), fill: .solid(.black), fillRule: .evenOdd))])
        #expect(bezier.contains(" c\n"), "an even-odd fill keeps its curves")
        let stroked = try Self.content([.shape(Shape(.circle(center: Point(10, 10), radius: 3), fill: .solid(.black), stroke: .solid(.white)))])
        #expect(stroked.contains(" c\n"), "a stroked circle keeps its curves")
    }

    @Test func popplerDrawsTheDotsAsTheRasterizerDrawsTheCircles() throws {
        let tool = try #require(ExternalTool.find(["pdftoppm"]), "pdftoppm is not installed (Debian package poppler-utils)")
        let fonts = try FontBook.system()
        let scene = Self.scene
        let theirs = try PDFWriterTests.rasterize(tool, PDFWriter.write(scene, fonts: fonts), scale: 2)
        let ours = Rasterizer(fonts: fonts).render(scene, scale: 2)
        let comparison = ImageComparison(DecodedImage(ours), theirs, tolerance: 16)
        if comparison.fraction > 0.02 {
            Artifacts.recordFailure("pdf-dots", actual: PNGEncoder.encode(ours), expected: theirs,
                                    actual: DecodedImage(ours), comparison: comparison)
        }
        #expect(comparison.fraction <= 0.02, "\(comparison.differing) of \(comparison.total) pixels differ")
    }
}
