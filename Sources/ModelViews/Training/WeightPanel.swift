import Charts
import Graphics

/// One layer's panel of `WeightHistograms`.
struct WeightPanel: Chart {
    var options: ChartOptions
    let layer: WeightHistograms.LayerParameters
    let bins: Bins
    let counts: [Double]

    /// The x axis every panel shares, when they do (`WeightHistograms.sharedDomain`).
    let sharedDomain: (lo: Double, hi: Double)?

    init(layer: WeightHistograms.LayerParameters, bins: Int, theme: ThemeName, sharedDomain: (lo: Double, hi: Double)? = nil) {
        options = ChartOptions(title: layer.name, theme: theme)
        self.layer = layer
        self.sharedDomain = sharedDomain
        let count = Bins.suggested(bins, values: layer.weights.count)
        if let shared = sharedDomain {
            self.bins = Bins(covering: [shared.lo, shared.hi], count: count)
        } else {
            self.bins = Bins(covering: layer.weights + layer.biases, count: count)
        }
        counts = self.bins.counts(layer.weights)
    }

    func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        let theme = options.theme.theme
        var settings = PlotCanvas.Settings()
        settings.verticalGrid = false
        settings.note = "bars: " + Count.noun(layer.weights.count, "weight")
            + (layer.biases.isEmpty ? "" : " · dots: " + Count.noun(layer.biases.count, "bias", "biases"))
        var opts = options
        opts.yLabel = "count"
        let top = counts.max() ?? 1
        let x: PlotCanvas.Axis = sharedDomain.map { .fixed(lo: $0.lo, hi: $0.hi) } ?? .linear(lo: bins.lo, hi: bins.hi, margin: AxisDomain.barMargin)
        return PlotCanvas.render(x: x,
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
                let dots = BiasDots(layer.biases, position: frame.px, baseline: frame.plot.maxY - 1,
                                    maxHeight: frame.plot.height * 0.45)
                marks.over += dots.nodes(color: theme.color(3), background: theme.background)
            }
            return marks
        }
    }

    func text(columns: Int) -> String {
        HistogramText.block(name: layer.name, series: [("weights", layer.weights), ("biases", layer.biases)], columns: columns)
    }
}
