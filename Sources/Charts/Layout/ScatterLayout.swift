import Graphics

/// A `ScatterPlot` as one layer: a dot per point, one colour per class, both axes with a margin.
extension ScatterPlot: LayeredChart {
    public var layers: [ChartLayer] {
        let xe = DataCheck.extent([x]) ?? (0, 1), ye = DataCheck.extent([y]) ?? (0, 1)
        let classes = self.classes
        let series = classes.isEmpty ? [ChartLayer.Series("", mark: .dot)] : classes.map { ChartLayer.Series($0, mark: .dot, alpha: Self.pointAlpha) }
        var layer = ChartLayer(kind: "ScatterPlot", x: .padded(xe.lo, xe.hi), y: .padded(ye.lo, ye.hi), series: series,
                               dropped: droppedCount, draw: marks, text: { plot in plot.points(x: x, y: y) })
        layer.footprint = { footprint($0.frame) }
        return [layer]
    }

    /// A dot's radius for a plot of `count` points.
    private static func radius(count: Int) -> Double {
        count > 10_000 ? 1.5 : count > 1000 ? 2.5 : 3.5
    }

    /// The boxes of the dots (every `n / 4000`-th point of each class), which the legend must not hide.
    private func footprint(_ frame: PlotCanvas.Frame) -> [Rect] {
        let radius = Self.radius(count: x.count)
        let footprintStride = Swift.max(1, x.count / 4000)
        var boxes: [Rect] = []
        for members in groups {
            for (k, i) in members.enumerated() where k % footprintStride == 0 && x[i].isFinite && y[i].isFinite {
                boxes.append(Footprint.dot(Point(frame.px(x[i]), frame.py(y[i])), radius: radius))
            }
        }
        return boxes
    }

    private func marks(_ context: ChartLayer.Context) -> PlotCanvas.Marks {
        let frame = context.frame
        var marks = PlotCanvas.Marks(footprint: footprint(frame))
        let n = x.count
        let radius = Self.radius(count: n)
        let compact = n > Self.compactThreshold
        let classes = self.classes
        for (g, members) in groups.enumerated() {
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
            var elements: [Path.Element] = []
            for i in members where x[i].isFinite && y[i].isFinite {
                let p = Point(frame.px(x[i]), frame.py(y[i]))
                elements += compact ? [.move(p), .line(p)] : PathKit.circle(p, radius: radius).elements
            }
            let color = Paint.solid(context.colors[g].withAlpha(Self.pointAlpha))
            let dots = Path(elements: elements)
            marks.under.append(.shape(compact
                ? Shape(dots, stroke: color, strokeStyle: StrokeStyle(width: 2 * radius, cap: .round))
                : Shape(dots, fill: color)))
        }
        return marks
    }
}
