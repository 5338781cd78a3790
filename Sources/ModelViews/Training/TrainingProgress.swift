import Charts
import Graphics
import Learn

/// A progress bar for a running `fit`: epoch, step, loss and accuracy, as
/// one line of text and as a small chart (SVG/PNG), for the Prelude to send
/// with update_display_data after each report.
public struct TrainingProgress: Chart {
    public var options: ChartOptions
    public let epoch: Int
    public let epochs: Int
    public let step: Int
    public let stepsPerEpoch: Int
    public let loss: Double
    public let accuracy: Double?
    public let validationLoss: Double?
    public let validationAccuracy: Double?
    /// The last epoch's other figures (`fit(metrics:)`), by History name.
    public let metrics: [(String, Double)]

    public init(epoch: Int, epochs: Int, step: Int, stepsPerEpoch: Int, loss: Double, accuracy: Double? = nil,
                validationLoss: Double? = nil, validationAccuracy: Double? = nil, metrics: [(String, Double)] = [],
                width: Double = ChartOptions.defaultWidth) {
        self.epochs = Swift.max(1, epochs)
        self.epoch = Swift.max(0, Swift.min(epoch, self.epochs))
        self.stepsPerEpoch = Swift.max(1, stepsPerEpoch)
        self.step = Swift.max(0, Swift.min(step, self.stepsPerEpoch))
        self.loss = loss; self.accuracy = accuracy
        self.validationLoss = validationLoss; self.validationAccuracy = validationAccuracy
        self.metrics = metrics
        options = ChartOptions(width: width, height: 80)
    }

    /// The bar for `progress` (the metrics and validation figures come with an epoch's end).
    public init(_ progress: FitProgress, width: Double = ChartOptions.defaultWidth) {
        self.init(epoch: progress.epoch, epochs: progress.epochs, step: progress.step, stepsPerEpoch: progress.stepsPerEpoch,
                  loss: progress.loss, accuracy: progress.accuracy, validationLoss: progress.validationLoss,
                  validationAccuracy: progress.validationAccuracy, metrics: progress.metrics, width: width)
    }

    /// Fraction of all steps done, 0…1.
    public var fraction: Double {
        Double((epoch - 1) * stepsPerEpoch + step) / Double(epochs * stepsPerEpoch)
    }

    /// "epoch 3/20 · step 40/94 · loss 0.412 · accuracy 87.5% · f1 0.871 · val f1 0.85".
    public var figures: String {
        var parts = ["epoch \(epoch)/\(epochs)", "step \(step)/\(stepsPerEpoch)", "loss " + Sparkline.number(loss)]
        if let accuracy { parts.append("accuracy " + LossText.percent(accuracy)) }
        if let validationLoss { parts.append("val loss " + Sparkline.number(validationLoss)) }
        if let validationAccuracy { parts.append("val accuracy " + LossText.percent(validationAccuracy)) }
        for (name, value) in metrics {
            let shown = name.hasPrefix("validation") ? "val " + name.dropFirst("validation".count).lowercased() : name
            parts.append(shown + " " + Sparkline.number(value))
        }
        return parts.joined(separator: " · ")
    }

    public func text(columns: Int) -> String {
        let percent = " " + String(Int((Swift.max(0, fraction) * 100).rounded(.down))) + "%"
        let width = Swift.max(10, Swift.min(50, columns - percent.count))
        let bar = Sparkline.bar(fraction, width: width)
        let line = bar + String(repeating: "░", count: Swift.max(0, width - bar.count)) + percent
        let text = figures
        return line + "\n" + (text.count <= columns ? text : String(text.prefix(Swift.max(1, columns - 1))) + "…")
    }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        let theme = options.theme.theme
        let pad = PanelStack.padding
        let body = Label.body(theme), tick = Label.tick(theme)
        let percent = String(Int((Swift.max(0, fraction) * 100).rounded(.down))) + "%"
        let percentWidth = body.width("100%", measurer) + 8
        let track = Rect(x: pad, y: pad, width: Swift.max(10, size.width - 2 * pad - percentWidth), height: 12)
        let done = Rect(x: track.minX, y: track.minY, width: track.width * Swift.max(0, Swift.min(1, fraction)), height: track.height)
        var out: [Node] = [.shape(Shape(Path.roundedRect(track, radius: 6), fill: .solid(theme.grid)))]
        if done.width > 0 { out.append(.shape(Shape(Path.roundedRect(done, radius: 6), fill: .solid(theme.color(0))))) }
        out.append(body.run(percent, x: size.width - pad, centerY: track.center.y, anchor: .end, measurer: measurer))
        out.append(tick.run(tick.truncated(figures, width: size.width - 2 * pad, measurer), x: pad,
                            top: track.maxY + 10, measurer: measurer))
        return out
    }
}
