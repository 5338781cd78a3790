import Charts
import Graphics
import Learn

/// `LossCurve(["sgd": h1, "adam": h2])`: several training runs on one chart — one colour per
/// run, the training loss solid over its faded raw line, the validation loss dashed, accuracy on
/// a second panel when any run recorded it — so optimizers or settings compare at a glance.
/// The text form has a sparkline and a summary line per run.
public struct RunComparison: Chart {
    /// One named run.
    public struct Run: Sendable, Equatable {
        public var name: String
        public var curves: TrainingCurves
        public init(name: String, curves: TrainingCurves) { self.name = name; self.curves = curves }
    }

    public var options: ChartOptions
    public let runs: [Run]
    public let smoothing: Double

    static let view = "LossCurve"

    public init(_ runs: [Run], smoothing: Double = 0, title: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        guard !runs.isEmpty else {
            throw ModelViewError.empty(view: Self.view, argument: "histories", expected: "at least one named History")
        }
        var seen = Set<String>()
        for run in runs {
            guard seen.insert(run.name).inserted else {
                throw ModelViewError.unsuitable(view: Self.view, argument: "histories", reason: "names run \"\(run.name)\" twice")
            }
            guard run.curves.loss.contains(where: \.isFinite) else {
                throw ModelViewError.unsuitable(view: Self.view, argument: "histories[\"\(run.name)\"]",
                                                reason: "has no finite loss values (call fit first)")
            }
        }
        guard smoothing.isFinite, smoothing >= 0, smoothing < 1 else {
            throw ModelViewError.unsuitable(view: Self.view, argument: "smoothing", reason: "must be at least 0 and less than 1")
        }
        self.runs = runs
        self.smoothing = smoothing
        options = ChartOptions(title: title ?? runs.map(\.name).joined(separator: " vs "), xLabel: "epoch",
                               width: width, height: height)
    }

    public init(_ histories: [(name: String, history: History)], smoothing: Double = 0, title: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        try self.init(histories.map { Run(name: $0.name, curves: TrainingCurves($0.history)) }, smoothing: smoothing,
                      title: title, width: width, height: height)
    }

    var epochs: Int { runs.map(\.curves.epochs).max() ?? 1 }
    var hasAccuracy: Bool { runs.contains { $0.curves.accuracy.contains(where: \.isFinite) } }
    var hasValidation: Bool { runs.contains { $0.curves.validationLoss.contains(where: \.isFinite) } }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        let theme = options.theme.theme
        let panels = hasAccuracy ? [true, false] : [true]
        return PanelStack.column(title: options.title, theme: theme, size: size, measurer: measurer,
                                 weights: panels.count == 2 ? [0.6, 0.4] : [1]) { i, panelSize in
            panel(isLoss: panels[i], last: i == panels.count - 1, size: panelSize, theme: theme, measurer: measurer)
        }
    }

    private func panel(isLoss: Bool, last: Bool, size: Size, theme: Theme, measurer: any TextMeasurer) -> [Node] {
        let series = runs.map { isLoss ? ($0.curves.loss, $0.curves.validationLoss) : ($0.curves.accuracy, $0.curves.validationAccuracy) }
        let (lo, hi) = CurvePanel.domain(series.flatMap { $0.0 + $0.1 }, isLoss: isLoss)
        var settings = PlotCanvas.Settings()
        if isLoss {
            settings.legend = runs.indices.map { PlotCanvas.LegendItem(runs[$0].name, color: theme.color($0), mark: .line) }
            if hasValidation { settings.legend.append(PlotCanvas.LegendItem("validation", color: theme.mutedText, mark: .dash)) }
        }
        let options = ChartOptions(xLabel: last ? "epoch" : nil, yLabel: isLoss ? "loss" : "accuracy", width: size.width,
                                   height: size.height, theme: self.options.theme)
        return PlotCanvas.render(x: .linear(lo: 1, hi: Double(Swift.max(2, epochs))), y: .linear(lo: lo, hi: hi),
                                 settings: settings, options: options, size: size, measurer: measurer) { frame in
            var marks = PlotCanvas.Marks()
            for (r, (train, validation)) in series.enumerated() {
                let color = theme.color(r)
                if train.contains(where: \.isFinite) {
                    let raw = CurvePanel.points(train, frame)
                    if smoothing > 0 { marks.under.append(CurvePanel.line(raw, color.withAlpha(0.25), width: 1.25)) }
                    let smooth = CurvePanel.points(Smoothing.ema(train, weight: smoothing), frame)
                    marks.under.append(CurvePanel.line(smooth, color, width: 2))
                    marks.footprint += CurvePanel.boxes(smooth)
                }
                if validation.contains(where: \.isFinite) {
                    let smooth = CurvePanel.points(Smoothing.ema(validation, weight: smoothing), frame)
                    marks.under.append(Self.dashed(CurvePanel.line(smooth, color, width: 2)))
                    marks.footprint += CurvePanel.boxes(smooth)
                }
            }
            return marks
        }
    }

    /// The same line, dashed.
    static func dashed(_ node: Node) -> Node {
        guard case .shape(var shape) = node, shape.stroke != nil else { return node }
        shape.strokeStyle.dash = [6, 4]
        return .shape(shape)
    }

    public func text(columns: Int) -> String {
        var lines: [String] = []
        if let title = options.title { lines.append(title) }
        let nameWidth = Swift.min(16, (runs.map(\.name.count).max() ?? 4) + 2)
        let width = Swift.max(10, Swift.min(60, columns - nameWidth - 1))
        let extent = CurvePanel.extent(runs.flatMap { $0.curves.loss + $0.curves.validationLoss })
        for run in runs {
            lines.append(HistogramText.pad(run.name, nameWidth) + Sparkline.line(run.curves.loss, width: width, lo: extent.lo, hi: extent.hi))
        }
        for run in runs {
            let summary = LossText.summary(run.curves).replacingNewlines(with: ", ")
            lines += LossText.wrap(run.name + ": " + summary, columns: columns)
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// The text with each line break replaced by `separator`.
    func replacingNewlines(with separator: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: separator)
    }
}
