import Charts
import Graphics

/// One panel of a `LossCurve`: raw lines faded, smoothed lines on top, and a
/// dashed marker with a label at the best epoch.
struct CurvePanel {
    let name: String
    let train: [Double]
    let validation: [Double]
    let isLoss: Bool

    func nodes(curve: LossCurve, last: Bool, size: Size, theme: Theme, measurer: any TextMeasurer) -> [Node] {
        let (lo, hi) = Self.domain(train + validation, isLoss: isLoss)
        let epochs = curve.totalEpochs ?? curve.curves.epochs
        let settings = PlotCanvas.Settings()
        let options = ChartOptions(xLabel: last ? "epoch" : nil, yLabel: name, width: size.width, height: size.height,
                                   theme: curve.options.theme)
        return PlotCanvas.render(x: .linear(lo: 1, hi: Double(Swift.max(2, epochs)), margin: AxisDomain.barMargin, integer: true),
                                 y: .linear(lo: lo, hi: hi, includeZero: isLoss, margin: AxisDomain.pointMargin),
                                 settings: settings, options: options, size: size, measurer: measurer) { frame in
            var marks = PlotCanvas.Marks()
            for (s, values) in [train, validation].enumerated() where values.contains(where: \.isFinite) {
                let color = theme.color(s)
                let raw = Self.points(values, frame)
                let smooth = Self.points(Smoothing.ema(values, weight: curve.smoothing), frame)
                let title = "\(s == 0 ? "training" : "validation") \(name): "
                    + "\(SummaryText.count(values.count, "epoch")), from \(SummaryText.range(of: values))"
                if curve.smoothing > 0 {
                    marks.under.append(Self.line(raw, color.withAlpha(0.28), width: 1.25, title: title))
                }
                marks.under.append(Self.line(smooth, color, width: 2, title: title))
                marks.footprint += Self.boxes(raw) + Self.boxes(smooth)
            }
            if let best = curve.curves.bestEpoch {
                let marker = bestMarker(best, curve: curve, frame: frame, theme: theme, measurer: measurer)
                marks.over += marker.nodes
                marks.footprint += marker.footprint
            }
            return marks
        }
    }

    private func bestMarker(_ epoch: Int, curve: LossCurve, frame: PlotCanvas.Frame, theme: Theme,
                            measurer: any TextMeasurer) -> (nodes: [Node], footprint: [Rect]) {
        let source = curve.curves.bestIsValidation ? validation : train
        let x = frame.px(Double(epoch))
        var dash = Path()
        dash.move(to: Point(x, frame.plot.minY)); dash.line(to: Point(x, frame.plot.maxY))
        var out: [Node] = [.shape(Shape(dash, stroke: .solid(theme.mutedText.withAlpha(0.7)),
                                        strokeStyle: StrokeStyle(width: 1, dash: [4, 3])))]
        if epoch - 1 < source.count, source[epoch - 1].isFinite {
            let p = Point(x, frame.py(source[epoch - 1]))
            out.append(.shape(Shape(Path.circle(center: p, radius: 4), fill: .solid(theme.background),
                                    stroke: .solid(theme.color(curve.curves.bestIsValidation ? 1 : 0)), strokeStyle: StrokeStyle(width: 2))))
        }
        var footprint = [Rect(x: x - 3, y: frame.plot.minY, width: 6, height: frame.plot.height)]
        if isLoss {
            let label = Label.note(theme)
            let text = "best epoch \(epoch)"
            let w = label.width(text, measurer)
            let leftSide = x + 4 + w > frame.plot.maxX
            out.append(label.run(text, x: leftSide ? x - 4 : x + 4, top: frame.plot.minY + 2,
                                 anchor: leftSide ? .end : .start, measurer: measurer))
            footprint.append(Rect(x: leftSide ? x - 6 - w : x, y: frame.plot.minY, width: w + 6, height: label.lineHeight(measurer) + 4))
        }
        return (out, footprint)
    }

    /// The y domain: a loss axis starts at 0, an accuracy axis ends at 1 at most, and neither
    /// reaches below 0 when every value is ≥ 0 (even when one flat value is widened by ±0.5).
    static func domain(_ values: [Double], isLoss: Bool) -> (lo: Double, hi: Double) {
        let extent = extent(values)
        var lo = isLoss ? Swift.min(0, extent.lo) : extent.lo
        let hi = isLoss ? extent.hi : Swift.min(1, Swift.max(extent.hi, extent.lo + 0.01))
        if values.allSatisfy({ !$0.isFinite || $0 >= 0 }) { lo = Swift.max(0, lo) }
        return (lo, hi)
    }

    static func extent(_ values: [Double]) -> (lo: Double, hi: Double) {
        let finite = values.filter(\.isFinite)
        guard let lo = finite.min(), let hi = finite.max() else { return (0, 1) }
        return lo == hi ? (lo - 0.5, hi + 0.5) : (lo, hi)
    }

    static func points(_ values: [Double], _ frame: PlotCanvas.Frame) -> [Point?] {
        values.enumerated().map { i, v in v.isFinite ? Point(frame.px(Double(i + 1)), frame.py(v)) : nil }
    }

    static func line(_ points: [Point?], _ color: Color, width: Double, title: String? = nil) -> Node {
        var path = Path()
        var pen = false
        for p in points {
            guard let p else { pen = false; continue }
            if pen { path.line(to: p) } else { path.move(to: p); pen = true }
        }
        if points.compactMap({ $0 }).count == 1, let p = points.compactMap({ $0 }).first {
            return .shape(Shape(Path.circle(center: p, radius: width + 1), fill: .solid(color), title: title))
        }
        return .shape(Shape(path, stroke: .solid(color), strokeStyle: StrokeStyle(width: width, cap: .round, join: .round), title: title))
    }

    static func boxes(_ points: [Point?]) -> [Rect] {
        let kept = points.compactMap { $0 }
        var boxes: [Rect] = []
        for (a, b) in zip(kept, kept.dropFirst()) {
            let length = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
            let pieces = Swift.max(1, Swift.min(200, Int((length / 6).rounded(.up))))
            for i in 0..<pieces {
                let t0 = Double(i) / Double(pieces), t1 = Double(i + 1) / Double(pieces)
                let p = Point(a.x + (b.x - a.x) * t0, a.y + (b.y - a.y) * t0), q = Point(a.x + (b.x - a.x) * t1, a.y + (b.y - a.y) * t1)
                boxes.append(Rect(x: Swift.min(p.x, q.x) - 2, y: Swift.min(p.y, q.y) - 2, width: abs(q.x - p.x) + 4, height: abs(q.y - p.y) + 4))
            }
        }
        return boxes
    }
}
