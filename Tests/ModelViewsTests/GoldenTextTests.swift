import Charts
import Foundation
import Testing
@testable import ModelViews

/// The text/plain form of each view against a recorded file (regenerated
/// with LOUPE_REGENERATE_GOLDENS=1, failing once), and never wider than
/// 80 columns, as `jupyter console` shows it.
@Suite struct GoldenTextTests {
    @Test(arguments: GoldenViewTests.names)
    func matchesGolden(_ name: String) throws {
        let chart = try #require(try ViewGallery.all().first { $0.name == name }?.chart)
        let text = chart.text(columns: 80)
        let file = Artifacts.golden.appendingPathComponent("\(name).txt")
        if Artifacts.regenerating {
            try text.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("re-recorded golden \(file.lastPathComponent); run again without LOUPE_REGENERATE_GOLDENS")
            return
        }
        let golden = try #require(try? String(contentsOf: file, encoding: .utf8), "missing golden \(file.path)")
        #expect(text == golden)
    }

    @Test(arguments: GoldenViewTests.names)
    func fitsEightyColumns(_ name: String) throws {
        let chart = try #require(try ViewGallery.all().first { $0.name == name }?.chart)
        for width in [80, 60] {
            for line in chart.text(columns: width).split(separator: "\n") {
                #expect(line.count <= width, "\(name) at \(width) columns: \(line.count) characters in «\(line)»")
            }
        }
    }
}
