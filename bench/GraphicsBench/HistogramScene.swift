import Foundation
import Graphics

/// Builds the benchmark's histogram scene the way matplotlib lays out
/// `ax.bar(...)` with a title and axis labels at 8×5 in, 100 dpi.
struct HistogramScene {
    let counts: [Int]
    let lower: Double
    let upper: Double
    let fonts: FontBook

    /// Axes box as matplotlib's default subplot parameters place it (left .125, right .9, bottom .11, top .88).
    static let plot = Rect(x: 100, y: 60, width: 620, height: 385)

    func scene() -> Scene {
        var nodes: [Node] = []
        let plot = Self.plot
        let maxCount = Double(counts.max() ?? 1)
        let xPad = (upper - lower) * 0.05, yTop = maxCount * 1.05
        let x0 = lower - xPad, x1 = upper + xPad
        func sx(_ v: Double) -> Double { plot.minX + (v - x0) / (x1 - x0) * plot.width }
        func sy(_ v: Double) -> Double { plot.maxY - v / yTop * plot.height }
        let width = (upper - lower) / Double(counts.count)
        var bars: [Node] = []
        for (i, c) in counts.enumerated() {
            let left = sx(lower + Double(i) * width), right = sx(lower + Double(i + 1) * width)
            bars.append(.shape(Shape(.rect(Rect(x: left, y: sy(Double(c)), width: right - left, height: sy(0) - sy(Double(c)))),
                                     fill: .solid(Color(hex: 0x4C72B0)), stroke: .solid(.white),
                                     strokeStyle: StrokeStyle(width: 0.5))))
        }
        nodes.append(.group(Group(bars, clip: plot)))
        nodes.append(.shape(Shape(.rect(plot), stroke: .solid(.black), strokeStyle: StrokeStyle(width: 0.8, join: .miter))))
        var ticks = Path()
        for v in Self.niceTicks(x0, x1) {
            let x = sx(v)
            ticks.move(to: Point(x, plot.maxY)); ticks.line(to: Point(x, plot.maxY + 3.5))
            nodes.append(.text(TextRun(Self.label(v), at: Point(x, plot.maxY + 5.5), size: 10, anchor: .middle, baseline: .hanging)))
        }
        for v in Self.niceTicks(0, yTop) {
            let y = sy(v)
            ticks.move(to: Point(plot.minX, y)); ticks.line(to: Point(plot.minX - 3.5, y))
            nodes.append(.text(TextRun(Self.label(v), at: Point(plot.minX - 5.5, y), size: 10, anchor: .end, baseline: .middle)))
        }
        nodes.append(.shape(Shape(ticks, stroke: .solid(.black), strokeStyle: StrokeStyle(width: 0.8))))
        nodes.append(.text(TextRun("Standard normal, n=1,000,000", at: Point(plot.center.x, plot.minY - 8), size: 12, anchor: .middle)))
        nodes.append(.text(TextRun("value", at: Point(plot.center.x, plot.maxY + 34), size: 10, anchor: .middle)))
        nodes.append(.text(TextRun("count", at: Point(plot.minX - 62, plot.center.y), size: 10, anchor: .middle, rotation: -90)))
        return Scene(width: 800, height: 500, background: .white, nodes: nodes)
    }

    /// Steps of 1, 2 or 5 × 10^k giving about six ticks inside [a, b].
    static func niceTicks(_ a: Double, _ b: Double) -> [Double] {
        let raw = (b - a) / 6
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        let first = Int((a / step).rounded(.up)), last = Int((b / step).rounded(.down))
        guard first <= last else { return [] }
        return (first...last).map { Double($0) * step }
    }

    static func label(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(format: "%.1f", v)
    }
}
