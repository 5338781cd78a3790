import Graphics

/// Draws a `Heatmap`: cells in a band × band frame, optional annotations,
/// and a colour bar (a linear gradient with its own ticks) on the right.
struct HeatmapLayout {
    let chart: Heatmap
    let size: Size
    let measurer: any TextMeasurer

    static let barWidth = 14.0
    static let barGap = 16.0

    func nodes() -> [Node] {
        let theme = chart.options.theme.theme
        let tick = TextStyle(size: theme.tickSize, color: theme.mutedText)
        let barTicks = Ticks.values(chart.range.lo, chart.range.hi, count: 5)
        let barLabels = NumberFormat.tickLabels(barTicks, step: Ticks.step(chart.range.lo, chart.range.hi, count: 5))
        let labelWidth = barLabels.map { tick.metrics($0, measurer).width }.max() ?? 0
        var spec = CartesianSpec(x: .band(chart.xLabels, padding: 0), y: .band(chart.yLabels, padding: 0))
        spec.horizontalGrid = false; spec.verticalGrid = false; spec.spines = false
        spec.extraRight = Self.barGap + Self.barWidth + AxisLayout.tickLength + AxisLayout.labelGap + labelWidth
        spec.note = chart.droppedCount > 0 ? ChartMessages.nonFiniteNote(chart.droppedCount) : nil
        return CartesianRenderer.render(spec: spec, options: chart.options, size: size, measurer: measurer) { frame in
            var layer = MarkLayer()
            guard let xb = frame.x.scale.band, let yb = frame.y.scale.band else { return layer }
            let w = abs(xb.bandwidth), h = abs(yb.bandwidth)
            let annotation = TextStyle(size: Swift.min(theme.tickSize, Swift.max(8, h * 0.45)), color: theme.text)
            let texts = NumberFormat.annotations(chart.matrix.flatMap { $0 })
            let columns = chart.xLabels.count
            for (r, row) in chart.matrix.enumerated() {
                let y0 = (frame.plot.minY + yb.start(r)).rounded(), y1 = (frame.plot.minY + yb.start(r + 1)).rounded()
                for (c, v) in row.enumerated() {
                    let x0 = (frame.plot.minX + xb.start(c)).rounded(), x1 = (frame.plot.minX + xb.start(c + 1)).rounded()
                    let rect = Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
                    let color = v.isFinite ? chart.colormap.color(at: chart.fraction(v)) : theme.grid
                    layer.nodes.append(.shape(Shape(PathKit.rect(rect), fill: .solid(color))))
                    guard chart.annotate, v.isFinite else { continue }
                    let text = texts[r * columns + c]
                    let m = annotation.metrics(text, measurer)
                    guard m.width + 4 <= w, m.height <= h else { continue }
                    var style = annotation; style.color = color.contrastingText
                    layer.overlay.append(style.run(text, x: rect.center.x, centerY: rect.center.y, anchor: .middle, measurer: measurer))
                }
            }
            layer.overlay += colorBar(frame: frame, ticks: barTicks, labels: barLabels, style: tick, theme: theme)
            return layer
        }
    }

    private func colorBar(frame: CartesianFrame, ticks: [Double], labels: [String], style: TextStyle, theme: Theme) -> [Node] {
        let bar = Rect(x: frame.plot.maxX + Self.barGap, y: frame.plot.minY, width: Self.barWidth, height: frame.plot.height)
        let gradient = LinearGradient(start: Point(bar.minX, bar.maxY), end: Point(bar.minX, bar.minY),
                                      stops: chart.colormap.stops())
        var nodes: [Node] = [.shape(Shape(PathKit.rect(bar), fill: .linearGradient(gradient)))]
        let scale = LinearScale(domain: (chart.range.lo, chart.range.hi), range: (bar.maxY, bar.minY))
        var marks = Path()
        for (value, label) in zip(ticks, labels) {
            let y = scale(value)
            marks.move(to: Point(bar.maxX, y)); marks.line(to: Point(bar.maxX + AxisLayout.tickLength, y))
            nodes.append(style.run(label, x: bar.maxX + AxisLayout.tickLength + AxisLayout.labelGap, centerY: y,
                                   anchor: .start, measurer: measurer))
        }
        nodes.append(.shape(Shape(marks, stroke: .solid(theme.axis), strokeStyle: StrokeStyle(width: 1))))
        return nodes
    }
}
