import Graphics

/// Draws a `LinePlot` in a cartesian frame: one 2-px line per series, the
/// raw line faded under a smoothed one, and dots when there are few points.
struct LineLayout {
    let chart: LinePlot
    let size: Size
    let measurer: any TextMeasurer

    func nodes() -> [Node] {
        let theme = chart.options.theme.theme
        let drawn = chart.drawnSeries
        let all = chart.series.map(\.values) + drawn
        let xExtent = DataCheck.extent([chart.x]) ?? (0, 1)
        let yExtent = DataCheck.extent(all) ?? (0, 1)
        let yAxis: AxisSpec = chart.yScale == .log
            ? .log(lo: yExtent.lo, hi: yExtent.hi, margin: AxisDomain.pointMargin)
            : .padded(yExtent.lo, yExtent.hi)
        let dots = chart.x.count <= 25
        let xMargin = dots ? AxisDomain.pointMargin : 0
        var spec = CartesianSpec(x: .linear(lo: xExtent.lo, hi: xExtent.hi, includeZero: false, margin: xMargin), y: yAxis)
        spec.note = chart.droppedCount > 0 ? ChartMessages.nonFiniteNote(chart.droppedCount) : nil
        if chart.series.count > 1 {
            spec.legend = chart.series.indices.map { LegendEntry(name: chart.series[$0].name, color: theme.color($0), mark: .line) }
        }
        return CartesianRenderer.render(spec: spec, options: chart.options, size: size, measurer: measurer) { frame in
            var layer = MarkLayer()
            for (s, values) in drawn.enumerated() {
                let color = theme.color(s)
                let points = Decimation.m4(zip(chart.x, values).map { x, y in
                    x.isFinite && y.isFinite ? Point(frame.px(x), frame.py(y)) : Point(.nan, .nan)
                }, columns: frame.plot.width)
                if chart.smoothing > 0 {
                    let raw = Decimation.m4(zip(chart.x, chart.series[s].values).map { x, y in
                        x.isFinite && y.isFinite ? Point(frame.px(x), frame.py(y)) : Point(.nan, .nan)
                    }, columns: frame.plot.width)
                    layer.nodes.append(.shape(Shape(PathKit.polyline(raw), stroke: .solid(color.withAlpha(0.25)),
                                                    strokeStyle: StrokeStyle(width: 1.5, join: .round))))
                    layer.footprint += Footprint.polyline(raw)
                }
                let name = chart.series[s].name.isEmpty ? "" : "\(chart.series[s].name): "
                layer.nodes.append(.shape(Shape(PathKit.polyline(points), stroke: .solid(color),
                                                strokeStyle: StrokeStyle(width: 2, cap: .round, join: .round),
                                                title: "\(name)\(SummaryText.count(values.count, "point")), y from \(SummaryText.range(of: values))")))
                layer.footprint += Footprint.polyline(points)
                if dots {
                    let marks = zip(chart.x, values).filter { $0.0.isFinite && $0.1.isFinite }.map { x, y in
                        (path: PathKit.circle(Point(frame.px(x), frame.py(y)), radius: 3),
                         title: "\(name)x \(NumberFormat.short(x)), y \(NumberFormat.short(y))")
                    }
                    layer.nodes += TitledMarks.shapes(marks, fill: .solid(color))
                }
            }
            return layer
        }
    }
}
