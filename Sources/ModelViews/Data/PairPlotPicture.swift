import Charts
import Graphics

/// Draws `PairPlot`: the title, a square grid of panels with shared axes (tick labels and
/// feature names on the left column and the bottom row), scatters off the diagonal, per-class
/// histograms on it, and a legend of the classes on the right.
struct PairPlotPicture {
    let chart: PairPlot
    let size: Size
    let measurer: any TextMeasurer

    static let padding = 14.0
    static let gap = 6.0

    func nodes() -> [Node] {
        let theme = chart.options.theme.theme
        let f = chart.featureNames.count
        var out: [Node] = []
        var top = Self.padding
        if let title = chart.options.title {
            let style = Label.title(theme)
            out.append(style.run(style.truncated(title, width: size.width - 2 * Self.padding, measurer), x: size.width / 2,
                                 top: Self.padding, anchor: .middle, measurer: measurer))
            top += style.lineHeight(measurer) + 8
        }
        let tick = Label.tick(theme), body = Label.body(theme), note = Label.note(theme)
        let ticks = chart.domains.map { Ticks.values($0.lo, $0.hi, count: 3) }
        let labels = zip(ticks, chart.domains).map { values, d in
            NumberFormat.tickLabels(values, step: Ticks.step(d.lo, d.hi, count: 3))
        }
        let tickWidth = labels.flatMap { $0 }.map { tick.width($0, measurer) }.max() ?? 0
        let legend = legendEntries(theme)
        let legendWidth = legend.isEmpty ? 0 : (legend.map { body.width($0.name, measurer) }.max() ?? 0) + 30
        let left = Self.padding + body.lineHeight(measurer) + 6 + tickWidth + 5
        var bottom = Self.padding + body.lineHeight(measurer) + 6 + tick.lineHeight(measurer) + 4
        let noteText = noteLine
        if noteText != nil { bottom += note.lineHeight(measurer) + 4 }
        let gridWidth = size.width - left - Self.padding - legendWidth
        let gridHeight = size.height - top - bottom
        let cell = Size(width: Swift.max(4, (gridWidth - Double(f - 1) * Self.gap) / Double(f)),
                        height: Swift.max(4, (gridHeight - Double(f - 1) * Self.gap) / Double(f)))
        func rect(_ row: Int, _ column: Int) -> Rect {
            Rect(x: left + Double(column) * (cell.width + Self.gap), y: top + Double(row) * (cell.height + Self.gap),
                 width: cell.width, height: cell.height)
        }
        for row in 0..<f {
            for column in 0..<f {
                let r = rect(row, column)
                out.append(.shape(Shape(Path.rect(r), fill: .solid(theme.background))))
                out += gridLines(r, xTicks: ticks[column], yTicks: row == column ? [] : ticks[row], column: column, row: row, theme: theme)
                out += row == column ? histogram(column, in: r, theme: theme) : scatter(x: column, y: row, in: r, theme: theme)
                out.append(.shape(Shape(Path.rect(r), stroke: .solid(theme.axis.withAlpha(0.5)), strokeStyle: StrokeStyle(width: 1))))
            }
        }
        for j in 0..<f {
            let column = rect(f - 1, j), row = rect(j, 0)
            for (value, text) in zip(ticks[j], labels[j]) {
                out.append(tick.run(text, x: px(value, j, column), top: column.maxY + 4, anchor: .middle, measurer: measurer))
                out.append(tick.run(text, x: row.minX - 5, centerY: py(value, j, row), anchor: .end, measurer: measurer))
            }
            let name = body.truncated(chart.featureNames[j], width: column.width + Self.gap, measurer)
            out.append(body.run(name, x: column.center.x, top: column.maxY + 6 + tick.lineHeight(measurer), anchor: .middle,
                                measurer: measurer))
            let rowName = body.truncated(chart.featureNames[j], width: row.height + Self.gap, measurer)
            let m = measurer.measure(rowName, size: body.size, weight: body.weight)
            out.append(.text(TextRun(rowName, at: Point(Self.padding + m.ascent, row.center.y), size: body.size, anchor: .middle,
                                     rotation: -90, color: body.color)))
        }
        if let noteText {
            out.append(note.run(note.truncated(noteText, width: size.width - 2 * Self.padding, measurer), x: left,
                                top: size.height - Self.padding - note.lineHeight(measurer), measurer: measurer))
        }
        let legendX = size.width - Self.padding - legendWidth + 12
        for (k, entry) in legend.enumerated() {
            let y = top + 10 + Double(k) * (body.lineHeight(measurer) + 6)
            out.append(.shape(Shape(Path.circle(center: Point(legendX + 5, y), radius: 4), fill: .solid(entry.color))))
            out.append(body.run(entry.name, x: legendX + 14, centerY: y, measurer: measurer))
        }
        return out
    }

    private var noteLine: String? {
        var parts: [String] = []
        let total = chart.columns.first?.count ?? 0
        let drawn = chart.drawnExamples.count
        if drawn < total { parts.append("\(drawn) of \(total) examples drawn in the scatters (evenly spaced); histograms count all") }
        if chart.dropped > 0 { parts.append("\(Count.noun(chart.dropped, "example")) with NaN or infinite features left out") }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    private func legendEntries(_ theme: Theme) -> [(name: String, color: Color)] {
        chart.labels == nil ? [] : chart.classNames.indices.map { (chart.classNames[$0], theme.color($0)) }
    }

    private func px(_ value: Double, _ feature: Int, _ r: Rect) -> Double {
        let d = chart.domains[feature]
        return r.minX + (value - d.lo) / (d.hi - d.lo) * r.width
    }

    private func py(_ value: Double, _ feature: Int, _ r: Rect) -> Double {
        let d = chart.domains[feature]
        return r.maxY - (value - d.lo) / (d.hi - d.lo) * r.height
    }

    private func gridLines(_ r: Rect, xTicks: [Double], yTicks: [Double], column: Int, row: Int, theme: Theme) -> [Node] {
        var elements: [Path.Element] = []
        for value in xTicks {
            let x = px(value, column, r).rounded(.down) + 0.5
            elements += Path.line(from: Point(x, r.minY), to: Point(x, r.maxY)).elements
        }
        for value in yTicks {
            let y = py(value, row, r).rounded(.down) + 0.5
            elements += Path.line(from: Point(r.minX, y), to: Point(r.maxX, y)).elements
        }
        return elements.isEmpty ? [] : [.shape(Shape(Path(elements: elements), stroke: .solid(theme.grid), strokeStyle: StrokeStyle(width: 1)))]
    }

    private func scatter(x: Int, y: Int, in r: Rect, theme: Theme) -> [Node] {
        let drawn = chart.drawnExamples
        let radius = drawn.count > 1000 ? 1.2 : drawn.count > 300 ? 1.8 : 2.4
        let groups = Swift.max(1, chart.classNames.count)
        var paths = [[Path.Element]](repeating: [], count: groups)
        for i in drawn {
            let center = Point(px(chart.columns[x][i], x, r), py(chart.columns[y][i], y, r))
            paths[chart.labels?[i] ?? 0] += Path.circle(center: center, radius: radius).elements
        }
        return paths.enumerated().compactMap { k, elements -> Node? in
            elements.isEmpty ? nil : .shape(Shape(Path(elements: elements), fill: .solid(theme.color(k).withAlpha(0.7))))
        }
    }

    private func histogram(_ j: Int, in r: Rect, theme: Theme) -> [Node] {
        let (edges, counts) = chart.histogram(j, bins: chart.bins)
        let highest = Double(counts.flatMap { $0 }.max() ?? 1)
        let overlay = counts.count > 1
        var out: [Node] = []
        for (k, series) in counts.enumerated() {
            var elements: [Path.Element] = []
            for (b, count) in series.enumerated() where count > 0 {
                let x0 = px(edges[b], j, r), x1 = px(edges[b + 1], j, r)
                let h = Double(count) / highest * (r.height - 4)
                let gap = x1 - x0 > 4 ? 0.5 : 0
                elements += Path.rect(Rect(x: x0 + gap, y: r.maxY - h, width: Swift.max(0.5, x1 - x0 - 2 * gap), height: h)).elements
            }
            let color = theme.color(k)
            if !elements.isEmpty { out.append(.shape(Shape(Path(elements: elements), fill: .solid(overlay ? color.withAlpha(0.55) : color)))) }
        }
        return out
    }
}
