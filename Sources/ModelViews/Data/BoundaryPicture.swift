import Charts
import Graphics

/// Draws a `DecisionBoundary`: the field as runs of equal-colour cells merged
/// into one path per (class, confidence level), then the points by class.
struct BoundaryPicture {
    let chart: DecisionBoundary

    static let levels = 6
    /// The data points' opacity, which the legend keys repeat.
    static let pointAlpha = 0.9

    func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        let theme = chart.options.theme.theme
        let e = chart.extent
        var settings = PlotCanvas.Settings()
        settings.legend = chart.classNames.indices.map { PlotCanvas.LegendItem(chart.classNames[$0], color: theme.color($0).withAlpha(Self.pointAlpha), mark: .dot) }
        return PlotCanvas.render(x: .linear(lo: e.x.lo, hi: e.x.hi, margin: AxisDomain.pointMargin),
                                 y: .linear(lo: e.y.lo, hi: e.y.hi, margin: AxisDomain.pointMargin), settings: settings,
                                 options: chart.options, size: size, measurer: measurer) { frame in
            var marks = PlotCanvas.Marks()
            marks.under = field(frame: frame, theme: theme)
            let points = self.points(frame: frame, theme: theme)
            marks.under += points.nodes
            marks.footprint = points.footprint
            return marks
        }
    }

    private func field(frame: PlotCanvas.Frame, theme: Theme) -> [Node] {
        let plot = frame.plot
        let left = plot.minX.rounded(), top = plot.minY.rounded()
        let right = plot.maxX.rounded(), bottom = plot.maxY.rounded()
        let columns = Swift.max(1, Int(((right - left) / chart.cellSize).rounded(.up)))
        let rows = Swift.max(1, Int(((bottom - top) / chart.cellSize).rounded(.up)))
        let x0 = frame.px(0), x1 = frame.px(1), y0 = frame.py(0), y1 = frame.py(1)
        guard x1 != x0, y1 != y0 else { return [] }
        let xs = (lo: (left - x0) / (x1 - x0), hi: (right - x0) / (x1 - x0))
        let ys = (lo: (bottom - y0) / (y1 - y0), hi: (top - y0) / (y1 - y0))
        guard let cells = try? chart.field(columns: columns, rows: rows, xs: xs, ys: ys, stride: 2) else { return [] }
        let k = Double(Swift.max(2, chart.classNames.count))
        var paths: [Int: [Path.Element]] = [:]
        func cellX(_ c: Int) -> Double { Swift.min(right, left + (Double(c) * chart.cellSize).rounded()) }
        func cellY(_ r: Int) -> Double { Swift.min(bottom, top + (Double(r) * chart.cellSize).rounded()) }
        // Runs of equal colour per row; a run that repeats exactly in the next row grows down instead.
        var open: [Run: Int] = [:]
        func close(_ run: Run, from firstRow: Int, to endRow: Int) {
            let rect = Rect(x: cellX(run.start), y: cellY(firstRow), width: cellX(run.end) - cellX(run.start),
                            height: cellY(endRow) - cellY(firstRow))
            paths[run.key, default: []] += Path.rect(rect).elements
        }
        for r in 0..<rows {
            var next: [Run: Int] = [:]
            var c = 0
            while c < columns {
                let key = bucket(cells[r * columns + c], k: k)
                var end = c + 1
                while end < columns, bucket(cells[r * columns + end], k: k) == key { end += 1 }
                let run = Run(start: c, end: end, key: key)
                next[run] = open.removeValue(forKey: run) ?? r
                c = end
            }
            for (run, firstRow) in open.sorted(by: { $0.key.start < $1.key.start }) { close(run, from: firstRow, to: r) }
            open = next
        }
        for (run, firstRow) in open.sorted(by: { $0.key.start < $1.key.start }) { close(run, from: firstRow, to: rows) }
        return paths.keys.sorted().compactMap { key in
            guard let elements = paths[key] else { return nil }
            let level = Double(key % Self.levels + 1) / Double(Self.levels)
            let color = theme.background.mixed(with: theme.color(key / Self.levels), 0.1 + 0.42 * level)
            return .shape(Shape(Path(elements: elements), fill: .solid(color)))
        }
    }

    /// A horizontal run of cells of one colour.
    private struct Run: Hashable { let start: Int, end: Int, key: Int }

    /// class × levels + confidence level, confidence rescaled from 1/k…1 to 0…1.
    private func bucket(_ cell: (Int, Double), k: Double) -> Int {
        let confidence = Swift.max(0, Swift.min(1, (cell.1 - 1 / k) / (1 - 1 / k)))
        return cell.0 * Self.levels + Swift.min(Self.levels - 1, Int(confidence * Double(Self.levels)))
    }

    private func points(frame: PlotCanvas.Frame, theme: Theme) -> (nodes: [Node], footprint: [Rect]) {
        let n = chart.x.count
        let radius = n > 10_000 ? 1.5 : n > 1000 ? 2.5 : 3.5
        var groups = [[Path.Element]](repeating: [], count: chart.classNames.count)
        var footprint: [Rect] = []
        let footprintStride = Swift.max(1, n / 4000)
        for i in 0..<n where chart.x[i].isFinite && chart.y[i].isFinite && chart.labels[i] < groups.count {
            let p = Point(frame.px(chart.x[i]), frame.py(chart.y[i]))
            groups[chart.labels[i]] += [.move(p), .line(p)]
            if i % footprintStride == 0 {
                footprint.append(Rect(x: p.x - radius, y: p.y - radius, width: 2 * radius, height: 2 * radius))
            }
        }
        let style = StrokeStyle(width: 2 * radius, cap: .round)
        guard n <= TitledMarks.limit else {
            let nodes: [Node] = groups.enumerated().compactMap { g, elements in
                elements.isEmpty ? nil : .shape(Shape(Path(elements: elements), stroke: .solid(theme.color(g).withAlpha(Self.pointAlpha)),
                                                      strokeStyle: style))
            }
            return (nodes, footprint)
        }
        // Few points: each its own titled mark, opaque inside one translucent group per class.
        var marks = [[(path: Path, title: String)]](repeating: [], count: chart.classNames.count)
        for i in 0..<n where chart.x[i].isFinite && chart.y[i].isFinite && chart.labels[i] < marks.count {
            let p = Point(frame.px(chart.x[i]), frame.py(chart.y[i]))
            marks[chart.labels[i]].append((Path(elements: [.move(p), .line(p)]),
                                           "\(chart.classNames[chart.labels[i]]) · x \(NumberFormat.short(chart.x[i])), y \(NumberFormat.short(chart.y[i]))"))
        }
        let nodes: [Node] = marks.enumerated().compactMap { g, list in
            list.isEmpty ? nil : .group(Group(TitledMarks.shapes(list, fill: nil, stroke: .solid(theme.color(g)), strokeStyle: style),
                                              opacity: Self.pointAlpha))
        }
        return (nodes, footprint)
    }
}
