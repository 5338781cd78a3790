import Graphics

/// What a chart draws inside its frame: nodes under the axes, nodes over
/// them, and the boxes its marks occupy (so the legend can avoid them).
struct MarkLayer {
    var nodes: [Node] = []
    var overlay: [Node] = []
    var footprint: [Rect] = []
}

/// Parse → layout → assemble for every chart with x and y axes: lays out the
/// frame, asks the chart for its marks, places the legend where it hides no
/// marks (else outside right, re-laying out), and stacks the layers. With
/// `footprint` (the marks' boxes without drawing them) the legend is placed first
/// and the marks are drawn once, in the final frame.
enum CartesianRenderer {
    static func render(spec: CartesianSpec, options: ChartOptions, size: Size, measurer: any TextMeasurer,
                       footprint: ((CartesianFrame) -> [Rect])? = nil,
                       marks: (CartesianFrame) -> MarkLayer) -> [Node] {
        let theme = options.theme.theme
        let tick = TextStyle(size: theme.tickSize, color: theme.mutedText)
        var spec = spec
        if let bar = spec.colorBar { spec.extraRight += bar.reach(style: tick, measurer: measurer) }
        var frame = CartesianFrame(spec: spec, options: options, size: size, theme: theme,
                                   measurer: measurer, legendOutside: nil)
        var layer: MarkLayer?
        var legendNodes: [Node] = []
        if !spec.legend.isEmpty {
            let legend = LegendBlock(entries: spec.legend, theme: theme, measurer: measurer)
            let boxes: [Rect]
            if let footprint { boxes = footprint(frame) } else {
                let drawn = marks(frame)
                layer = drawn
                boxes = drawn.footprint
            }
            if let corner = LegendPlacement.inside(plot: frame.plot, legend: legend.size, footprint: boxes) {
                legendNodes = legend.nodes(at: corner, framed: true, theme: theme, measurer: measurer)
            } else {
                frame = CartesianFrame(spec: spec, options: options, size: size, theme: theme,
                                       measurer: measurer, legendOutside: legend)
                layer = nil
                let origin = Point(frame.plot.maxX + spec.extraRight + 12, frame.plot.minY)
                legendNodes = legend.nodes(at: origin, framed: false, theme: theme, measurer: measurer)
            }
        }
        let drawn = layer ?? marks(frame)
        let barNodes = spec.colorBar?.nodes(beside: frame.plot, style: tick, theme: theme, measurer: measurer) ?? []
        return frame.gridNodes(spec: spec, theme: theme) + drawn.nodes
            + frame.axisNodes(spec: spec, options: options, theme: theme, measurer: measurer)
            + drawn.overlay + barNodes + legendNodes
    }
}

/// Footprints of common marks, in pixels.
enum Footprint {
    /// Small boxes along a polyline, at most `step` pixels long each.
    static func polyline(_ points: [Point], step: Double = 6) -> [Rect] {
        var boxes: [Rect] = []
        for (a, b) in zip(points, points.dropFirst()) where a.x.isFinite && a.y.isFinite && b.x.isFinite && b.y.isFinite {
            let length = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
            let pieces = Swift.max(1, Swift.min(500, Int(safe: (length / step).rounded(.up))))
            for i in 0..<pieces {
                let t0 = Double(i) / Double(pieces), t1 = Double(i + 1) / Double(pieces)
                let p = Point(a.x + (b.x - a.x) * t0, a.y + (b.y - a.y) * t0)
                let q = Point(a.x + (b.x - a.x) * t1, a.y + (b.y - a.y) * t1)
                boxes.append(Rect(x: Swift.min(p.x, q.x) - 1, y: Swift.min(p.y, q.y) - 1,
                                  width: abs(q.x - p.x) + 2, height: abs(q.y - p.y) + 2))
            }
        }
        return boxes
    }

    static func dot(_ p: Point, radius: Double) -> Rect {
        Rect(x: p.x - radius, y: p.y - radius, width: 2 * radius, height: 2 * radius)
    }
}
