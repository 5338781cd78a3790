import Foundation
import Graphics
import Testing
@testable import Charts

/// Writes every gallery chart as SVG, PNG (2×) and text under $LOUPE_PREVIEW_DIR, for looking at.
@Suite struct PreviewTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["LOUPE_PREVIEW_DIR"] != nil))
    func writePreviews() throws {
        let dir = ProcessInfo.processInfo.environment["LOUPE_PREVIEW_DIR"] ?? "/tmp"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let fonts = try FontBook.system()
        for (name, chart) in try Gallery.all() {
            let scene = chart.scene(measurer: fonts)
            try SVGWriter.write(scene).write(toFile: "\(dir)/\(name).svg", atomically: true, encoding: .utf8)
            try Data(PNGEncoder.encode(Rasterizer(fonts: fonts).render(scene, scale: 2))).write(to: URL(fileURLWithPath: "\(dir)/\(name).png"))
            try chart.text().write(toFile: "\(dir)/\(name).txt", atomically: true, encoding: .utf8)
        }
    }
}
