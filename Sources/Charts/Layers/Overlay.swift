import Graphics

/// Charts drawn on shared axes (`chart + chart`): every layer of every chart on one frame whose
/// axes cover them all, with their legends merged. The title, axis labels and size come from the
/// first chart that has them. Only charts on x and y axes can be overlaid; a pie, heatmap,
/// diagram or grid is refused, as are two charts whose axes cannot be shared.
public struct Overlay: LayeredChart {
    public var options: ChartOptions
    public let layers: [ChartLayer]
    /// What each overlaid chart shows in words, bottom first.
    let parts: [String]

    public init(_ charts: [any Chart]) throws {
        guard let first = charts.first else { throw ChartError.empty(chart: "Overlay", argument: "charts") }
        var layers: [ChartLayer] = []
        for chart in charts {
            guard let layered = chart as? any LayeredChart else {
                throw ChartError.notLayerable(chart: Self.kind(of: chart))
            }
            layers += layered.layers
        }
        _ = try LayerStack.axes(layers)
        var options = first.options
        for chart in charts.dropFirst() {
            options.title = options.title ?? chart.options.title
            options.xLabel = options.xLabel ?? chart.options.xLabel
            options.yLabel = options.yLabel ?? chart.options.yLabel
        }
        self.options = options
        self.layers = layers
        parts = charts.map { $0.summary() }.filter { !$0.isEmpty }
    }

    public func summary() -> String {
        "Overlay of \(SummaryText.count(parts.count, "chart")) on shared axes: " + parts.joined(separator: " ")
    }

    /// The chart's type name for messages ("PieChart").
    static func kind(of chart: any Chart) -> String {
        String(describing: type(of: chart))
    }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        layeredNodes(size: size, measurer: measurer)
    }

    public func text(columns: Int) -> String {
        OverlayText.render(layers: layers, options: options, columns: columns)
    }
}
