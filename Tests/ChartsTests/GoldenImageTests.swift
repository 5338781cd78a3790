import RenderTestSupport
import Foundation
import Graphics
import Testing
@testable import Charts

/// Every gallery chart drawn with the real font: SVG compared exactly, PNG
/// (1×) within a tolerance, and rsvg-convert's rendering of the SVG compared
/// with Loupe's own rasterizer.
@Suite struct GoldenImageTests {
    static let fonts: FontBook? = try? FontBook.system()

    @Test func svgMatchesGoldens() throws {
        let fonts = try #require(Self.fonts)
        for (name, chart) in try Gallery.all() {
            GoldenFiles.checkText(SVGWriter.write(chart.scene(measurer: fonts)), "\(name).svg")
        }
    }

    @Test func pngMatchesGoldens() throws {
        let fonts = try #require(Self.fonts)
        for (name, chart) in try Gallery.all() {
            let png = PNGEncoder.encode(Rasterizer(fonts: fonts).render(chart.scene(measurer: fonts), scale: 1))
            GoldenFiles.checkPNG(png, "\(name).png")
        }
    }

    @Test(.enabled(if: ExternalTool.find(["rsvg-convert"]) != nil))
    func rsvgRasterizesTheSVGLikeLoupe() throws {
        let fonts = try #require(Self.fonts)
        let rsvg = try #require(ExternalTool.find(["rsvg-convert"]))
        for (name, chart) in try Gallery.all() {
            let scene = chart.scene(measurer: fonts)
            let ours = try #require(DecodedImage.decode(PNGEncoder.encode(Rasterizer(fonts: fonts).render(scene, scale: 1))))
            let result = try ExternalTool.run(rsvg, ["--format", "png"], stdin: Data(SVGWriter.write(scene).utf8))
            #expect(result.status == 0, "\(name): rsvg-convert failed")
            let theirs = try #require(DecodedImage.decode([UInt8](result.out)), "\(name): unreadable rsvg output")
            let comparison = ImageComparison(ours, theirs, tolerance: 16)
            if comparison.fraction > 0.01 {
                GoldenFiles.recordFailure("\(name)-rsvg.png", actual: [UInt8](result.out), comparison: comparison,
                                         width: ours.width, height: ours.height)
            }
            #expect(comparison.fraction <= 0.01, "\(name): \(comparison.differing) of \(comparison.total) pixels differ from rsvg-convert")
        }
    }
}
