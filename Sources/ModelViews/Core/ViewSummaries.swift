import Charts

/// What each model view shows in words (see `Chart.summary()`).
extension LossCurve {
    public func summary() -> String {
        var parts = ["Loss curve over \(SummaryText.count(curves.epochs, "epoch")): training loss from "
                     + SummaryText.range(of: curves.loss)]
        if curves.validationLoss.contains(where: \.isFinite) { parts.append("validation loss from " + SummaryText.range(of: curves.validationLoss)) }
        if hasAccuracy { parts.append("accuracy from " + SummaryText.range(of: curves.accuracy)) }
        if let best = curves.bestEpoch { parts.append("best epoch \(best)") }
        return parts.joined(separator: "; ") + "."
    }
}

extension WeightHistograms {
    public func summary() -> String {
        "Weight histograms of \(SummaryText.count(layers.count, "layer")): "
            + layers.map { "\($0.name) weights from \(SummaryText.range(of: $0.weights))" }.joined(separator: "; ") + "."
    }
}

extension GradientHistograms {
    public func summary() -> String {
        "Gradient histograms per epoch of \(SummaryText.count(layers.count, "layer")): "
            + layers.map { layer in
                let numbers = layer.epochNumbers
                let span = numbers.count > 1 ? " (epochs \(numbers[0])…\(numbers[numbers.count - 1]))" : ""
                return "\(layer.name) at \(SummaryText.count(layer.epochs.count, "epoch"))\(span), from \(SummaryText.range(of: layer.epochs.flatMap { $0 }))"
            }
            .joined(separator: "; ") + "."
    }
}

extension DecisionBoundary {
    public func summary() -> String {
        let e = extent
        return "Decision boundary of \(SummaryText.count(classNames.count, "class", "classes")) (\(SummaryText.list(classNames))) "
            + "with \(SummaryText.count(x.count, "point")); x from \(SummaryText.range(e.x.lo, e.x.hi)); y from \(SummaryText.range(e.y.lo, e.y.hi))."
    }
}

extension ConfusionMatrix {
    public func summary() -> String {
        let total = counts.joined().reduce(0, +)
        let right = counts.indices.reduce(0) { $0 + (counts[$1].indices.contains($1) ? counts[$1][$1] : 0) }
        let accuracy = total > 0 ? ", \(NumberFormat.percent(Double(right) / Double(total))) on the diagonal" : ""
        return "Confusion matrix of \(SummaryText.count(classNames.count, "class", "classes")) (\(SummaryText.list(classNames))): "
            + "true class by row, predicted by column; \(SummaryText.count(total, "example"))\(accuracy)."
    }
}

extension ActivationHeatmap {
    public func summary() -> String {
        "Activations of \(SummaryText.count(examplesShown, "example")) in \(SummaryText.count(layers.count, "layer")): "
            + layers.map { "\($0.name) from \(SummaryText.range(of: $0.values.flatMap { $0 }))" }.joined(separator: "; ") + "."
    }
}

extension ModelDiagram {
    public func summary() -> String {
        let kinds = facts.map { f in [f.kind, f.activation].compactMap { $0 }.joined(separator: " ") }
        return "\(style == .neurons ? "Neuron" : "Layer") diagram of a model with \(SummaryText.count(facts.count, "layer")) "
            + "(\(kinds.joined(separator: ", "))) and \(SummaryText.count(parameterCount, "parameter"))."
    }
}

extension TrainingProgress {
    public func summary() -> String { "Training progress: " + figures + "." }
}
