import Graphics

/// One legend row: a key drawn like the series' marks (same colour and opacity) and its name.
struct LegendEntry {
    enum Mark { case box, line, dot, dash }
    var name: String
    var color: Color
    var mark: Mark
}

/// A legend's measured block; drawn at any origin.
struct LegendBlock {
    static let padding = 8.0
    static let swatch = 12.0
    static let gap = 6.0
    static let maxNameWidth = 160.0
    /// The stroke of a line key: the width of the lines it stands for.
    static let lineWidth = 2.0

    var entries: [LegendEntry]
    var names: [String]
    var rowHeight: Double
    var size: Size
    var style: TextStyle

    init(entries: [LegendEntry], theme: Theme, measurer: any TextMeasurer) {
        let style = TextStyle(size: theme.tickSize + 1, color: theme.text)
        let names = entries.map { TextFit.truncate($0.name, width: Self.maxNameWidth, style: style, measurer: measurer) }
        let rowHeight = Swift.max(Self.swatch, style.lineHeight(measurer)) + 4
        let textWidth = names.map { style.metrics($0, measurer).width }.max() ?? 0
        self.style = style; self.entries = entries; self.names = names; self.rowHeight = rowHeight
        size = Size(width: 2 * Self.padding + Self.swatch + Self.gap + textWidth,
                    height: 2 * Self.padding + rowHeight * Double(entries.count) - 4)
    }

    /// The legend's nodes with its top-left corner at `origin`; `framed` adds a background panel.
    func nodes(at origin: Point, framed: Bool, theme: Theme, measurer: any TextMeasurer) -> [Node] {
        var nodes: [Node] = []
        if framed {
            let box = Rect(x: origin.x, y: origin.y, width: size.width, height: size.height)
            nodes.append(.shape(Shape(PathKit.rect(box), fill: .solid(theme.background.withAlpha(0.85)),
                                      stroke: .solid(theme.grid), strokeStyle: StrokeStyle(width: 1))))
        }
        for (i, entry) in entries.enumerated() {
            let top = origin.y + Self.padding + Double(i) * rowHeight
            let centerY = top + (rowHeight - 4) / 2
            let x = origin.x + Self.padding
            nodes.append(swatch(entry, x: x, centerY: centerY))
            nodes.append(style.run(names[i], x: x + Self.swatch + Self.gap, centerY: centerY,
                                   anchor: .start, measurer: measurer))
        }
        return nodes
    }

    private func swatch(_ entry: LegendEntry, x: Double, centerY: Double) -> Node {
        let s = Self.swatch
        switch entry.mark {
        case .box:
            let r = Rect(x: x, y: centerY - s / 2, width: s, height: s)
            return .shape(Shape(PathKit.rect(r), fill: .solid(entry.color)))
        case .line:
            return .shape(Shape(PathKit.line(Point(x, centerY), Point(x + s, centerY)),
                                stroke: .solid(entry.color), strokeStyle: StrokeStyle(width: LegendBlock.lineWidth, cap: .round)))
        case .dot:
            return .shape(Shape(PathKit.circle(Point(x + s / 2, centerY), radius: 4), fill: .solid(entry.color)))
        case .dash:
            return .shape(Shape(PathKit.line(Point(x, centerY), Point(x + s, centerY)),
                                stroke: .solid(entry.color), strokeStyle: StrokeStyle(width: 1.5, dash: [4, 2])))
        }
    }
}

/// Chooses where a legend hides the least data.
enum LegendPlacement {
    /// The first inside corner (top-right, top-left, bottom-right, bottom-left)
    /// whose box covers none of `footprint`, or nil when each covers some mark.
    static func inside(plot: Rect, legend: Size, footprint: [Rect]) -> Point? {
        let inset = 8.0
        guard legend.width + 2 * inset <= plot.width, legend.height + 2 * inset <= plot.height else { return nil }
        let left = plot.minX + inset, right = plot.maxX - inset - legend.width
        let top = plot.minY + inset, bottom = plot.maxY - inset - legend.height
        let candidates = [Point(right, top), Point(left, top), Point(right, bottom), Point(left, bottom)]
        for corner in candidates {
            let box = Rect(x: corner.x - 4, y: corner.y - 4, width: legend.width + 8, height: legend.height + 8)
            if !footprint.contains(where: { $0.intersects(box) }) { return corner }
        }
        return nil
    }
}
