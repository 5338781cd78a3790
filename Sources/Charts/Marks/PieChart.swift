import Graphics

/// Shares of a whole as wedges, each labelled with its name and percentage:
/// inside when it fits, else outside with a leader line; slices under 1.5 %
/// are grouped as "Other" when there are two or more of them.
public struct PieChart: Chart {
    public var options: ChartOptions
    public let labels: [String]
    public let values: [Double]
    public let donut: Bool
    public let droppedCount: Int

    public static let otherThreshold = 0.015
    /// At most this many slices are drawn; the smallest beyond it join "Other".
    public static let maxSlices = 12

    public init(labels: [String], values: [Double], donut: Bool = false,
                title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        let check = DataCheck(chart: "PieChart")
        try check.nonEmpty(labels, "labels")
        try check.sameLength(values, "values", as: labels, "labels")
        let (finite, dropped) = try check.finite(values, "values")
        try check.nonNegative(values, "values")
        guard finite.contains(where: { $0 > 0 }) else { throw ChartError.allZero(chart: "PieChart", argument: "values") }
        self.options = ChartOptions(title: title, xLabel: xLabel, yLabel: yLabel, width: width, height: height)
        self.labels = labels; self.values = values; self.donut = donut; self.droppedCount = dropped
    }

    /// One slice per (label, value) pair, in order (`PieChart(["a": 1, "b": 2])`).
    public init(_ pairs: [(String, Double)], donut: Bool = false,
                title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        try self.init(labels: pairs.map(\.0), values: pairs.map(\.1), donut: donut, title: title,
                      xLabel: xLabel, yLabel: yLabel, width: width, height: height)
    }

    /// The slices drawn, in order: positive finite values; slices under 1.5 %
    /// (when two or more) and the smallest past `maxSlices` merge into "Other".
    public var slices: [(label: String, value: Double, fraction: Double)] {
        let kept = Array(zip(labels, values).enumerated().filter { $0.element.1.isFinite && $0.element.1 > 0 })
        let total = kept.map(\.element.1).reduce(0, +)
        var grouped = Set(kept.filter { $0.element.1 / total < Self.otherThreshold }.map(\.offset))
        if grouped.count < 2 { grouped = [] }
        let bySize = kept.filter { !grouped.contains($0.offset) }.sorted { $0.element.1 > $1.element.1 }
        if bySize.count + (grouped.isEmpty ? 0 : 1) > Self.maxSlices {
            for item in bySize.dropFirst(Self.maxSlices - 1) { grouped.insert(item.offset) }
        }
        var result = kept.filter { !grouped.contains($0.offset) }
            .map { (label: $0.element.0, value: $0.element.1, fraction: $0.element.1 / total) }
        if !grouped.isEmpty {
            let sum = kept.filter { grouped.contains($0.offset) }.map(\.element.1).reduce(0, +)
            result.append((label: "Other", value: sum, fraction: sum / total))
        }
        return result
    }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        PieLayout(chart: self, size: size, measurer: measurer).nodes()
    }

    public func text(columns: Int) -> String {
        var out: [String] = []
        if let title = options.title { out.append(title) }
        let slices = self.slices
        let nameWidth = Swift.min(24, slices.map(\.label.count).max() ?? 1)
        let room = Double(Swift.max(4, columns - nameWidth - 10))
        let largest = slices.map(\.fraction).max() ?? 1
        for s in slices {
            let percent = BlockText.pad(NumberFormat.percent(s.fraction), 6, right: true)
            out.append(BlockText.pad(s.label, nameWidth) + " " + percent + " " + BlockText.bar(s.fraction / largest * room))
        }
        if droppedCount > 0 { out.append(ChartMessages.nonFiniteNote(droppedCount)) }
        return BlockText.trimLines(out)
    }
}
