import Graphics

/// Drawing a frame's grid, spines, ticks, tick labels, titles and notes.
extension CartesianFrame {
    /// Grid lines, drawn under the marks.
    func gridNodes(spec: CartesianSpec, theme: Theme) -> [Node] {
        var path = Path()
        if spec.horizontalGrid, y.scale.isNumeric {
            for t in y.ticks {
                let yy = Self.crisp(plot.minY + t.position)
                path.move(to: Point(plot.minX, yy)); path.line(to: Point(plot.maxX, yy))
            }
        }
        if spec.verticalGrid, x.scale.isNumeric {
            for t in x.ticks {
                let xx = Self.crisp(plot.minX + t.position)
                path.move(to: Point(xx, plot.minY)); path.line(to: Point(xx, plot.maxY))
            }
        }
        guard !path.isEmpty else { return [] }
        return [.shape(Shape(path, stroke: .solid(theme.grid), strokeStyle: StrokeStyle(width: 1)))]
    }

    /// Spines, tick marks, tick labels, axis labels, title and note, drawn over the marks.
    func axisNodes(spec: CartesianSpec, options: ChartOptions, theme: Theme, measurer: any TextMeasurer) -> [Node] {
        var nodes: [Node] = []
        var lines = Path()
        let bottom = Self.crisp(plot.maxY), left = Self.crisp(plot.minX)
        if spec.spines {
            lines.move(to: Point(plot.minX, bottom)); lines.line(to: Point(plot.maxX, bottom))
            if y.scale.isNumeric { lines.move(to: Point(left, plot.minY)); lines.line(to: Point(left, plot.maxY)) }
        }
        if x.scale.isNumeric {
            for t in x.ticks {
                let xx = Self.crisp(plot.minX + t.position)
                lines.move(to: Point(xx, plot.maxY)); lines.line(to: Point(xx, plot.maxY + AxisLayout.tickLength))
            }
        }
        if y.scale.isNumeric {
            for t in y.ticks {
                let yy = Self.crisp(plot.minY + t.position)
                lines.move(to: Point(plot.minX - AxisLayout.tickLength, yy)); lines.line(to: Point(plot.minX, yy))
            }
        }
        for position in x.minorTicks {
            let xx = Self.crisp(plot.minX + position)
            lines.move(to: Point(xx, plot.maxY)); lines.line(to: Point(xx, plot.maxY + AxisLayout.minorTickLength))
        }
        for position in y.minorTicks {
            let yy = Self.crisp(plot.minY + position)
            lines.move(to: Point(plot.minX - AxisLayout.minorTickLength, yy)); lines.line(to: Point(plot.minX, yy))
        }
        if !lines.isEmpty {
            nodes.append(.shape(Shape(lines, stroke: .solid(theme.axis), strokeStyle: StrokeStyle(width: 1))))
        }
        let tick = TextStyle(size: theme.tickSize, color: theme.mutedText)
        nodes += xTickLabels(style: TextStyle(size: x.labelSize ?? tick.size, color: tick.color), measurer: measurer)
        let labelX = plot.minX - (y.scale.isNumeric ? AxisLayout.tickLength + AxisLayout.labelGap : 6)
        let yTick = TextStyle(size: y.labelSize ?? tick.size, color: tick.color)
        for t in y.ticks {
            nodes.append(yTick.run(t.lines.first ?? "", x: labelX, centerY: plot.minY + t.position,
                                  anchor: .end, measurer: measurer))
        }
        nodes += titles(options: options, theme: theme, measurer: measurer)
        if let note = spec.note {
            let style = TextStyle(size: theme.noteSize, color: theme.mutedText)
            let m = style.metrics(note, measurer)
            nodes.append(.text(TextRun(note, at: Point(size.width - Self.padding, size.height - Self.padding + 4 - m.descent),
                                       size: style.size, anchor: .end, color: style.color)))
        }
        return nodes
    }

    private func xTickLabels(style: TextStyle, measurer: any TextMeasurer) -> [Node] {
        let top = plot.maxY + (x.scale.isNumeric ? AxisLayout.tickLength : 4) + AxisLayout.labelGap
        let lineHeight = style.lineHeight(measurer)
        var nodes: [Node] = []
        for t in x.ticks {
            let cx = plot.minX + t.position
            switch x.mode {
            case .horizontal, .wrapped:
                for (i, line) in t.lines.enumerated() {
                    nodes.append(style.run(line, x: cx, top: top + Double(i) * (lineHeight + 1), anchor: .middle, measurer: measurer))
                }
            case .rotated(let degrees):
                let text = t.lines.first ?? ""
                let m = style.metrics(text, measurer)
                let half = (m.ascent - m.descent) / 2
                let s = 0.5.squareRoot()
                let position = degrees == -90
                    ? Point(cx + half, top)
                    : Point(cx + half * s, top + s * (m.ascent - half) + half * s)
                nodes.append(.text(TextRun(text, at: position, size: style.size, anchor: .end,
                                           rotation: degrees, color: style.color)))
            }
        }
        return nodes
    }

    private func titles(options: ChartOptions, theme: Theme, measurer: any TextMeasurer) -> [Node] {
        var nodes: [Node] = []
        let label = TextStyle(size: theme.labelSize, color: theme.text)
        if let title = options.title {
            let style = TextStyle(size: theme.titleSize, weight: .bold, color: theme.text)
            let text = TextFit.truncate(title, width: size.width - 2 * Self.padding, style: style, measurer: measurer)
            nodes.append(style.run(text, x: size.width / 2, top: Self.padding, anchor: .middle, measurer: measurer))
        }
        if let xLabel = options.xLabel {
            let text = TextFit.truncate(xLabel, width: plot.width, style: label, measurer: measurer)
            let m = label.metrics(text, measurer)
            let baseline = plot.maxY + x.depth + 6 + m.ascent
            nodes.append(.text(TextRun(text, at: Point(plot.minX + plot.width / 2, baseline), size: label.size,
                                       anchor: .middle, color: label.color)))
        }
        if let yLabel = options.yLabel {
            let text = TextFit.truncate(yLabel, width: plot.height, style: label, measurer: measurer)
            let m = label.metrics(text, measurer)
            let position = Point(Self.padding + m.ascent, plot.minY + plot.height / 2)
            nodes.append(.text(TextRun(text, at: position, size: label.size, anchor: .middle,
                                       rotation: -90, color: label.color)))
        }
        return nodes
    }

    /// Snaps a coordinate to a pixel centre so 1-px lines stay sharp.
    static func crisp(_ v: Double) -> Double { v.rounded(.down) + 0.5 }
}
