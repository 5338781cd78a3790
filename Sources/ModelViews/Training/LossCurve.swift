import Charts
import Graphics
import Learn

/// `LossCurve(history)`: training and validation loss per epoch (accuracy on
/// a second panel when recorded), drawn as recorded, with the best epoch
/// marked. Per-epoch values are few and already averages over an epoch, so a
/// moving average would only make the line lag them; `smoothing:` > 0 opts in
/// to TensorBoard's debiased EMA over the faded raw line. Works on a partial
/// history; `totalEpochs` fixes the x axis so a live chart does not rescale.
public struct LossCurve: Chart {
    public var options: ChartOptions
    public let curves: TrainingCurves
    public let smoothing: Double
    public let totalEpochs: Int?

    public init(_ curves: TrainingCurves, smoothing: Double = 0, totalEpochs: Int? = nil, title: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        let view = "LossCurve"
        guard curves.epochs > 0 else {
            throw ModelViewError.empty(view: view, argument: "history", expected: "at least one epoch of training (call fit first)")
        }
        guard curves.loss.contains(where: \.isFinite) else {
            throw ModelViewError.unsuitable(view: view, argument: "history", reason: "has no finite loss values")
        }
        guard smoothing.isFinite, smoothing >= 0, smoothing < 1 else {
            throw ModelViewError.unsuitable(view: view, argument: "smoothing", reason: "must be at least 0 and less than 1")
        }
        self.curves = curves
        self.smoothing = smoothing
        self.totalEpochs = totalEpochs.map { Swift.max($0, curves.epochs) }
        options = ChartOptions(title: title, xLabel: "epoch", width: width, height: height)
    }

    public init(_ history: History, smoothing: Double = 0, totalEpochs: Int? = nil, title: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        try self.init(TrainingCurves(history), smoothing: smoothing, totalEpochs: totalEpochs, title: title,
                      width: width, height: height)
    }

    var hasAccuracy: Bool { curves.accuracy.contains(where: \.isFinite) }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        let theme = options.theme.theme
        var panels = [CurvePanel(name: "loss", train: curves.loss, validation: curves.validationLoss, isLoss: true)]
        if hasAccuracy {
            panels.append(CurvePanel(name: "accuracy", train: curves.accuracy, validation: curves.validationAccuracy, isLoss: false))
        }
        var legend = [(name: "train", color: theme.color(0))]
        if curves.validationLoss.contains(where: \.isFinite) { legend.append((name: "validation", color: theme.color(1))) }
        return PanelStack.column(title: options.title, legend: legend, theme: theme, size: size, measurer: measurer,
                                 weights: panels.count == 2 ? [0.6, 0.4] : [1]) { i, panelSize in
            panels[i].nodes(curve: self, last: i == panels.count - 1, size: panelSize, theme: theme, measurer: measurer)
        }
    }

    public func text(columns: Int) -> String {
        LossText.render(self, columns: columns)
    }
}
