import Charts
import Graphics

/// Draws `Attributions`: the bar panel and the beeswarm panel side by side under the title,
/// their feature bands aligned, and a colour bar for the feature value.
struct AttributionsPicture {
    let chart: Attributions
    let size: Size
    let measurer: any TextMeasurer

    static let colormap = Colormap.coolwarm
    static let levels = 24

    func nodes() -> [Node] {
        let theme = chart.options.theme.theme
        var out: [Node] = []
        var top = 0.0
        if let title = chart.options.title {
            let style = Label.title(theme)
            out.append(style.run(style.truncated(title, width: size.width - 28, measurer), x: size.width / 2, top: 14,
                                 anchor: .middle, measurer: measurer))
            top = 14 + style.lineHeight(measurer) + 2
        }
        let panel = Size(width: (size.width * 0.36).rounded(), height: size.height - top)
        out.append(.group(Group(bars(panel, theme: theme), transform: .translate(0, top))))
        let rest = Size(width: size.width - panel.width, height: panel.height)
        out.append(.group(Group(swarm(rest, theme: theme), transform: .translate(panel.width, top))))
        return out
    }

    private func panelOptions(_ xLabel: String, _ size: Size) -> ChartOptions {
        ChartOptions(xLabel: xLabel, width: size.width, height: size.height, theme: chart.options.theme)
    }

    private func bars(_ size: Size, theme: Theme) -> [Node] {
        let shown = chart.shown
        let names = shown.map { chart.featureNames[$0] }
        let top = shown.map { chart.meanMagnitude[$0] }.max() ?? 1
        var settings = PlotCanvas.Settings()
        settings.horizontalGrid = false
        let label = chart.featureNames.count > shown.count
            ? "mean |attribution| (top \(shown.count) of \(chart.featureNames.count))" : "mean |attribution|"
        return PlotCanvas.render(x: .linear(lo: 0, hi: top > 0 ? top : 1, includeZero: true), y: .bands(names), settings: settings,
                                 options: panelOptions(label, size), size: size, measurer: measurer) { frame in
            var marks = PlotCanvas.Marks()
            var bars: [(path: Path, title: String)] = []
            for (row, feature) in shown.enumerated() {
                guard let band = frame.yBand(row) else { continue }
                let x0 = frame.px(0), x1 = frame.px(chart.meanMagnitude[feature])
                let rect = Rect(x: x0, y: band.start, width: Swift.max(0, x1 - x0), height: band.end - band.start)
                bars.append((Path.rect(rect), "\(chart.featureNames[feature]): mean |attribution| \(NumberFormat.short(chart.meanMagnitude[feature]))"))
                marks.footprint.append(rect)
            }
            marks.under += TitledMarks.shapes(bars, fill: .solid(theme.color(0)))
            return marks
        }
    }

    private func swarm(_ size: Size, theme: Theme) -> [Node] {
        let shown = chart.shown
        let all = shown.flatMap { j in chart.gradients.attributions.map { $0[j] } }.filter(\.isFinite)
        var lo = all.min() ?? -1, hi = all.max() ?? 1
        if lo == hi { lo -= 0.5; hi += 0.5 }
        let pad = (hi - lo) * 0.03
        var settings = PlotCanvas.Settings()
        settings.horizontalGrid = false
        settings.extraRight = 64
        let n = chart.gradients.attributions.count
        let radius = n > 1000 ? 1.6 : n > 300 ? 2.2 : 3
        return PlotCanvas.render(x: .linear(lo: lo - pad, hi: hi + pad), y: .bands(shown.map { _ in "" }), settings: settings,
                                 options: panelOptions("attribution to \(chart.explained)", size), size: size,
                                 measurer: measurer) { frame in
            var marks = PlotCanvas.Marks()
            if lo - pad < 0, hi + pad > 0 {
                let x = frame.px(0).rounded(.down) + 0.5
                marks.under.append(.shape(Shape(Path.line(from: Point(x, frame.plot.minY), to: Point(x, frame.plot.maxY)),
                                                stroke: .solid(theme.mutedText.withAlpha(0.6)), strokeStyle: StrokeStyle(width: 1))))
            }
            var paths = [[Path.Element]](repeating: [], count: Self.levels + 1)
            for (row, feature) in shown.enumerated() {
                guard let band = frame.yBand(row) else { continue }
                let values = Beeswarm.normalized(chart.featureValues.map { $0[feature] })
                let xs = chart.gradients.attributions.map { frame.px($0[feature]) }
                let center = (band.start + band.end) / 2
                let offsets = Beeswarm.offsets(xs, radius: radius, maxOffset: Swift.max(0, (band.end - band.start) / 2 - radius))
                for i in xs.indices where xs[i].isFinite {
                    let level = values[i].isNaN ? Self.levels : Swift.min(Self.levels - 1, Int(values[i] * Double(Self.levels)))
                    paths[level] += Path.circle(center: Point(xs[i], center + offsets[i]), radius: radius).elements
                }
            }
            for (level, path) in paths.enumerated() where !path.isEmpty {
                let color = level == Self.levels ? theme.mutedText
                    : Self.colormap.color(at: (Double(level) + 0.5) / Double(Self.levels))
                marks.under.append(.shape(Shape(Path(elements: path), fill: .solid(color.withAlpha(0.85)))))
            }
            marks.over += colorBar(frame, theme: theme)
            return marks
        }
    }

    private func colorBar(_ frame: PlotCanvas.Frame, theme: Theme) -> [Node] {
        let bar = Rect(x: frame.plot.maxX + 16, y: frame.plot.minY, width: 10, height: frame.plot.height)
        let gradient = LinearGradient(start: Point(bar.minX, bar.maxY), end: Point(bar.minX, bar.minY), stops: Self.colormap.stops())
        let tick = Label.tick(theme)
        var nodes: [Node] = [.shape(Shape(Path.rect(bar), fill: .linearGradient(gradient)))]
        nodes.append(tick.run("high", x: bar.maxX + 4, top: bar.minY, measurer: measurer))
        nodes.append(tick.run("low", x: bar.maxX + 4, top: bar.maxY - tick.lineHeight(measurer), measurer: measurer))
        let label = Label.body(theme)
        let m = measurer.measure("feature value", size: label.size, weight: label.weight)
        nodes.append(.text(TextRun("feature value", at: Point(bar.maxX + 34 + m.ascent, bar.center.y), size: label.size,
                                   anchor: .middle, rotation: -90, color: label.color)))
        return nodes
    }
}
