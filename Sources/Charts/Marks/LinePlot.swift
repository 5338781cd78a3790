#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Graphics

/// Lines through (x, y) points: one or several named series, optional
/// TensorBoard-style smoothing (raw line faded under it) and a log y scale.
public struct LinePlot: Chart {
    /// How values map onto the y axis.
    public enum ScaleType: String, Hashable, Sendable { case linear, log }

    public var options: ChartOptions
    public let x: [Double]
    public let series: [NamedSeries]
    public let smoothing: Double
    public let yScale: ScaleType
    public let droppedCount: Int

    public init(_ y: [Double], smoothing: Double = 0, yScale: ScaleType = .linear,
                title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        try self.init(x: nil, series: [NamedSeries("", y)], arguments: ["y"], smoothing: smoothing, yScale: yScale,
                      options: ChartOptions(title: title, xLabel: xLabel, yLabel: yLabel, width: width, height: height))
    }

    public init(x: [Double], y: [Double], smoothing: Double = 0, yScale: ScaleType = .linear,
                title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        try self.init(x: x, series: [NamedSeries("", y)], arguments: ["y"], smoothing: smoothing, yScale: yScale,
                      options: ChartOptions(title: title, xLabel: xLabel, yLabel: yLabel, width: width, height: height))
    }

    /// Several named series over the same x (default: 0, 1, 2, …), with a legend.
    public init(series: [NamedSeries], x: [Double]? = nil, smoothing: Double = 0, yScale: ScaleType = .linear,
                title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        try self.init(x: x, series: series, arguments: series.map { "series[\"\($0.name)\"]" }, smoothing: smoothing,
                      yScale: yScale, options: ChartOptions(title: title, xLabel: xLabel, yLabel: yLabel, width: width, height: height))
    }

    private init(x: [Double]?, series: [NamedSeries], arguments: [String], smoothing: Double, yScale: ScaleType,
                 options: ChartOptions) throws {
        let check = DataCheck(chart: "LinePlot")
        try check.nonEmpty(series, "series")
        try check.unique(series.map(\.name), "series")
        guard smoothing >= 0, smoothing < 1 else {
            throw ChartError.outOfRange(chart: "LinePlot", argument: "smoothing", value: smoothing, allowed: "at least 0 and less than 1")
        }
        let longest = series.map(\.values.count).max() ?? 0
        let xs = x ?? (0..<longest).map(Double.init)
        if x != nil { _ = try check.finite(xs, "x") }
        var dropped = 0
        for (s, argument) in zip(series, arguments) {
            if x != nil { try check.sameLength(s.values, argument == "y" ? "y" : argument, as: xs, "x") }
            let (_, lost) = try check.finite(s.values, argument)
            dropped += lost + zip(xs, s.values).filter { !$0.0.isFinite && $0.1.isFinite }.count
            if yScale == .log, let i = s.values.firstIndex(where: { $0.isFinite && $0 <= 0 }) {
                throw ChartError.notPositiveForLog(chart: "LinePlot", argument: argument, index: i, value: s.values[i])
            }
        }
        self.options = options; self.x = xs; self.series = series
        self.smoothing = smoothing; self.yScale = yScale; self.droppedCount = dropped
    }

    /// TensorBoard's debiased exponential moving average: `last = last·w + (1−w)·v`,
    /// divided by `1 − w^n` (n finite values so far); non-finite values pass through.
    public static func smoothed(_ values: [Double], weight w: Double) -> [Double] {
        guard w > 0 else { return values }
        var last = 0.0, count = 0.0
        return values.map { v in
            guard v.isFinite else { return v }
            last = last * w + (1 - w) * v
            count += 1
            return last / (1 - pow(w, count))
        }
    }

    /// What each series draws: the smoothed values (or the raw ones when not smoothing).
    var drawnSeries: [[Double]] { series.map { Self.smoothed($0.values, weight: smoothing) } }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        layeredNodes(size: size, measurer: measurer)
    }

    public func text(columns: Int) -> String {
        LineText.render(x: x, series: drawnSeries, names: series.map(\.name), log: yScale == .log,
                        options: options, dropped: droppedCount, columns: columns, points: false)
    }
}
