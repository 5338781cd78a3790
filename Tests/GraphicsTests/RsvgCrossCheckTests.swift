import RenderTestSupport
import Testing
import Foundation
@testable import Graphics

/// Each test scene rendered by Loupe and by librsvg (from Loupe's own SVG) must agree:
/// at most 1 % of pixels may differ by more than `tolerance` in any channel.
@Suite(.enabled(if: ExternalTool.find(["rsvg-convert"]) != nil,
                "rsvg-convert (Debian librsvg2-bin) is not installed; skipping the cross-check"))
struct RsvgCrossCheckTests {
    static let tolerance = 10
    static let maxFraction = 0.01

    func compare(_ name: String, _ scene: Scene, textAsPaths: Bool, scale: Double) throws -> ImageComparison {
        let rsvg = try #require(ExternalTool.find(["rsvg-convert"]))
        let fonts = try FontBook.system()
        let svgFile = ExternalTool.temporaryFile("svg"), pngFile = ExternalTool.temporaryFile("png")
        defer {
            try? FileManager.default.removeItem(at: svgFile)
            try? FileManager.default.removeItem(at: pngFile)
        }
        try SVGWriter.write(scene, textAsPaths: textAsPaths, fonts: fonts).write(to: svgFile, atomically: true, encoding: .utf8)
        let run = try ExternalTool.run(rsvg, ["--zoom", String(scale), "-f", "png", "-o", pngFile.path, svgFile.path])
        try #require(run.status == 0, "rsvg-convert failed: \(run.err)")
        let theirs = try #require(DecodedImage.decode([UInt8](try Data(contentsOf: pngFile))))
        let ours = Rasterizer(fonts: fonts).render(scene, scale: scale)
        let actual = DecodedImage(ours)
        let comparison = ImageComparison(actual, theirs, tolerance: Self.tolerance)
        if comparison.fraction > Self.maxFraction {
            Artifacts.recordFailure("rsvg-\(name)", actual: PNGEncoder.encode(ours), expected: theirs, actual: actual,
                                    comparison: comparison)
        }
        return comparison
    }

    /// librsvg 2.54 smooths every image whatever its `image-rendering`, so the images
    /// scene is checked against Chromium instead (`ChromiumCrossCheckTests`).
    @Test(arguments: TestScenes.all.map(\.name).filter { $0 != "images" })
    func agreesWithLibrsvg(_ name: String) throws {
        let scene = try #require(TestScenes.all.first { $0.name == name }?.scene)
        for scale in [1.0, 2.0] {
            let c = try compare(name, scene, textAsPaths: true, scale: scale)
            print("rsvg \(name) @\(scale)x: \(c.differing) of \(c.total) pixels differ (\(String(format: "%.3f", c.fraction * 100)) %)")
            #expect(c.fraction <= Self.maxFraction, "\(name) at \(scale)×: \(c.differing) of \(c.total) pixels differ")
        }
    }

    /// The `<text>` form, drawn by librsvg through Pango with fontconfig's DejaVu Sans, agrees as closely.
    @Test func textElementsAgreeWithLibrsvg() throws {
        let c = try compare("text-elements", TestScenes.text, textAsPaths: false, scale: 2)
        print("rsvg text as <text> @2x: \(c.differing) of \(c.total) pixels differ (\(String(format: "%.3f", c.fraction * 100)) %)")
        #expect(c.fraction <= Self.maxFraction)
    }
}
