import Foundation
import Graphics
import Testing
@testable import Charts

/// Timings of big charts (scene, SVG, PNG at 2×), printed when LOUPE_PERF=1.
@Suite struct PerformanceProbe {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["LOUPE_PERF"] == "1"))
    func timeBigCharts() throws {
        let fonts = try FontBook.system()
        let big = Gallery.normal(1_000_000, seed: 1)
        let cases: [(String, () throws -> any Chart)] = [
            ("histogram 1e6 values, 50 bins", { try Histogram(big, bins: .count(50), title: "Standard normal", xLabel: "value") }),
            ("histogram 1e6 values, auto bins", { try Histogram(big, bins: .auto) }),
            ("line 1e6 points", { try LinePlot(big, title: "noise") }),
            ("scatter 1e5 points", { try ScatterPlot(x: Array(big.prefix(100_000)), y: Array(big.suffix(100_000))) }),
            ("bar 20 categories", { try BarChart(labels: (0..<20).map { String(format: "c%02d", $0) }, values: (0..<20).map { Double($0 * 7 % 13) + 1 }) }),
            ("pie 6 slices", { try PieChart(labels: ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"], values: [23, 17, 35, 9, 11, 5]) }),
        ]
        for (name, make) in cases {
            let t0 = Date()
            let chart = try make()
            let t1 = Date()
            let scene = chart.scene(measurer: fonts)
            let t2 = Date()
            let svg = SVGWriter.write(scene)
            let t3 = Date()
            let png = PNGEncoder.encode(Rasterizer(fonts: fonts).render(scene, scale: 2))
            let t4 = Date()
            let ms = { (a: Date, b: Date) in String(format: "%.1f", b.timeIntervalSince(a) * 1000) }
            print("PERF \(name): init \(ms(t0, t1)) ms, scene \(ms(t1, t2)) ms, svg \(ms(t2, t3)) ms (\(svg.utf8.count) B), png2x \(ms(t3, t4)) ms (\(png.count) B)")
        }
    }
}
