import RenderTestSupport
import Testing
import Foundation
@testable import Graphics

/// Loupe's own renders of the test scenes against recorded PNGs. Re-record with
/// `LOUPE_REGENERATE_GOLDENS=1 swift test --filter GoldenImageTests`; a re-recorded
/// golden fails once so it cannot pass unseen. Failures leave actual and diff images
/// in Tests/GraphicsTests/Failures/.
@Suite struct GoldenImageTests {
    static let tolerance = 4
    static let maxFraction = 0.002

    @Test(arguments: TestScenes.all.map(\.name))
    func matchesGolden(_ name: String) throws {
        let scene = try #require(TestScenes.all.first { $0.name == name }?.scene)
        let pixmap = Rasterizer(fonts: try FontBook.system()).render(scene, scale: 1)
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
        let actual = DecodedImage(pixmap)
        let comparison = ImageComparison(actual, golden, tolerance: Self.tolerance)
        if comparison.fraction > Self.maxFraction {
            Artifacts.recordFailure("golden-\(name)", actual: png, expected: golden, actual: actual, comparison: comparison)
        }
        #expect(comparison.fraction <= Self.maxFraction,
                "\(name): \(comparison.differing) of \(comparison.total) pixels differ from the golden")
    }
}
