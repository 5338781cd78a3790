import Graphics

/// A `Histogram` as one layer: a bar per bin from zero, overlaid series translucent; the x axis
/// spans the bin edges exactly, the y axis starts at zero.
extension Histogram: LayeredChart {
    public var layers: [ChartLayer] {
        let top = heights.flatMap { $0 }.max() ?? 1
        let legend = isOverlay
        return [ChartLayer(kind: "Histogram", x: .linear(lo: edges.first ?? 0, hi: edges.last ?? 1, margin: AxisDomain.barMargin,
                                                            integer: wholeNumberBins),
                           y: .linear(lo: 0, hi: top, includeZero: true, margin: AxisDomain.barMargin, integer: !density),
                           series: seriesNames.map { ChartLayer.Series($0, mark: .box, legendAlone: legend,
                                                                       alpha: legend ? Self.overlayAlpha : 1) },
                           dropped: droppedCount, notes: outliers.note(extent: extent).map { [$0] } ?? [], verticalGrid: false, defaultYLabel: density ? "density" : "count",
                           draw: marks, text: { plot in
                               for values in heights {
                                   for (i, h) in values.enumerated() where h > 0 {
                                       plot.box(x0: edges[i], y0: 0, x1: edges[i + 1], y1: h)
                                   }
                               }
                           })]
    }

    private func marks(_ context: ChartLayer.Context) -> PlotCanvas.Marks {
        let frame = context.frame
        var marks = PlotCanvas.Marks()
        for (s, values) in heights.enumerated() {
            var bars: [(path: Path, title: String)] = []
            for (i, h) in values.enumerated() where h > 0 {
                let x0 = frame.px(edges[i]), x1 = frame.px(edges[i + 1])
                let y0 = frame.py(0), y1 = Swift.min(frame.py(h), y0 - Self.minimumBarHeight)
                let gap = x1 - x0 > 4 ? 0.5 : 0
                let r = Rect(x: x0 + gap, y: y1, width: Swift.max(0.5, x1 - x0 - 2 * gap), height: y0 - y1)
                bars.append((PathKit.rect(r), binTitle(s, i)))
                marks.footprint.append(r)
            }
            let fill = isOverlay ? context.colors[s].withAlpha(Self.overlayAlpha) : context.colors[s]
            marks.under += TitledMarks.shapes(bars, fill: .solid(fill))
        }
        return marks
    }
}
