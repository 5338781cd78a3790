import Charts
import Graphics
import Foundation
import Testing
@testable import ModelViews

/// The text/plain form and the SVG of each view against recorded files
/// (regenerated with LOUPE_REGENERATE_GOLDENS=1, failing once); text never
/// wider than 80 columns, as `jupyter console` shows it.
@Suite struct GoldenTextTests {
    @Test(arguments: GoldenViewTests.names)
    func matchesGolden(_ name: String) throws {
        let chart = try #require(try ViewGallery.all().first { $0.name == name }?.chart)
        try Self.check(chart.text(columns: 80), against: "\(name).txt")
    }

    @Test(arguments: GoldenViewTests.names)
    func svgMatchesGolden(_ name: String) throws {
        let chart = try #require(try ViewGallery.all().first { $0.name == name }?.chart)
        try Self.check(SVGWriter.write(chart.scene(measurer: try FontBook.system())), against: "\(name).svg")
    }

    static func check(_ text: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = Artifacts.golden.appendingPathComponent(name)
        if Artifacts.regenerating {
            try text.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("re-recorded golden \(name); run again without LOUPE_REGENERATE_GOLDENS", sourceLocation: sourceLocation)
            return
        }
        guard let golden = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("missing golden \(file.path); record it with LOUPE_REGENERATE_GOLDENS=1", sourceLocation: sourceLocation)
            return
        }
        if text != golden {
            try? FileManager.default.createDirectory(at: Artifacts.failures, withIntermediateDirectories: true)
            try? text.write(to: Artifacts.failures.appendingPathComponent("actual-" + name), atomically: true, encoding: .utf8)
        }
        #expect(text == golden, "\(name) differs from its golden (actual written under Failures/)", sourceLocation: sourceLocation)
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
