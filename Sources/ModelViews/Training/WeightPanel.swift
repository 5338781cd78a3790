import Charts
import Graphics

/// One layer's panel of `WeightHistograms`.
struct WeightPanel: Chart {
    var options: ChartOptions
    let layer: WeightHistograms.LayerParameters
    let bins: Bins
    let counts: [Double]

    init(layer: WeightHistograms.LayerParameters, bins: Int, theme: ThemeName) {
        options = ChartOptions(title: layer.name, theme: theme)
        self.layer = layer
        self.bins = Bins(covering: layer.weights + layer.biases, count: Bins.suggested(bins, values: layer.weights.count))
        counts = self.bins.counts(layer.weights)
    }

    func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        let theme = options.theme.theme
        var settings = PlotCanvas.Settings()
        settings.verticalGrid = false
        settings.note = "bars: " + Count.noun(layer.weights.count, "weight")
            + (layer.biases.isEmpty ? "" : " · ticks: " + Count.noun(layer.biases.count, "bias", "biases"))
        var opts = options
        opts.yLabel = "count"
        let top = counts.max() ?? 1
        return PlotCanvas.render(x: .linear(lo: bins.lo, hi: bins.hi, margin: AxisDomain.barMargin),
                                 y: .linear(lo: 0, hi: Swift.max(1, top), includeZero: true, margin: AxisDomain.barMargin, integer: true),
                                 settings: settings, options: opts, size: size, measurer: measurer) { frame in
            var marks = PlotCanvas.Marks()
            var rects: [Rect] = [], titles: [String] = []
            for (i, c) in counts.enumerated() where c > 0 {
                let x0 = frame.px(bins.edge(i)), x1 = frame.px(bins.edge(i + 1))
                let gap = x1 - x0 > 4 ? 0.5 : 0
                let r = Rect(x: x0 + gap, y: frame.py(c), width: Swift.max(0.5, x1 - x0 - 2 * gap), height: frame.py(0) - frame.py(c))
                rects.append(r)
                titles.append("[\(NumberFormat.short(bins.edge(i))), \(NumberFormat.short(bins.edge(i + 1)))): \(NumberFormat.short(c)) \(c == 1 ? "weight" : "weights")")
            }
            marks.under += TitledMarks.shapes(zip(rects, titles).map { (Path.rect($0), $1) }, fill: .solid(theme.color(0)))
            marks.footprint = rects
            if !layer.biases.isEmpty {
                var rug = Path()
                let base = frame.plot.maxY
                for b in layer.biases where b.isFinite {
                    let x = frame.px(b)
                    rug.move(to: Point(x, base - 1)); rug.line(to: Point(x, base - 12))
                }
                marks.over.append(.shape(Shape(rug, stroke: .solid(theme.color(3).withAlpha(0.9)), strokeStyle: StrokeStyle(width: 2))))
                marks.footprint.append(Rect(x: frame.plot.minX, y: base - 13, width: frame.plot.width, height: 13))
            }
            return marks
        }
    }

    func text(columns: Int) -> String {
        HistogramText.block(name: layer.name, series: [("weights", layer.weights), ("biases", layer.biases)], columns: columns)
    }
}
