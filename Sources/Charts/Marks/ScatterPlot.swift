import Graphics

/// Points at (x, y); with `labels`, coloured by class (in order of first
/// appearance) with a legend. Past `compactThreshold` points each dot is a
/// zero-length round-capped stroke, which keeps big scatters small in SVG.
public struct ScatterPlot: Chart {
    public var options: ChartOptions
    public let x: [Double]
    public let y: [Double]
    public let labels: [String]?
    public let droppedCount: Int
    /// Class names in order of first appearance (empty without labels).
    public let classes: [String]
    /// Point indices per class (one group of all points without labels).
    let groups: [[Int]]

    public static let compactThreshold = 5000
    /// Points are translucent so overlaps show; legend keys repeat the same paint.
    public static let pointAlpha = 0.75

    public init(x: [Double], y: [Double], labels: [String]? = nil,
                title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        let check = DataCheck(chart: "ScatterPlot")
        try check.nonEmpty(x, "x")
        try check.sameLength(y, "y", as: x, "x")
        if let labels { try check.sameLength(labels, "labels", as: x, "x") }
        _ = try check.finite(x, "x")
        _ = try check.finite(y, "y")
        let kept = zip(x, y).filter { $0.0.isFinite && $0.1.isFinite }.count
        guard kept > 0 else { throw ChartError.noFiniteValues(chart: "ScatterPlot", argument: "x, y") }
        self.options = ChartOptions(title: title, xLabel: xLabel, yLabel: yLabel, width: width, height: height)
        self.x = x; self.y = y; self.labels = labels; self.droppedCount = x.count - kept
        (classes, groups) = Self.classify(labels, count: x.count)
    }

    /// The classes of `labels` in order of first appearance, and each one's point indices.
    private static func classify(_ labels: [String]?, count: Int) -> (classes: [String], groups: [[Int]]) {
        guard let labels else { return ([], [Array(0..<count)]) }
        var index: [String: Int] = [:], classes: [String] = [], groups: [[Int]] = []
        for (i, label) in labels.enumerated() {
            if let g = index[label] {
                groups[g].append(i)
            } else {
                index[label] = classes.count
                classes.append(label)
                groups.append([i])
            }
        }
        return (classes, groups)
    }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        layeredNodes(size: size, measurer: measurer)
    }

    public func text(columns: Int) -> String {
        let groups = self.groups
        var ys = [[Double]](repeating: [Double](repeating: .nan, count: x.count), count: groups.count)
        for (g, members) in groups.enumerated() { for i in members { ys[g][i] = y[i] } }
        let names = classes.isEmpty ? [""] : classes
        return LineText.render(x: x, series: ys, names: names, log: false, options: options,
                               dropped: droppedCount, columns: columns, points: true)
    }
}
