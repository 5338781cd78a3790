import Charts
import Graphics

/// One class's curve in `ROCCurve` or `PrecisionRecallCurve`: the points drawn, the area the
/// legend shows (AUC or average precision), how many examples are positives, and the area a
/// guess would get (0.5, or the prevalence).
public struct ClassCurve: Sendable, Equatable {
    public var name: String
    public var x: [Double]
    public var y: [Double]
    public var area: Double
    public var positives: Int
    public var chance: Double

    public init(name: String, x: [Double], y: [Double], area: Double, positives: Int, chance: Double) {
        self.name = name; self.x = x; self.y = y; self.area = area; self.positives = positives; self.chance = chance
    }
}

/// The layers and the text shared by the two evaluation curves.
enum CurveLayers {
    /// "setosa (AUC 0.983)".
    static func legendName(_ curve: ClassCurve, metric: String) -> String {
        "\(curve.name) (\(metric) \(areaText(curve.area)))"
    }

    /// An area to three decimals ("0.983", "1.000").
    static func areaText(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    /// One line per class over the unit square.
    static func curves(_ curves: [ClassCurve], metric: String, kind: String) -> ChartLayer {
        ChartLayer(kind: kind, x: .linear(lo: 0, hi: 1), y: .linear(lo: 0, hi: 1),
                   series: curves.map { ChartLayer.Series(legendName($0, metric: metric), mark: .line) },
                   draw: { context in
                       var marks = PlotCanvas.Marks()
                       for (curve, color) in zip(curves, context.colors) {
                           let points = zip(curve.x, curve.y).map { Point(context.frame.px($0), context.frame.py($1)) }
                           marks.under.append(CurvePanel.line(points, color, width: 2, title: legendName(curve, metric: metric)))
                           marks.footprint += CurvePanel.boxes(points)
                       }
                       return marks
                   },
                   text: { plot in for curve in curves { plot.line(x: curve.x, y: curve.y) } })
    }

    /// The dashed diagonal of a classifier that guesses (ROC).
    static func diagonal(label: String, kind: String) -> ChartLayer {
        ChartLayer(kind: kind, x: .linear(lo: 0, hi: 1), y: .linear(lo: 0, hi: 1),
                   series: [ChartLayer.Series(label, mark: .dash, tint: .muted)],
                   draw: { context in
                       let a = Point(context.frame.px(0), context.frame.py(0)), b = Point(context.frame.px(1), context.frame.py(1))
                       let line = Shape(Path.line(from: a, to: b), stroke: .solid(context.colors.first ?? context.theme.mutedText),
                                        strokeStyle: StrokeStyle(width: 1.5, dash: [6, 4]))
                       return PlotCanvas.Marks(under: [.shape(line)])
                   },
                   text: { plot in plot.line(x: [0, 1], y: [0, 1]) })
    }

    /// A marked point with a legend entry (the model's own decisions on the ROC curve).
    static func point(_ p: (x: Double, y: Double), label: String, kind: String) -> ChartLayer {
        ChartLayer(kind: kind, x: .linear(lo: 0, hi: 1), y: .linear(lo: 0, hi: 1),
                   series: [ChartLayer.Series(label, mark: .dot)],
                   draw: { context in
                       let center = Point(context.frame.px(p.x), context.frame.py(p.y))
                       let dot = Shape(Path.circle(center: center, radius: 5), fill: .solid(context.colors.first ?? context.theme.text),
                                       stroke: .solid(context.theme.background), strokeStyle: StrokeStyle(width: 1.5))
                       return PlotCanvas.Marks(over: [.shape(dot)],
                                               footprint: [Rect(x: center.x - 6, y: center.y - 6, width: 12, height: 12)])
                   },
                   text: { plot in plot.points(x: [p.x], y: [p.y]) })
    }

    /// The words of a curve's summary: each class's area, the macro average and the accuracy.
    static func summary(_ kind: String, metric: String, curves: [ClassCurve], macro: Double?, accuracy: Double?) -> String {
        "\(kind) of \(SummaryText.count(curves.count, "class", "classes")) against the rest: "
            + curves.map { "\($0.name) \(metric) \(areaText($0.area))" }.joined(separator: ", ")
            + (macro.map { "; macro \(metric) \(areaText($0))" } ?? "")
            + (accuracy.map { "; accuracy \(NumberFormat.percent($0))" } ?? "") + "."
    }

    /// The text form's notes: the accuracy of the model's decisions and the classes without a curve.
    static func notes(accuracy: Double?, leftOut: [String], because reason: String) -> [String] {
        var notes: [String] = []
        if let accuracy { notes.append("accuracy of the model's decisions \(LossText.percent(accuracy)) (as evaluate)") }
        if !leftOut.isEmpty { notes.append("no curve for " + leftOut.joined(separator: ", ") + " (\(reason))") }
        return notes
    }

    /// The text form: a table of each class's area with a bar, the chance level, the macro
    /// average, the accuracy of the model's decisions and any class left out.
    static func table(title: String?, metric: String, curves: [ClassCurve], macro: Double?, chance: Double,
                      notes: [String], columns: Int) -> String {
        var lines: [String] = []
        if let title { lines.append(title) }
        let nameWidth = Swift.min(18, Swift.max(8, (curves.map(\.name.count) + [6]).max() ?? 8)) + 2
        let barWidth = Swift.max(4, Swift.min(30, columns - nameWidth - 22))
        lines.append(HistogramText.pad("class", nameWidth) + metric.padding(5) + "  " + String(repeating: " ", count: barWidth)
                     + "  positives")
        func row(_ name: String, _ value: Double, _ count: String) {
            let bar = Sparkline.bar(value, width: barWidth)
            lines.append(HistogramText.pad(name, nameWidth) + areaText(value) + "  " + bar
                         + String(repeating: " ", count: Swift.max(0, barWidth - bar.count)) + "  " + count)
        }
        for curve in curves { row(curve.name, curve.area, Count.text(curve.positives)) }
        if let macro { row("macro", macro, "") }
        row("chance", chance, "")
        lines += notes
        return lines.map { String($0.prefix(columns)).trimmingSpaces() }.joined(separator: "\n")
    }
}

extension String {
    /// The text padded with spaces to at least `width` characters.
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: Swift.max(0, width - count)) }
}
