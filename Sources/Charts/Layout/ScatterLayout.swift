import Graphics

/// A `ScatterPlot` as one layer: a dot per point, one colour per class, both axes with a margin.
extension ScatterPlot: LayeredChart {
    public var layers: [ChartLayer] {
        let xe = DataCheck.extent([x]) ?? (0, 1), ye = DataCheck.extent([y]) ?? (0, 1)
        let classes = self.classes
        let series = classes.isEmpty ? [ChartLayer.Series("", mark: .dot)] : classes.map { ChartLayer.Series($0, mark: .dot, alpha: Self.pointAlpha) }
        return [ChartLayer(kind: "ScatterPlot", x: .padded(xe.lo, xe.hi), y: .padded(ye.lo, ye.hi), series: series,
                           dropped: droppedCount, draw: marks, text: { plot in plot.points(x: x, y: y) })]
    }

    private func marks(_ context: ChartLayer.Context) -> PlotCanvas.Marks {
        let frame = context.frame
        var marks = PlotCanvas.Marks()
        let n = x.count
        let radius = n > 10_000 ? 1.5 : n > 1000 ? 2.5 : 3.5
        let footprintStride = Swift.max(1, n / 4000)
        let compact = n > Self.compactThreshold
        let classes = self.classes
        for (g, members) in groups.enumerated() {
            var elements: [Path.Element] = []
            for (k, i) in members.enumerated() where x[i].isFinite && y[i].isFinite {
                let p = Point(frame.px(x[i]), frame.py(y[i]))
                elements += compact ? [.move(p), .line(p)] : PathKit.circle(p, radius: radius).elements
                if k % footprintStride == 0 { marks.footprint.append(Footprint.dot(p, radius: radius)) }
            }
            let color = Paint.solid(context.colors[g].withAlpha(Self.pointAlpha))
            if n <= TitledMarks.limit, !compact {
                // A titled shape per point, opaque inside one translucent group: overlaps look
                // as in a single path, and each point shows its values on hover.
                let name = classes.isEmpty ? "" : "\(classes[g]) · "
                let dots = members.filter { x[$0].isFinite && y[$0].isFinite }.map { i in
                    (path: PathKit.circle(Point(frame.px(x[i]), frame.py(y[i])), radius: radius),
                     title: "\(name)x \(NumberFormat.short(x[i])), y \(NumberFormat.short(y[i]))")
                }
                marks.under.append(.group(Group(TitledMarks.shapes(dots, fill: .solid(context.colors[g])), opacity: Self.pointAlpha)))
                continue
            }
            let dots = Path(elements: elements)
            marks.under.append(.shape(compact
                ? Shape(dots, stroke: color, strokeStyle: StrokeStyle(width: 2 * radius, cap: .round))
                : Shape(dots, fill: color)))
        }
        return marks
    }
}
