import Graphics

/// A `BarChart` as one layer: a band per label, bars grouped side by side or stacked, the value
/// axis from zero, a zero line over bars that go below it.
extension BarChart: LayeredChart {
    public var layers: [ChartLayer] {
        let bars = self.bars
        let lo = bars.map { Swift.min($0.from, $0.to) }.min() ?? 0
        let hi = bars.map { Swift.max($0.from, $0.to) }.max() ?? 1
        let value = ChartLayer.Extent.linear(lo: lo, hi: hi, includeZero: true, margin: AxisDomain.barMargin)
        let legend = series.count > 1
        return [ChartLayer(kind: "BarChart", x: horizontal ? value : .bands(labels), y: horizontal ? .bands(labels) : value,
                           series: series.map { ChartLayer.Series($0.name, mark: .box, legendAlone: legend) },
                           dropped: droppedCount, verticalGrid: horizontal, horizontalGrid: !horizontal,
                           draw: { marks($0, bars: bars, below: lo < 0) },
                           text: { plot in
                               for bar in bars {
                                   let at = TextPlot.band(bar.category, vertical: horizontal)
                                   if horizontal {
                                       plot.box(x0: bar.from, y0: at - 0.35, x1: bar.to, y1: at + 0.35)
                                   } else {
                                       plot.box(x0: at - 0.35, y0: bar.from, x1: at + 0.35, y1: bar.to)
                                   }
                               }
                           })]
    }

    private func marks(_ context: ChartLayer.Context, bars: [(series: Int, category: Int, from: Double, to: Double)],
                       below: Bool) -> PlotCanvas.Marks {
        let frame = context.frame.frame
        let theme = context.theme
        let groups = stacked ? 1 : series.count
        var marks = PlotCanvas.Marks()
        var rects = [[(Rect, String)]](repeating: [], count: series.count)
        let band = (horizontal ? frame.y.scale.band : frame.x.scale.band) ?? BandScale(count: 1, range: (0, 1))
        let slot = abs(band.bandwidth) / Double(groups)
        for bar in bars {
            let offset = band.start(bar.category) + (stacked ? 0 : slot * Double(bar.series))
            let r: Rect
            if horizontal {
                let x0 = frame.px(Swift.min(bar.from, bar.to)), x1 = frame.px(Swift.max(bar.from, bar.to))
                r = Rect(x: x0, y: frame.plot.minY + offset, width: x1 - x0, height: slot)
            } else {
                let y0 = frame.py(Swift.max(bar.from, bar.to)), y1 = frame.py(Swift.min(bar.from, bar.to))
                r = Rect(x: frame.plot.minX + offset, y: y0, width: slot, height: y1 - y0)
            }
            rects[bar.series].append((r, barTitle(bar.series, bar.category)))
            marks.footprint.append(r)
        }
        if below {
            let zero = CartesianFrame.crisp(horizontal ? frame.px(0) : frame.py(0))
            let line = horizontal
                ? PathKit.line(Point(zero, frame.plot.minY), Point(zero, frame.plot.maxY))
                : PathKit.line(Point(frame.plot.minX, zero), Point(frame.plot.maxX, zero))
            marks.over.append(.shape(Shape(line, stroke: .solid(theme.axis), strokeStyle: StrokeStyle(width: 1))))
        }
        for (s, list) in rects.enumerated() where !list.isEmpty {
            let separator: Paint? = stacked || groups > 1 ? .solid(theme.separator) : nil
            marks.under += TitledMarks.shapes(list.map { (PathKit.rect($0.0), $0.1) }, fill: .solid(context.colors[s]),
                                              stroke: separator, strokeStyle: StrokeStyle(width: 1))
        }
        return marks
    }
}
