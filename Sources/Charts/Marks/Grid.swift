import Graphics

/// Charts composed as panels in rows of `columns`; each panel is drawn at
/// its cell's size with the grid's theme. Default size: 480 × 320 per panel.
public struct Grid: Chart {
    public var options: ChartOptions
    public let charts: [any Chart]
    public let columns: Int

    public static let panelSize = Size(width: 480, height: 320)

    public init(_ charts: [any Chart], columns: Int = 2, title: String? = nil,
                width: Double? = nil, height: Double? = nil) throws {
        guard !charts.isEmpty else { throw ChartError.empty(chart: "Grid", argument: "charts") }
        guard columns >= 1 else {
            throw ChartError.outOfRange(chart: "Grid", argument: "columns", value: Double(columns), allowed: "at least 1")
        }
        let used = Swift.min(columns, charts.count)
        let rows = (charts.count + used - 1) / used
        self.charts = charts
        self.columns = used
        self.options = ChartOptions(title: title, width: width ?? Self.panelSize.width * Double(used),
                                    height: height ?? Self.panelSize.height * Double(rows) + (title == nil ? 0 : 40))
    }

    var rows: Int { (charts.count + columns - 1) / columns }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        let theme = self.theme
        var out: [Node] = []
        var top = 0.0
        if let title = options.title {
            let style = TextStyle(size: theme.titleSize + 1, weight: .bold, color: theme.text)
            out.append(style.run(TextFit.truncate(title, width: size.width - 28, style: style, measurer: measurer),
                                 x: size.width / 2, top: 14, anchor: .middle, measurer: measurer))
            top = 14 + style.lineHeight(measurer) + 6
        }
        let cell = Size(width: size.width / Double(columns), height: (size.height - top) / Double(rows))
        for (i, chart) in charts.enumerated() {
            var panel = chart
            panel.options.theme = options.theme
            let origin = Point(Double(i % columns) * cell.width, top + Double(i / columns) * cell.height)
            out.append(.group(Group(panel.nodes(size: cell, measurer: measurer),
                                    transform: .translate(origin.x.rounded(), origin.y.rounded()))))
        }
        return out
    }

    public func text(columns: Int) -> String {
        var parts: [String] = []
        if let title = options.title { parts.append(title + "\n" + String(repeating: "═", count: Swift.min(columns, title.count))) }
        parts += charts.map { $0.text(columns: columns) }
        return parts.joined(separator: "\n\n")
    }
}
