import Foundation
import Graphics

/// Frames shaped like the model views' decision boundary, for timing the PNG
/// encoder on them: 640×400 scenes meant to be rendered at 2× (1280×800).
enum FieldScenes {
    static let plot = Rect(x: 60, y: 30, width: 480, height: 330)
    static let palette: [(Double, Double, Double)] = [(0.30, 0.45, 0.69), (0.87, 0.52, 0.32), (0.33, 0.66, 0.41)]

    /// Quantised class-confidence cells (4 px, 6 levels per class) merged into runs, and 3 000 dots on top.
    static func boundary(_ noise: [Double]) -> Scene {
        var nodes: [Node] = []
        let cell = 4.0
        let columns = Int(plot.width / cell), rows = Int(plot.height / cell)
        for r in 0..<rows {
            var c = 0
            while c < columns {
                let key = bucket(c, r, columns, rows)
                var end = c + 1
                while end < columns && bucket(end, r, columns, rows) == key { end += 1 }
                let (k, level) = (key / 6, key % 6)
                let t = 0.15 + 0.1 * Double(level), p = palette[k]
                let fill = color(1 - t + t * p.0, 1 - t + t * p.1, 1 - t + t * p.2)
                let rect = Rect(x: plot.minX + Double(c) * cell, y: plot.minY + Double(r) * cell,
                                width: Double(end - c) * cell, height: cell)
                nodes.append(.shape(Shape(.rect(rect), fill: .solid(fill))))
                c = end
            }
        }
        for i in 0..<3000 {
            let angle = Double(i % 1000) / 1000 * 4 * Double.pi + Double(i / 1000) * 2.09
            let radius = Double(i % 1000) / 1000 * 150
            let center = Point(plot.center.x + radius * cos(angle) + noise[i] * 6, plot.center.y + radius * sin(angle) + noise[i + 3000] * 6)
            let p = palette[i / 1000]
            nodes.append(.shape(Shape(.circle(center: center, radius: 2), fill: .solid(color(p.0, p.1, p.2)),
                                      stroke: .solid(.white), strokeStyle: StrokeStyle(width: 0.4))))
        }
        nodes.append(.shape(Shape(.rect(plot), stroke: .solid(.black), strokeStyle: StrokeStyle(width: 0.8))))
        return Scene(width: 640, height: 400, background: .white, nodes: nodes)
    }

    static func color(_ r: Double, _ g: Double, _ b: Double, alpha: Double = 1) -> Color {
        Color(r: UInt8((r * 255).rounded()), g: UInt8((g * 255).rounded()), b: UInt8((b * 255).rounded()), alpha: alpha)
    }

    /// A spiral-like three-class field: the class with the largest score, and its confidence level.
    static func bucket(_ c: Int, _ r: Int, _ columns: Int, _ rows: Int) -> Int {
        let x = Double(c) / Double(columns) * 2 - 1, y = Double(r) / Double(rows) * 2 - 1
        let angle = atan2(y, x), radius = (x * x + y * y).squareRoot()
        let scores = (0..<3).map { k in cos(angle - 4 * radius - Double(k) * 2.09) }
        let best = scores.indices.max { scores[$0] < scores[$1] } ?? 0
        return best * 6 + Swift.min(5, Int((scores[best] + 1) * 3))
    }

    /// A truly smooth colour field: two crossing translucent gradients over the plot (the worst case for run coding).
    static func soft() -> Scene {
        let stops = { (a: Color, b: Color) in [LinearGradient.Stop(offset: 0, color: a), LinearGradient.Stop(offset: 1, color: b)] }
        let across = LinearGradient(start: Point(plot.minX, plot.minY), end: Point(plot.maxX, plot.minY),
                                    stops: stops(color(0.30, 0.45, 0.69), color(0.87, 0.52, 0.32)))
        let down = LinearGradient(start: Point(plot.minX, plot.minY), end: Point(plot.minX, plot.maxY),
                                  stops: stops(color(0.33, 0.66, 0.41, alpha: 0.6), color(1, 1, 1, alpha: 0.1)))
        return Scene(width: 640, height: 400, background: .white, nodes: [
            .shape(Shape(.rect(plot), fill: .linearGradient(across))),
            .shape(Shape(.rect(plot), fill: .linearGradient(down))),
        ])
    }
}
