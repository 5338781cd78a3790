import Graphics

/// Bars for categories: one series, or several grouped side by side or
/// stacked; vertical or horizontal. Long category labels wrap or rotate.
public struct BarChart: Chart {
    public var options: ChartOptions
    public let labels: [String]
    /// One or more series, each with one value per label (NaN where left out).
    public let series: [NamedSeries]
    public let horizontal: Bool
    public let stacked: Bool
    public let droppedCount: Int

    /// One bar per label.
    public init(labels: [String], values: [Double], horizontal: Bool = false,
                title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        try self.init(labels: labels, series: [NamedSeries("", values)], valueArguments: ["values"],
                      horizontal: horizontal, stacked: false,
                      options: ChartOptions(title: title, xLabel: xLabel, yLabel: yLabel, width: width, height: height))
    }

    /// One bar per (label, value) pair, in order (`BarChart(["a": 1, "b": 2])`).
    public init(_ pairs: [(String, Double)], horizontal: Bool = false,
                title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        try self.init(labels: pairs.map(\.0), series: [NamedSeries("", pairs.map(\.1))], valueArguments: ["values"],
                      horizontal: horizontal, stacked: false,
                      options: ChartOptions(title: title, xLabel: xLabel, yLabel: yLabel, width: width, height: height))
    }

    /// Grouped (or stacked) bars: each series has one value per label.
    public init(labels: [String], series: [NamedSeries], horizontal: Bool = false, stacked: Bool = false,
                title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        try self.init(labels: labels, series: series, valueArguments: series.map { "series[\"\($0.name)\"]" },
                      horizontal: horizontal, stacked: stacked,
                      options: ChartOptions(title: title, xLabel: xLabel, yLabel: yLabel, width: width, height: height))
    }

    private init(labels: [String], series: [NamedSeries], valueArguments: [String], horizontal: Bool, stacked: Bool,
                 options: ChartOptions) throws {
        let check = DataCheck(chart: "BarChart")
        try check.nonEmpty(labels, "labels")
        try check.nonEmpty(series, "series")
        try check.unique(series.map(\.name), "series")
        var dropped = 0
        for (s, argument) in zip(series, valueArguments) {
            try check.sameLength(s.values, argument, as: labels, "labels")
            dropped += try check.finite(s.values, argument).dropped
        }
        self.options = options; self.labels = labels; self.series = series
        self.horizontal = horizontal; self.stacked = stacked && series.count > 1; self.droppedCount = dropped
    }

    /// Each bar as (series, category, base, top) in data units.
    var bars: [(series: Int, category: Int, from: Double, to: Double)] {
        var result: [(Int, Int, Double, Double)] = []
        for c in labels.indices {
            var up = 0.0, down = 0.0
            for (s, serie) in series.enumerated() {
                let v = serie.values[c]
                guard v.isFinite else { continue }
                if stacked {
                    if v >= 0 { result.append((s, c, up, up + v)); up += v } else { result.append((s, c, down, down + v)); down += v }
                } else {
                    result.append((s, c, 0, v))
                }
            }
        }
        return result
    }

    /// The axes, legend and note, before layout.
    private func spec(bars: [(series: Int, category: Int, from: Double, to: Double)]) -> CartesianSpec {
        let lo = bars.map { Swift.min($0.from, $0.to) }.min() ?? 0
        let hi = bars.map { Swift.max($0.from, $0.to) }.max() ?? 1
        let value = AxisSpec.linear(lo: lo, hi: hi, includeZero: true, margin: AxisDomain.barMargin)
        var spec = horizontal ? CartesianSpec(x: value, y: .band(labels)) : CartesianSpec(x: .band(labels), y: value)
        spec.verticalGrid = horizontal; spec.horizontalGrid = !horizontal
        spec.note = droppedCount > 0 ? ChartMessages.nonFiniteNote(droppedCount) : nil
        if series.count > 1 {
            spec.legend = series.indices.map { LegendEntry(name: series[$0].name, color: theme.color($0), mark: .box) }
        }
        return spec
    }

    /// Wider (or, horizontal, taller) than the options' size when the size was not given and the
    /// category labels, even shrunk to `AxisLayout.minimumLabelSize`, cannot each have their band:
    /// every category is labelled rather than every other one.
    public func canvasSize(measurer: any TextMeasurer) -> Size {
        var size = Size(width: options.width, height: options.height)
        guard horizontal ? options.flexibleHeight : options.flexibleWidth else { return size }
        let spec = self.spec(bars: bars)
        let label = TextStyle(size: AxisLayout.minimumLabelSize, color: theme.mutedText)
        let needed = label.lineHeight(measurer) + 2.5
        for _ in 0..<3 {
            let frame = CartesianFrame(spec: spec, options: options, size: size, theme: theme, measurer: measurer,
                                       legendOutside: nil)
            let axis = horizontal ? frame.y : frame.x
            guard axis.ticks.count < labels.count, let band = axis.scale.band else { break }
            let grow = (needed - abs(band.step)) * Double(labels.count)
            if horizontal {
                size.height = Swift.min(ChartOptions.sizeRange.upperBound, size.height + Swift.max(1, grow))
            } else {
                size.width = Swift.min(ChartOptions.sizeRange.upperBound, size.width + Swift.max(1, grow))
            }
        }
        return size
    }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        layeredNodes(size: size, measurer: measurer)
    }

    /// A bar's hover text: its category (and series) and value.
    func barTitle(_ series: Int, _ category: Int) -> String {
        let name = self.series.count > 1 ? "\(self.series[series].name) · " : ""
        return "\(name)\(labels[category]): \(NumberFormat.short(self.series[series].values[category]))"
    }

    public func text(columns: Int) -> String {
        var out: [String] = []
        if let title = options.title { out.append(title) }
        let multi = series.count > 1
        let rows: [(label: String, value: Double)] = labels.indices.flatMap { c -> [(String, Double)] in
            if stacked {
                let total = series.map { $0.values[c] }.filter(\.isFinite).reduce(0, +)
                return [(labels[c], total)]
            }
            return series.map { (multi ? "\(labels[c]) · \($0.name)" : labels[c], $0.values[c]) }
        }
        let labelWidth = Swift.min(24, rows.map(\.label.count).max() ?? 1)
        let values = rows.map { $0.value.isFinite ? NumberFormat.short($0.value) : "–" }
        let valueWidth = values.map(\.count).max() ?? 1
        let room = Double(Swift.max(4, columns - labelWidth - valueWidth - 4))
        let largest = rows.map { abs($0.value) }.filter(\.isFinite).max() ?? 1
        for (row, text) in zip(rows, values) {
            let cells = largest > 0 && row.value.isFinite ? abs(row.value) / largest * room : 0
            let bar = BlockText.bar(cells)
            out.append(BlockText.pad(row.label, labelWidth) + " │" + bar + " " + (row.value < 0 ? "−" + text.dropFirst() : text))
        }
        if stacked { out.append("stacked totals of " + series.map(\.name).joined(separator: ", ")) }
        if let xLabel = options.xLabel { out.append("x: " + xLabel) }
        if let yLabel = options.yLabel { out.append("y: " + yLabel) }
        if droppedCount > 0 { out.append(ChartMessages.nonFiniteNote(droppedCount)) }
        return BlockText.trimLines(out)
    }
}
