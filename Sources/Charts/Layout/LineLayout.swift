import Graphics

/// A `LinePlot` as one layer: one 2-px line per series, the raw line faded under a smoothed one,
/// and dots when there are few points. The x axis spans the data (with room for the dots when
/// there are some), the y axis with room for the line ends.
extension LinePlot: LayeredChart {
    public var layers: [ChartLayer] {
        let drawn = drawnSeries
        let xExtent = DataCheck.extent([x]) ?? (0, 1)
        let yExtent = DataCheck.extent(series.map(\.values) + drawn) ?? (0, 1)
        let y: ChartLayer.Extent = yScale == .log
            ? .log(lo: yExtent.lo, hi: yExtent.hi, margin: AxisDomain.pointMargin) : .padded(yExtent.lo, yExtent.hi)
        let legend = series.count > 1
        let xMargin = x.count <= 25 ? AxisDomain.pointMargin : 0
        return [ChartLayer(kind: "LinePlot", x: .linear(lo: xExtent.lo, hi: xExtent.hi, margin: xMargin), y: y,
                           series: series.map { ChartLayer.Series($0.name, mark: .line, legendAlone: legend) },
                           dropped: droppedCount, draw: { marks($0, drawn: drawn) },
                           text: { plot in for values in drawn { plot.line(x: x, y: values) } })]
    }

    private func marks(_ context: ChartLayer.Context, drawn: [[Double]]) -> PlotCanvas.Marks {
        let frame = context.frame
        var marks = PlotCanvas.Marks()
        let dots = x.count <= 25
        for (s, values) in drawn.enumerated() {
            let color = context.colors[s]
            let points = Decimation.m4(zip(x, values).map { x, y in
                x.isFinite && y.isFinite ? Point(frame.px(x), frame.py(y)) : Point(.nan, .nan)
            }, columns: frame.plot.width)
            if smoothing > 0 {
                let raw = Decimation.m4(zip(x, series[s].values).map { x, y in
                    x.isFinite && y.isFinite ? Point(frame.px(x), frame.py(y)) : Point(.nan, .nan)
                }, columns: frame.plot.width)
                marks.under.append(.shape(Shape(PathKit.polyline(raw), stroke: .solid(color.withAlpha(0.25)),
                                                strokeStyle: StrokeStyle(width: 1.5, join: .round))))
                marks.footprint += Footprint.polyline(raw)
            }
            let name = series[s].name.isEmpty ? "" : "\(series[s].name): "
            marks.under.append(.shape(Shape(PathKit.polyline(points), stroke: .solid(color),
                                            strokeStyle: StrokeStyle(width: 2, cap: .round, join: .round),
                                            title: "\(name)\(SummaryText.count(values.count, "point")), y from \(SummaryText.range(of: values))")))
            marks.footprint += Footprint.polyline(points)
            if dots {
                let circles = zip(x, values).filter { $0.0.isFinite && $0.1.isFinite }.map { x, y in
                    (path: PathKit.circle(Point(frame.px(x), frame.py(y)), radius: 3),
                     title: "\(name)x \(NumberFormat.short(x)), y \(NumberFormat.short(y))")
                }
                marks.under += TitledMarks.shapes(circles, fill: .solid(color))
            }
        }
        return marks
    }
}
