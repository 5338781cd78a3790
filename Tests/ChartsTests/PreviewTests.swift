import Foundation
import Testing
@testable import Charts

/// Writes every gallery chart as SVG and text under $LOUPE_PREVIEW_DIR, for looking at.
@Suite struct PreviewTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["LOUPE_PREVIEW_DIR"] != nil))
    func writePreviews() throws {
        let dir = ProcessInfo.processInfo.environment["LOUPE_PREVIEW_DIR"] ?? "/tmp"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (name, chart) in try Gallery.all() {
            let scene = chart.scene(measurer: FixedMeasurer())
            try PreviewSVG.write(scene).write(toFile: "\(dir)/\(name).svg", atomically: true, encoding: .utf8)
            try chart.text().write(toFile: "\(dir)/\(name).txt", atomically: true, encoding: .utf8)
        }
    }
}
