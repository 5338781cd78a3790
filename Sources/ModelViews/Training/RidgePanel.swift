#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Charts
import Graphics

/// One layer's distributions over epochs: a ridge per sampled snapshot (earliest on top), each
/// its own histogram over the layer's shared bins — of log₁₀|value| for gradients (vanishing
/// ones drift left, exploding ones right), of the values themselves for weights.
struct RidgePanel: Chart {
    /// What the bins are over.
    enum Scale: Sendable { case logMagnitude, values }

    var options: ChartOptions
    let name: String
    let snapshots: [[Double]]
    /// The epoch (1-based) of each snapshot.
    let epochNumbers: [Int]
    let scale: Scale
    /// The snapshots drawn (indices into `snapshots`).
    let drawn: [Int]
    let bins: Bins
    /// Per drawn snapshot, counts per bin.
    let counts: [[Double]]
    /// Fraction of values that are exactly zero (no logarithm), over drawn snapshots (log scale only).
    let zeroFraction: Double

    static let binCount = 36

    init(name: String, snapshots: [[Double]], epochNumbers: [Int], scale: Scale, theme: ThemeName) {
        options = ChartOptions(title: name, xLabel: scale == .logMagnitude ? "log₁₀ |gradient|" : "weight", theme: theme)
        self.name = name
        self.snapshots = snapshots
        self.epochNumbers = epochNumbers
        self.scale = scale
        drawn = GradientHistograms.sampled(snapshots.count)
        let values = drawn.map { snapshots[$0].compactMap { v -> Double? in
            guard v.isFinite else { return nil }
            if scale == .values { return v }
            return v != 0 ? log10(abs(v)) : nil
        } }
        let typical = values.map(\.count).max() ?? 0
        bins = Bins(covering: values.flatMap { $0 }, count: Bins.suggested(Self.binCount, values: typical))
        counts = values.map(bins.counts)
        let total = drawn.reduce(0) { $0 + snapshots[$1].count }
        let zeros = scale == .values ? 0 : drawn.reduce(0) { $0 + snapshots[$1].filter { $0 == 0 }.count }
        zeroFraction = total > 0 ? Double(zeros) / Double(total) : 0
    }

    func epochName(_ row: Int) -> String {
        let index = drawn[row]
        return "epoch \(index < epochNumbers.count ? epochNumbers[index] : index + 1)"
    }

    func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        let theme = options.theme.theme
        var settings = PlotCanvas.Settings()
        settings.horizontalGrid = false
        if zeroFraction > 0 { settings.note = LossText.percent(zeroFraction) + " exactly zero (not shown)" }
        let names = drawn.indices.map(epochName)
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
                let t = drawn.count > 1 ? Double(row) / Double(drawn.count - 1) : 0
                let color = Colormap.viridis.color(at: 0.15 + 0.7 * t)
                marks.under.append(.shape(Shape(path, fill: .solid(color.withAlpha(0.8)), stroke: .solid(theme.background),
                                                strokeStyle: StrokeStyle(width: 1, join: .round))))
            }
            return marks
        }
    }

    func text(columns: Int) -> String {
        let width = Swift.max(8, Swift.min(40, columns - 34))
        let range = scale == .logMagnitude ? "log₁₀ |gradient|" : "weights"
        var lines = [name + "  (" + range + " from " + Sparkline.number(bins.lo) + " to " + Sparkline.number(bins.hi) + ")"]
        for (row, index) in drawn.enumerated() {
            let values = Sparkline.resample(counts[row], to: width)
            let top = values.max() ?? 0
            let spark = String(values.map { c -> Character in
                c <= 0 || top <= 0 ? " " : Sparkline.ticks[Swift.min(7, Int((c / top * 7).rounded(.up)))]
            })
            let finite = snapshots[index].filter(\.isFinite)
            let summary: String
            if scale == .logMagnitude {
                let magnitudes = finite.map(abs).sorted()
                summary = "median |g| " + Sparkline.number(magnitudes.isEmpty ? .nan : magnitudes[magnitudes.count / 2])
            } else {
                let mean = finite.isEmpty ? Double.nan : finite.reduce(0, +) / Double(finite.count)
                let std = finite.isEmpty ? Double.nan
                    : (finite.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(finite.count)).squareRoot()
                summary = "σ " + Sparkline.number(std)
            }
            lines.append(HistogramText.pad(epochName(row), 10) + spark + "  " + summary)
        }
        if zeroFraction > 0 { lines.append(LossText.percent(zeroFraction) + " of gradients exactly zero") }
        return lines.joined(separator: "\n")
    }
}
