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
    }

    /// Class names in order of first appearance (empty without labels).
    public var classes: [String] {
        var seen = Set<String>(), order: [String] = []
        for l in labels ?? [] where seen.insert(l).inserted { order.append(l) }
        return order
    }

    /// Point indices per class (one group of all points without labels).
    var groups: [[Int]] {
        guard let labels else { return [Array(x.indices)] }
        let index = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
        var groups = [[Int]](repeating: [], count: index.count)
        for (i, l) in labels.enumerated() { groups[index[l] ?? 0].append(i) }
        return groups
    }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        let theme = self.theme
        let xe = DataCheck.extent([x]) ?? (0, 1), ye = DataCheck.extent([y]) ?? (0, 1)
        var spec = CartesianSpec(x: .padded(xe.lo, xe.hi), y: .padded(ye.lo, ye.hi))
        spec.note = droppedCount > 0 ? ChartMessages.nonFiniteNote(droppedCount) : nil
        let classes = self.classes
        if !classes.isEmpty {
            spec.legend = classes.indices.map { LegendEntry(name: classes[$0], color: theme.color($0).withAlpha(Self.pointAlpha), mark: .dot) }
        }
        let n = x.count
        let radius = n > 10_000 ? 1.5 : n > 1000 ? 2.5 : 3.5
        let groups = self.groups
        return CartesianRenderer.render(spec: spec, options: options, size: size, measurer: measurer) { frame in
            var layer = MarkLayer()
            let footprintStride = Swift.max(1, n / 4000)
            let compact = n > Self.compactThreshold
            for (g, members) in groups.enumerated() {
                var elements: [Path.Element] = []
                for (k, i) in members.enumerated() where x[i].isFinite && y[i].isFinite {
                    let p = Point(frame.px(x[i]), frame.py(y[i]))
                    elements += compact ? [.move(p), .line(p)] : PathKit.circle(p, radius: radius).elements
                    if k % footprintStride == 0 { layer.footprint.append(Footprint.dot(p, radius: radius)) }
                }
                let color = Paint.solid(theme.color(g).withAlpha(Self.pointAlpha))
                if n <= TitledMarks.limit, !compact {
                    // A titled shape per point, opaque inside one translucent group: overlaps look
                    // as in a single path, and each point shows its values on hover.
                    let name = classes.isEmpty ? "" : "\(classes[g]) · "
                    let marks = members.filter { x[$0].isFinite && y[$0].isFinite }.map { i in
                        (path: PathKit.circle(Point(frame.px(x[i]), frame.py(y[i])), radius: radius),
                         title: "\(name)x \(NumberFormat.short(x[i])), y \(NumberFormat.short(y[i]))")
                    }
                    layer.nodes.append(.group(Group(TitledMarks.shapes(marks, fill: .solid(theme.color(g))), opacity: Self.pointAlpha)))
                    continue
                }
                let dots = Path(elements: elements)
                layer.nodes.append(.shape(compact
                    ? Shape(dots, stroke: color, strokeStyle: StrokeStyle(width: 2 * radius, cap: .round))
                    : Shape(dots, fill: color)))
            }
            return layer
        }
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
