import Charts
import Foundation
import Graphics
import RenderTestSupport
import Testing

/// A view's 1× PNG against its recorded golden, within the view tests' tolerance; re-recorded
/// (failing once) under LOUPE_REGENERATE_GOLDENS=1, leaving actual and diff images on failure.
enum GoldenImage {
    static let tolerance = 8
    static let maxFraction = 0.003

    static func check(_ chart: any Chart, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let fonts = try FontBook.system()
        let pixmap = Rasterizer(fonts: fonts).render(chart.scene(measurer: fonts), scale: 1)
        let png = PNGEncoder.encode(pixmap)
        let file = Artifacts.golden.appendingPathComponent("\(name).png")
        if Artifacts.regenerating {
            try Data(png).write(to: file)
            Issue.record("re-recorded golden \(file.lastPathComponent); run again without LOUPE_REGENERATE_GOLDENS",
                         sourceLocation: sourceLocation)
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            Issue.record("missing golden \(file.path); record it with LOUPE_REGENERATE_GOLDENS=1", sourceLocation: sourceLocation)
            return
        }
        let golden = try #require(DecodedImage.decode([UInt8](data)), "golden \(name).png does not decode",
                                  sourceLocation: sourceLocation)
        let comparison = ImageComparison(DecodedImage(pixmap), golden, tolerance: tolerance)
        if comparison.fraction > maxFraction {
            Artifacts.recordFailure("golden-\(name)", actual: png, comparison: comparison, width: pixmap.width, height: pixmap.height)
        }
        #expect(comparison.fraction <= maxFraction, "\(name): \(comparison.differing) of \(comparison.total) pixels differ from the golden",
                sourceLocation: sourceLocation)
    }
}
