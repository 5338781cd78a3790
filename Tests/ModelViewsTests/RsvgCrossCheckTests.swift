import RenderTestSupport
import Charts
import Foundation
import Graphics
import Testing
@testable import ModelViews

/// Each view's SVG drawn by librsvg must agree with Loupe's own raster:
/// at most 1 % of pixels differ by more than 16 in any channel (text as paths).
@Suite struct RsvgCrossCheckTests {
    static let tolerance = 16
    static let maxFraction = 0.01

    @Test(arguments: GoldenViewTests.names)
    func agreesWithLibrsvg(_ name: String) throws {
        guard let rsvg = ExternalTool.find(["rsvg-convert"]) else {
            print("skipping rsvg cross-check: rsvg-convert (Debian librsvg2-bin) is not installed")
            return
        }
        let chart = try #require(try ViewGallery.all().first { $0.name == name }?.chart)
        let fonts = try FontBook.system()
        let scene = chart.scene(measurer: fonts)
        let svgFile = ExternalTool.temporaryFile("svg"), pngFile = ExternalTool.temporaryFile("png")
        defer {
            try? FileManager.default.removeItem(at: svgFile)
            try? FileManager.default.removeItem(at: pngFile)
        }
        try SVGWriter.write(scene, textAsPaths: true, fonts: fonts).write(to: svgFile, atomically: true, encoding: .utf8)
        let run = try ExternalTool.run(rsvg, ["--zoom", "2", "-f", "png", "-o", pngFile.path, svgFile.path])
        try #require(run.status == 0, "rsvg-convert failed: \(run.err)")
        let theirs = try #require(DecodedImage.decode([UInt8](try Data(contentsOf: pngFile))))
        let ours = Rasterizer(fonts: fonts).render(scene, scale: 2)
        let comparison = ImageComparison(DecodedImage(ours), theirs, tolerance: Self.tolerance)
        if comparison.fraction > Self.maxFraction {
            Artifacts.recordFailure("rsvg-\(name)", actual: PNGEncoder.encode(ours), comparison: comparison,
                                    width: ours.width, height: ours.height)
        }
        #expect(comparison.fraction <= Self.maxFraction, "\(name): \(comparison.differing) of \(comparison.total) pixels differ")
    }
}
