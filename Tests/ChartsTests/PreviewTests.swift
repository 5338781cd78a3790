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

/// The peer benchmark's charts (mpl_bench.py) at 800 × 500, for a side-by-side look.
@Suite struct AnchorPreviewTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["LOUPE_PREVIEW_DIR"] != nil))
    func writeAnchorCharts() throws {
        let dir = ProcessInfo.processInfo.environment["LOUPE_PREVIEW_DIR"] ?? "/tmp"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let fonts = try FontBook.system()
        let charts: [(String, any Chart)] = [
            ("anchor-hist", try Histogram(Gallery.normal(1_000_000, seed: 12345), bins: .count(50),
                                          title: "Standard normal, n=1,000,000", xLabel: "value", yLabel: "count",
                                          width: 800, height: 500)),
            ("anchor-pie", try PieChart(labels: ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"], values: [23, 17, 35, 9, 11, 5],
                                        title: "Pie, 6 categories", width: 800, height: 500)),
            ("anchor-bar", try BarChart(labels: (0..<20).map { "c" + ($0 < 10 ? "0" : "") + String($0) },
                                        values: (0..<20).map { Double(($0 * 37) % 97) + 3 }, title: "Bar, 20 categories",
                                        width: 800, height: 500)),
        ]
        for (name, chart) in charts {
            try Data(chart.png(fonts: fonts, scale: 1)).write(to: URL(fileURLWithPath: "\(dir)/\(name).png"))
        }
    }
}
