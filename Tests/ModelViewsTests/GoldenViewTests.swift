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
    static var names: [String] { (try? ViewGallery.all().map(\.name)) ?? [] }

    /// The parameterised tests take their cases from the gallery; this one fails loudly if it cannot be built.
    @Test func galleryBuildsEveryView() throws {
        let names = try ViewGallery.all().map(\.name)
        #expect(names.count == 12 && Set(names).count == names.count)
    }

    @Test(arguments: GoldenViewTests.names)
    func matchesGolden(_ name: String) throws {
        let chart = try #require(try ViewGallery.all().first { $0.name == name }?.chart)
        try GoldenImage.check(chart, name: name)
    }
}
