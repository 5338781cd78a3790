import RenderTestSupport
import Charts
import Foundation
import Graphics
import Testing
@testable import ModelViews

/// Each view rendered at 1× against a recorded PNG. Re-record with
/// `LOUPE_REGENERATE_GOLDENS=1 swift test --filter GoldenViewTests`; a
/// re-recorded golden fails once so it cannot pass unseen. Failures leave
/// actual and diff images in Tests/ModelViewsTests/Failures/.
@Suite struct GoldenViewTests {
    static let tolerance = 8
    static let maxFraction = 0.003

    static var names: [String] { (try? ViewGallery.all().map(\.name)) ?? [] }

    /// The parameterised tests take their cases from the gallery; this one fails loudly if it cannot be built.
    @Test func galleryBuildsEveryView() throws {
        let names = try ViewGallery.all().map(\.name)
        #expect(names.count == 12 && Set(names).count == names.count)
    }

    @Test(arguments: GoldenViewTests.names)
    func matchesGolden(_ name: String) throws {
        let chart = try #require(try ViewGallery.all().first { $0.name == name }?.chart)
        try Self.check(chart, name: name)
    }

    /// The chart at 1× against `Golden/<name>.png` (re-recorded with LOUPE_REGENERATE_GOLDENS=1).
    static func check(_ chart: any Chart, name: String) throws {
        let fonts = try FontBook.system()
        let pixmap = Rasterizer(fonts: fonts).render(chart.scene(measurer: fonts), scale: 1)
        let png = PNGEncoder.encode(pixmap)
        let file = Artifacts.golden.appendingPathComponent("\(name).png")
        if Artifacts.regenerating {
            try Data(png).write(to: file)
            Issue.record("re-recorded golden \(file.lastPathComponent); run again without LOUPE_REGENERATE_GOLDENS")
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            Issue.record("missing golden \(file.path); record it with LOUPE_REGENERATE_GOLDENS=1")
            return
        }
        let golden = try #require(DecodedImage.decode([UInt8](data)), "golden \(name).png does not decode")
        let comparison = ImageComparison(DecodedImage(pixmap), golden, tolerance: tolerance)
        if comparison.fraction > maxFraction {
            Artifacts.recordFailure("golden-\(name)", actual: png, comparison: comparison, width: pixmap.width, height: pixmap.height)
        }
        #expect(comparison.fraction <= maxFraction,
                "\(name): \(comparison.differing) of \(comparison.total) pixels differ from the golden")
    }
}
