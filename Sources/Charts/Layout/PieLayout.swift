#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Graphics

/// Places a pie's wedges and labels: inside labels where the wedge is wide
/// enough, outside labels stacked per side without overlap, with leader lines.
struct PieLayout {
    let chart: PieChart
    let size: Size
    let measurer: any TextMeasurer

    private struct Outside { var index: Int; var angle: Double; var right: Bool; var y: Double; var text: String }

    /// How far a leader goes radially past the rim before it bends.
    static let stub = 6.0
    /// How far right (left) of the rim a side's leaders bend level with their labels.
    static let kneeReach = 16.0
    /// How far right (left) of the rim a side's labels start.
    static let textReach = 26.0

    func nodes() -> [Node] {
        let theme = chart.options.theme.theme
        let slices = chart.slices
        let label = TextStyle(size: theme.tickSize + 1, color: theme.text)
        let lineHeight = label.lineHeight(measurer)
        let pad = CartesianFrame.padding
        var top = pad
        var nodes: [Node] = []
        if let title = chart.options.title {
            let style = TextStyle(size: theme.titleSize, weight: .bold, color: theme.text)
            nodes.append(style.run(TextFit.truncate(title, width: size.width - 2 * pad, style: style, measurer: measurer),
                                   x: size.width / 2, top: pad, anchor: .middle, measurer: measurer))
            top += style.lineHeight(measurer) + 12
        }
        let bottom = size.height - pad - (chart.droppedCount > 0 ? 14 : 0)
        let texts = slices.map { "\($0.label) \(NumberFormat.percent($0.fraction))" }
        let widest = texts.map { label.metrics($0, measurer).width }.max() ?? 0
        let center = Point(size.width / 2, (top + bottom) / 2)
        let radius = Swift.max(20, Swift.min((bottom - top) / 2 - lineHeight, size.width / 2 - widest - Self.textReach - 12))
        let inner = chart.donut ? radius * 0.55 : 0

        let r = chart.donut ? (radius + inner) / 2 : radius * 0.62
        let fitsInside = slices.indices.map { i in
            insideFit(slices[i], count: slices.count, r: r, radius: radius, inner: inner, lineHeight: lineHeight, style: label)
        }
        var start = Self.turn(fractions: slices.map(\.fraction), outside: fitsInside.map { !$0 })
        var outside: [Outside] = []
        var insideLabels: [Node] = []
        for (i, s) in slices.enumerated() {
            let sweep = s.fraction * 2 * Double.pi
            let color = theme.color(i)
            let wedge = PathKit.wedge(center: center, outer: radius, inner: inner, from: start, to: start + sweep)
            nodes.append(.shape(Shape(wedge, fill: .solid(color), stroke: slices.count > 1 ? .solid(theme.separator) : nil,
                                      strokeStyle: StrokeStyle(width: 1.5, join: .round),
                                      title: "\(s.label): \(NumberFormat.short(s.value)) (\(NumberFormat.percent(s.fraction)))")))
            let mid = start + sweep / 2
            let anchor = Point(center.x + r * sin(mid), center.y - r * cos(mid))
            let style = TextStyle(size: label.size, color: color.contrastingText)
            if fitsInside[i] {
                insideLabels.append(style.run(s.label, x: anchor.x, centerY: anchor.y - lineHeight / 2, anchor: .middle, measurer: measurer))
                insideLabels.append(style.run(NumberFormat.percent(s.fraction), x: anchor.x, centerY: anchor.y + lineHeight / 2,
                                              anchor: .middle, measurer: measurer))
            } else {
                outside.append(Outside(index: i, angle: mid, right: sin(mid) >= 0,
                                       y: center.y - (radius + 14) * cos(mid), text: texts[i]))
            }
            start += sweep
        }
        nodes += insideLabels
        nodes += outsideLabels(outside, center: center, radius: radius, top: top, bottom: bottom,
                               lineHeight: lineHeight, style: label, theme: theme)
        if chart.droppedCount > 0 {
            let note = TextStyle(size: theme.noteSize, color: theme.mutedText)
            nodes.append(note.run(ChartMessages.nonFiniteNote(chart.droppedCount), x: size.width - pad,
                                  centerY: size.height - pad, anchor: .end, measurer: measurer))
        }
        return nodes
    }

    /// Whether a slice's name and percentage fit inside its wedge (at `r` from the centre).
    private func insideFit(_ s: (label: String, value: Double, fraction: Double), count: Int, r: Double, radius: Double,
                           inner: Double, lineHeight: Double, style: TextStyle) -> Bool {
        let sweep = s.fraction * 2 * Double.pi
        let name = style.metrics(s.label, measurer).width, pct = style.metrics(NumberFormat.percent(s.fraction), measurer).width
        let chord = 2 * r * sin(Swift.min(sweep, Double.pi) / 2)
        let room = Swift.min(chart.donut ? (radius - inner) * 1.6 : radius * 0.7, count == 1 ? 2 * radius : chord)
        return Swift.max(name, pct) + 6 <= room && (sweep * r >= 2 * lineHeight + 4 || count == 1)
    }

    /// The angle (clockwise from 12 o'clock) the first slice starts at: 0 unless slices are labelled
    /// outside — then the smallest turn (in 2° steps) that keeps every such slice's middle as far
    /// from 12 and 6 o'clock as any turn can (within 0.02 of the best largest |cos|). Beside the
    /// pie, neighbouring small slices are spread vertically, so their labels stack next to them and
    /// the leaders run side by side; at 12 or 6 o'clock they all leave the rim at about one height
    /// and their leaders merge (matplotlib's `startangle`, chosen for the data).
    static func turn(fractions: [Double], outside: [Bool]) -> Double {
        var start = 0.0
        var middles: [Double] = []
        for (f, out) in zip(fractions, outside) {
            if out { middles.append(start + f * Double.pi) }
            start += f * 2 * Double.pi
        }
        guard !middles.isEmpty else { return 0 }
        func score(_ turn: Double) -> Double { middles.map { abs(cos($0 + turn)) }.max() ?? 0 }
        let candidates = (0..<180).map { k -> Double in
            let a = Double(k) * Double.pi / 90
            return a > Double.pi ? a - 2 * Double.pi : a
        }
        let best = candidates.map(score).min() ?? 0
        return candidates.filter { score($0) <= best + 0.02 }.min { abs($0) < abs($1) } ?? 0
    }

    /// Outside labels per side, pushed apart vertically to at least one line
    /// apart and kept inside `[top, bottom]`, each joined to its wedge by a leader.
    private func outsideLabels(_ labels: [Outside], center: Point, radius: Double, top: Double, bottom: Double,
                               lineHeight: Double, style: TextStyle, theme: Theme) -> [Node] {
        var nodes: [Node] = []
        let spacing = lineHeight + 3
        for right in [true, false] {
            var side = labels.filter { $0.right == right }.sorted { $0.y < $1.y }
            guard !side.isEmpty else { continue }
            for k in side.indices {
                side[k].y = Swift.max(side[k].y, top + lineHeight / 2)
                if k > 0 { side[k].y = Swift.max(side[k].y, side[k - 1].y + spacing) }
            }
            let overflow = (side.last?.y ?? 0) - (bottom - lineHeight / 2)
            if overflow > 0 {
                for k in side.indices.reversed() {
                    let limit = k == side.count - 1 ? bottom - lineHeight / 2 : side[k + 1].y - spacing
                    side[k].y = Swift.min(side[k].y, limit)
                }
            }
            // Leaders go out radially past the rim, then to one knee column per side at the label's
            // height: radial stubs never cross, and the columns keep every bend off the pie and
            // the leaders of neighbouring small slices apart (they merged at bends near the rim).
            let sign = right ? 1.0 : -1.0
            let kneeX = center.x + sign * (radius + Self.kneeReach), textX = center.x + sign * (radius + Self.textReach)
            for label in side {
                let direction = Point(sin(label.angle), -cos(label.angle))
                let edge = Point(center.x + radius * direction.x, center.y + radius * direction.y)
                let stub = Point(center.x + (radius + Self.stub) * direction.x, center.y + (radius + Self.stub) * direction.y)
                var leader = Path()
                leader.move(to: edge); leader.line(to: stub); leader.line(to: Point(kneeX, label.y))
                leader.line(to: Point(textX - sign * 3, label.y))
                nodes.append(.shape(Shape(leader, stroke: .solid(theme.axis), strokeStyle: StrokeStyle(width: 1, join: .round))))
                nodes.append(style.run(label.text, x: textX, centerY: label.y, anchor: right ? .start : .end, measurer: measurer))
            }
        }
        return nodes
    }
}
