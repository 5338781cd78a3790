import Charts
import Graphics

/// The key of a `DecisionBoundary`, right of the plot: under a "confidence" heading, one row
/// per class — the class's point as drawn, a ramp of its field colour from chance (1/k) to
/// certain, and its name — then the ramp's two ends labelled as probabilities.
struct BoundaryKey {
    let classNames: [String]
    let theme: Theme

    static let gap = 16.0
    static let dot = 7.0
    static let minimumRamp = 56.0
    static let spacing = 6.0
    static let maxNameWidth = 110.0

    private var style: Label { Label.tick(theme) }
    private var heading: Label { Label(size: theme.tickSize, weight: .bold, color: theme.text) }
    private var ends: (low: String, high: String) {
        (NumberFormat.percent(1 / Double(Swift.max(2, classNames.count))), NumberFormat.percent(1))
    }

    /// The ramps' length: room for both end labels side by side.
    private func ramp(_ measurer: any TextMeasurer) -> Double {
        Swift.max(Self.minimumRamp, style.width(ends.low, measurer) + style.width(ends.high, measurer) + 10)
    }

    /// Pixels the key takes right of the plot, its gap included.
    func reach(measurer: any TextMeasurer) -> Double {
        let names = classNames.map { Swift.min(Self.maxNameWidth, style.width($0, measurer)) }.max() ?? 0
        let rows = Self.dot + Self.spacing + ramp(measurer) + Self.spacing + names
        return Self.gap + Swift.max(rows, heading.width("confidence", measurer))
    }

    /// The key with its top-left corner at `origin`.
    func nodes(at origin: Point, measurer: any TextMeasurer) -> [Node] {
        let line = style.lineHeight(measurer)
        let row = Swift.max(line, 10) + 5
        var nodes: [Node] = [heading.run("confidence", x: origin.x, top: origin.y, measurer: measurer)]
        var y = origin.y + heading.lineHeight(measurer) + 6
        let rampX = origin.x + Self.dot + Self.spacing, length = ramp(measurer)
        for (k, name) in classNames.enumerated() {
            let center = y + row / 2
            let dot = Rect(x: origin.x, y: center - Self.dot / 2, width: Self.dot, height: Self.dot)
            nodes.append(.shape(Shape(Path.ellipse(in: dot), fill: .solid(theme.color(k).withAlpha(BoundaryPicture.pointAlpha)))))
            let bar = Rect(x: rampX, y: center - row / 2 + 2, width: length, height: row - 4)
            let gradient = LinearGradient(start: Point(bar.minX, center), end: Point(bar.maxX, center), stops: [
                LinearGradient.Stop(offset: 0, color: FieldPalette.color(class: k, confidence: 0, theme: theme)),
                LinearGradient.Stop(offset: 1, color: FieldPalette.color(class: k, confidence: 1, theme: theme)),
            ])
            nodes.append(.shape(Shape(Path.rect(bar), fill: .linearGradient(gradient))))
            nodes.append(style.run(style.truncated(name, width: Self.maxNameWidth, measurer), x: bar.maxX + Self.spacing,
                                   centerY: center, measurer: measurer))
            y += row
        }
        nodes.append(style.run(ends.low, x: rampX, top: y + 2, anchor: .start, measurer: measurer))
        nodes.append(style.run(ends.high, x: rampX + length, top: y + 2, anchor: .end, measurer: measurer))
        return nodes
    }
}
