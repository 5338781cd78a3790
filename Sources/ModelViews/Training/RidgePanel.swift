#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Charts
import Graphics

/// One layer of `GradientHistograms`: a ridge per sampled epoch (earliest on
/// top), each its own histogram over the layer's shared log-magnitude bins.
struct RidgePanel: Chart {
    var options: ChartOptions
    let layer: GradientHistograms.LayerGradients
    let epochs: [Int]
    let bins: Bins
    /// Per drawn epoch, counts per bin.
    let counts: [[Double]]
    /// Fraction of values that are exactly zero (no logarithm), over drawn epochs.
    let zeroFraction: Double

    static let binCount = 36

    init(layer: GradientHistograms.LayerGradients, theme: ThemeName) {
        options = ChartOptions(title: layer.name, xLabel: "log₁₀ |gradient|", theme: theme)
        self.layer = layer
        epochs = GradientHistograms.sampled(layer.epochs.count)
        let logs = epochs.map { layer.epochs[$0].compactMap { v -> Double? in v.isFinite && v != 0 ? log10(abs(v)) : nil } }
        let typical = logs.map(\.count).max() ?? 0
        bins = Bins(covering: logs.flatMap { $0 }, count: Bins.suggested(Self.binCount, values: typical))
        counts = logs.map(bins.counts)
        let total = epochs.reduce(0) { $0 + layer.epochs[$1].count }
        let zeros = epochs.reduce(0) { $0 + layer.epochs[$1].filter { $0 == 0 }.count }
        zeroFraction = total > 0 ? Double(zeros) / Double(total) : 0
    }

    func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        let theme = options.theme.theme
        var settings = PlotCanvas.Settings()
        settings.horizontalGrid = false
        if zeroFraction > 0 { settings.note = LossText.percent(zeroFraction) + " exactly zero (not shown)" }
        let names = epochs.map { "epoch \(layer.epochNumbers[$0])" }
        return PlotCanvas.render(x: .linear(lo: bins.lo, hi: bins.hi), y: .bands(names, padding: 0), settings: settings,
                                 options: options, size: size, measurer: measurer) { frame in
            var marks = PlotCanvas.Marks()
            guard let firstBand = frame.yBand(0) else { return marks }
            let step = firstBand.end - firstBand.start
            let height = step * 1.6
            for (row, values) in counts.enumerated() {
                guard let band = frame.yBand(row) else { continue }
                let top = values.max() ?? 0
                guard top > 0 else { continue }
                let base = band.end
                let room = Swift.min(height, base - frame.plot.minY)
                var path = Path()
                path.move(to: Point(frame.px(bins.lo), base))
                for (i, c) in values.enumerated() {
                    let x = frame.px(bins.edge(i) + bins.width / 2)
                    path.line(to: Point(x, base - c / top * room))
                }
                path.line(to: Point(frame.px(bins.hi), base))
                path.close()
                let t = epochs.count > 1 ? Double(row) / Double(epochs.count - 1) : 0
                let color = Colormap.viridis.color(at: 0.15 + 0.7 * t)
                marks.under.append(.shape(Shape(path, fill: .solid(color.withAlpha(0.8)), stroke: .solid(theme.background),
                                                strokeStyle: StrokeStyle(width: 1, join: .round))))
            }
            return marks
        }
    }

    func text(columns: Int) -> String {
        let width = Swift.max(8, Swift.min(40, columns - 34))
        var lines = [layer.name + "  (log₁₀ |gradient| from " + Sparkline.number(bins.lo) + " to " + Sparkline.number(bins.hi) + ")"]
        for (row, epoch) in epochs.enumerated() {
            let values = Sparkline.resample(counts[row], to: width)
            let top = values.max() ?? 0
            let spark = String(values.map { c -> Character in
                c <= 0 || top <= 0 ? " " : Sparkline.ticks[Swift.min(7, Int((c / top * 7).rounded(.up)))]
            })
            let magnitudes = layer.epochs[epoch].filter(\.isFinite).map(abs).sorted()
            let median = magnitudes.isEmpty ? Double.nan : magnitudes[magnitudes.count / 2]
            lines.append(HistogramText.pad("epoch \(layer.epochNumbers[epoch])", 10) + spark + "  median |g| " + Sparkline.number(median))
        }
        if zeroFraction > 0 { lines.append(LossText.percent(zeroFraction) + " of gradients exactly zero") }
        return lines.joined(separator: "\n")
    }
}
