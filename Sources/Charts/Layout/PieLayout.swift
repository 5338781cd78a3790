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
        let radius = Swift.max(20, Swift.min((bottom - top) / 2 - lineHeight, size.width / 2 - widest - 36))
        let inner = chart.donut ? radius * 0.55 : 0

        var start = 0.0
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
            let r = chart.donut ? (radius + inner) / 2 : radius * 0.62
            let anchor = Point(center.x + r * sin(mid), center.y - r * cos(mid))
            let name = label.metrics(s.label, measurer).width, pct = label.metrics(NumberFormat.percent(s.fraction), measurer).width
            let chord = 2 * r * sin(Swift.min(sweep, Double.pi) / 2)
            let room = Swift.min(chart.donut ? (radius - inner) * 1.6 : radius * 0.7, slices.count == 1 ? 2 * radius : chord)
            let style = TextStyle(size: label.size, color: color.contrastingText)
            if Swift.max(name, pct) + 6 <= room, sweep * r >= 2 * lineHeight + 4 || slices.count == 1 {
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
            let textX = center.x + (right ? 1 : -1) * (radius + 24)
            for label in side {
                let edge = Point(center.x + radius * sin(label.angle), center.y - radius * cos(label.angle))
                let dy = label.y - center.y, ring = radius + 12
                let reach = (Swift.max(0, ring * ring - dy * dy)).squareRoot()
                let elbow = Point(center.x + (right ? 1 : -1) * Swift.max(reach, abs(edge.x - center.x)), label.y)
                var leader = Path()
                leader.move(to: edge); leader.line(to: elbow); leader.line(to: Point(textX + (right ? -3 : 3), label.y))
                nodes.append(.shape(Shape(leader, stroke: .solid(theme.axis), strokeStyle: StrokeStyle(width: 1, join: .round))))
                nodes.append(style.run(label.text, x: textX, centerY: label.y, anchor: right ? .start : .end, measurer: measurer))
            }
        }
        return nodes
    }
}
