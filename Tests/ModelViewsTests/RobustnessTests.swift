import Charts
import Graphics
import Testing
@testable import ModelViews

/// Extreme sizes and widths draw something (or nothing) without trapping.
@Suite struct RobustnessTests {
    @Test(arguments: GoldenViewTests.names)
    func extremeSizesAndWidthsDoNotTrap(_ name: String) throws {
        let chart = try #require(try ViewGallery.all().first { $0.name == name }?.chart)
        let fonts = try FontBook.system()
        for (width, height) in [(80.0, 80.0), (4096.0, 120.0), (120.0, 2000.0)] {
            let scene = chart.size(width: width, height: height).scene(measurer: fonts)
            #expect(scene.width == width && scene.height == height)
            _ = SVGWriter.write(scene)
        }
        for columns in [1, 20, 500] {
            #expect(!chart.text(columns: columns).isEmpty)
        }
    }
}
