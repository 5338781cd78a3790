import Graphics

/// A reference line across the plot: `Rule(y: 0)` horizontal, `Rule(x: 0.5)` vertical, dashed in
/// the theme's muted colour. Meant to be overlaid (`LinePlot(loss) + Rule(y: 0.1)`); its value is
/// kept inside the axes. With `label:` it has a legend entry.
public struct Rule: LayeredChart {
    /// Which axis the value is on.
    public enum Orientation: String, Sendable { case horizontal, vertical }

    public var options: ChartOptions
    public let value: Double
    public let orientation: Orientation
    public let label: String?

    /// A horizontal line at `y`.
    public init(y: Double, label: String? = nil, title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        try self.init(value: y, orientation: .horizontal, argument: "y", label: label,
                      options: ChartOptions(title: title, xLabel: xLabel, yLabel: yLabel, width: width, height: height))
    }

    /// A vertical line at `x`.
    public init(x: Double, label: String? = nil, title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        try self.init(value: x, orientation: .vertical, argument: "x", label: label,
                      options: ChartOptions(title: title, xLabel: xLabel, yLabel: yLabel, width: width, height: height))
    }

    private init(value: Double, orientation: Orientation, argument: String, label: String?, options: ChartOptions) throws {
        guard value.isFinite else { throw ChartError.noFiniteValues(chart: "Rule", argument: argument) }
        self.value = value; self.orientation = orientation; self.label = label; self.options = options
    }

    public func summary() -> String {
        "\(orientation == .horizontal ? "Horizontal" : "Vertical") reference line at "
            + "\(orientation == .horizontal ? "y" : "x") = \(NumberFormat.short(value))" + (label.map { " (\($0))" } ?? "") + "."
    }

    public var layers: [ChartLayer] {
        let at = ChartLayer.Extent.linear(lo: value, hi: value)
        let horizontal = orientation == .horizontal
        return [ChartLayer(kind: "Rule", x: horizontal ? .free : at, y: horizontal ? at : .free,
                           series: [ChartLayer.Series(label ?? "", mark: .dash, tint: .muted)],
                           draw: marks,
                           text: { plot in horizontal ? plot.horizontalRule(at: value) : plot.verticalRule(at: value) })]
    }

    private func marks(_ context: ChartLayer.Context) -> PlotCanvas.Marks {
        let frame = context.frame, plot = frame.plot
        let line: Path, box: Rect
        if orientation == .horizontal {
            let y = frame.py(value)
            line = PathKit.line(Point(plot.minX, y), Point(plot.maxX, y))
            box = Rect(x: plot.minX, y: y - 2, width: plot.width, height: 4)
        } else {
            let x = frame.px(value)
            line = PathKit.line(Point(x, plot.minY), Point(x, plot.maxY))
            box = Rect(x: x - 2, y: plot.minY, width: 4, height: plot.height)
        }
        let stroke = Shape(line, stroke: .solid(context.colors.first ?? context.theme.mutedText),
                           strokeStyle: StrokeStyle(width: 1.5, dash: [6, 4]))
        return PlotCanvas.Marks(over: [.shape(stroke)], footprint: [box])
    }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        layeredNodes(size: size, measurer: measurer)
    }

    public func text(columns: Int) -> String {
        OverlayText.render(layers: layers, options: options, columns: columns)
    }
}
