import Foundation
import RenderTestSupport
import Testing
@testable import Graphics

/// The images scene drawn by Loupe and by headless Chromium from Loupe's SVG must agree
/// (Chromium honours `image-rendering: pixelated`, which librsvg ignores): at most 2 % of
/// pixels may differ by more than `tolerance`, the difference being anti-aliasing of the
/// frames' edges.
@Suite(.enabled(if: ExternalTool.find(["chromium", "chromium-browser"]) != nil,
                "chromium is not installed; skipping the cross-check of embedded images"))
struct ChromiumCrossCheckTests {
    static let tolerance = 12
    static let maxFraction = 0.02

    @Test func imagesAgreeWithChromium() throws {
        let chromium = try #require(ExternalTool.find(["chromium", "chromium-browser"]))
        let scene = TestScenes.images
        let fonts = try FontBook.system()
        let svgFile = ExternalTool.temporaryFile("svg"), pngFile = ExternalTool.temporaryFile("png")
        defer {
            try? FileManager.default.removeItem(at: svgFile)
            try? FileManager.default.removeItem(at: pngFile)
        }
        try SVGWriter.write(scene, fonts: fonts).write(to: svgFile, atomically: true, encoding: .utf8)
        let run = try ExternalTool.run(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1",
            "--window-size=\(Int(scene.width)),\(Int(scene.height))", "--screenshot=\(pngFile.path)", svgFile.path,
        ])
        try #require(run.status == 0, "chromium failed: \(run.err)")
        let theirs = try #require(DecodedImage.decode([UInt8](try Data(contentsOf: pngFile))))
        let ours = Rasterizer(fonts: fonts).render(scene, scale: 1)
        let actual = DecodedImage(ours)
        let comparison = ImageComparison(actual, theirs, tolerance: Self.tolerance)
        if comparison.fraction > Self.maxFraction {
            Artifacts.recordFailure("chromium-images", actual: PNGEncoder.encode(ours), expected: theirs, actual: actual,
                                    comparison: comparison)
        }
        print("chromium images: \(comparison.differing) of \(comparison.total) pixels differ")
        #expect(comparison.fraction <= Self.maxFraction)
    }
}
