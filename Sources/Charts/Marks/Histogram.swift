import Graphics

/// Counts (or densities) of values in equal-width bins; several series
/// share the same bins and are overlaid, translucent, with a legend.
public struct Histogram: Chart {
    public var options: ChartOptions
    /// The series' names, in legend order (one empty name for a single series).
    public let seriesNames: [String]
    public let density: Bool
    /// Bin edges shared by all series (`bins + 1` values).
    public let edges: [Double]
    /// Per series, the height of each bin.
    public let heights: [[Double]]
    /// Values left out because they were NaN or infinite.
    public let droppedCount: Int
    /// Values far from the rest, reported in the caption (their bars may be too short to see).
    public let outliers: HistogramOutliers
    /// The finite extent of all series.
    public let extent: (lo: Double, hi: Double)
    /// Whether each bin holds one whole number (edges at k ± 0.5).
    public let wholeNumberBins: Bool

    public init(_ values: [Double], bins: HistogramBins = .standard, density: Bool = false,
                title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        try self.init(series: [NamedSeries("", values)], argumentNames: ["values"], bins: bins, density: density,
                      options: ChartOptions(title: title, xLabel: xLabel, yLabel: yLabel, width: width, height: height))
    }

    /// One series whose extent the caller measured while producing it (the Prelude converting a
    /// cell's array), so the values are read once more, to count, instead of twice.
    package init(_ values: [Double], extent: FiniteExtent, bins: HistogramBins, density: Bool, title: String?,
                 xLabel: String?, yLabel: String?, width: Double, height: Double) throws {
        try self.init(series: [NamedSeries("", values)], argumentNames: ["values"], extents: [extent], bins: bins,
                      density: density,
                      options: ChartOptions(title: title, xLabel: xLabel, yLabel: yLabel, width: width, height: height))
    }

    /// Overlaid series with a legend, in the given order (`Histogram(["train": a, "test": b])`).
    public init(series: [NamedSeries], bins: HistogramBins = .standard, density: Bool = false,
                title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        try self.init(series: series, argumentNames: series.map { "series[\"\($0.name)\"]" }, bins: bins, density: density,
                      options: ChartOptions(title: title, xLabel: xLabel, yLabel: yLabel, width: width, height: height))
    }

    /// Reads each series twice and keeps only the bins: once for finiteness and extent (unless
    /// `extents` are given), once to count (and twice more for the quartiles of `.auto`, which
    /// copy only the values in the buckets around them).
    private init(series: [NamedSeries], argumentNames: [String], extents known: [FiniteExtent]? = nil,
                 bins: HistogramBins, density: Bool, options: ChartOptions) throws {
        let check = DataCheck(chart: "Histogram")
        try check.nonEmpty(series, "series")
        try check.unique(series.map(\.name), "series")
        if case .count(let n) = bins, n < 1 || n > HistogramBins.maxCount {
            throw ChartError.outOfRange(chart: "Histogram", argument: "bins", value: Double(n),
                                        allowed: "between 1 and \(HistogramBins.maxCount)")
        }
        var extents: [FiniteExtent] = []
        for (index, (s, argument)) in zip(series, argumentNames).enumerated() {
            extents.append(try check.finiteExtent(s.values, argument, known: known?[index]))
        }
        let extent = extents.reduce(FiniteExtent()) { $0.merged(with: $1) }
        let layout = bins.layout(for: series.map(\.values), extent: extent)
        let edges = layout.edges
        self.options = options
        self.seriesNames = series.map(\.name)
        self.density = density
        self.droppedCount = extent.nonFinite
        self.edges = edges
        self.wholeNumberBins = layout.wholeNumbers
        self.extent = extent.bounds ?? (0, 0)
        let counts = zip(series, extents).map { s, own in
            HistogramCounts.counts(s.values, edges: edges, allInside: own.nonFinite == 0)
        }
        heights = counts.map { HistogramCounts.heights(counts: $0, edges: edges, density: density) }
        outliers = HistogramOutliers(edges: edges, counts: counts.dropFirst().reduce(counts[0]) { zip($0, $1).map(+) })
    }

    /// The caption: non-finite values left out, outliers.
    var note: String? {
        let parts = [droppedCount > 0 ? ChartMessages.nonFiniteNote(droppedCount) : nil, outliers.note(extent: extent)]
        let text = parts.compactMap { $0 }.joined(separator: " · ")
        return text.isEmpty ? nil : text
    }

    /// The shortest a non-empty bar is drawn, in CSS pixels, so a bin holding one far value stays visible.
    static let minimumBarHeight = 1.0

    var isOverlay: Bool { seriesNames.count > 1 }

    /// Overlaid series are translucent so each shows through the others.
    static let overlayAlpha = 0.55

    /// The fill of series `s`'s bars, which its legend key repeats.
    func fill(_ s: Int) -> Color {
        isOverlay ? theme.color(s).withAlpha(Self.overlayAlpha) : theme.color(s)
    }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        layeredNodes(size: size, measurer: measurer)
    }

    /// A bar's hover text: its series, bin and height.
    func binTitle(_ series: Int, _ bin: Int) -> String {
        let name = isOverlay ? "\(seriesNames[series]) · " : ""
        let close = bin == edges.count - 2 ? "]" : ")"
        return "\(name)[\(NumberFormat.short(edges[bin])), \(NumberFormat.short(edges[bin + 1]))\(close): "
            + "\(density ? "density" : "count") \(NumberFormat.short(heights[series][bin]))"
    }

    public func text(columns: Int) -> String {
        var blocks: [String] = []
        for (s, values) in heights.enumerated() {
            let top = values.max() ?? 0
            var frame = TextFrame(title: s == 0 ? options.title : nil, yLabel: nil, xLabel: options.xLabel,
                                  yTop: NumberFormat.short(top), yBottom: "0",
                                  xStart: NumberFormat.short(edges.first ?? 0), xEnd: NumberFormat.short(edges.last ?? 0))
            if isOverlay { frame.title = (s == 0 && options.title != nil ? (options.title ?? "") + "\n" : "") + seriesNames[s] }
            if s == heights.count - 1, let note { frame.notes = [note] }
            let width = frame.bodyWidth(columns: columns)
            let cells = TextResample.sum(values, into: width)
            let perBin = Swift.max(1, width / Swift.max(1, cells.count))
            let rows = 8
            let scaled = cells.map { top > 0 ? $0 / (cells.max() ?? top) * Double(rows) : 0 }
            blocks.append(frame.render(body: BlockText.columns(scaled, rows: rows, width: perBin)))
        }
        return blocks.joined(separator: "\n\n")
    }
}
