import Charts

/// What the evaluation, explanation and comparison views show in words (see `Chart.summary()`).
extension ROCCurve {
    public func summary() -> String {
        CurveLayers.summary("ROC curve", metric: "AUC", curves: curves, macro: macroArea, accuracy: accuracy) + " Chance is the diagonal."
    }
}

extension PrecisionRecallCurve {
    public func summary() -> String {
        CurveLayers.summary("Precision–recall curve", metric: "average precision", curves: curves, macro: macroArea, accuracy: accuracy)
    }
}

extension Attributions {
    public func summary() -> String {
        let top = ranking.prefix(5).map { "\(featureNames[$0]) \(NumberFormat.short(meanMagnitude[$0]))" }
        return "Integrated-gradient attributions of \(explained) for \(SummaryText.count(gradients.attributions.count, "example")) "
            + "over \(SummaryText.count(featureNames.count, "feature")) from the \(baseline.rawValue) baseline; "
            + "largest mean |attribution|: " + top.joined(separator: ", ") + "."
    }
}

extension Embedding {
    public func summary() -> String {
        let count = points.count / 2
        let xs = stride(from: 0, to: points.count, by: 2).map { points[$0] }
        let ys = stride(from: 1, to: points.count, by: 2).map { points[$0] }
        let classes = classNames.isEmpty ? "" : " in \(SummaryText.count(classNames.count, "class", "classes")) (\(SummaryText.list(classNames)))"
        return "\(method == .pca ? "PCA" : "t-SNE") embedding of \(source): \(SummaryText.count(count, "point"))\(classes); "
            + "x from \(SummaryText.range(of: xs)); y from \(SummaryText.range(of: ys))."
    }
}

extension PairPlot {
    public func summary() -> String {
        let classes = classNames.isEmpty ? "" : " in \(SummaryText.count(classNames.count, "class", "classes")) (\(SummaryText.list(classNames)))"
        return "Pair plot of \(SummaryText.count(featureNames.count, "feature")) (\(SummaryText.list(featureNames, limit: 8)))"
            + " for \(SummaryText.count(columns.first?.count ?? 0, "example"))\(classes): a scatter per pair, histograms on the diagonal."
            + SummaryText.dropped(dropped)
    }
}

extension RunComparison {
    public func summary() -> String {
        let parts = runs.map { "\($0.name) loss from \(SummaryText.range(of: $0.curves.loss))" }
        return "Loss curves of \(SummaryText.count(runs.count, "run")) (\(SummaryText.list(runs.map(\.name)))) over "
            + "\(SummaryText.count(epochs, "epoch")): " + parts.joined(separator: "; ") + "."
    }
}

extension WeightHistory {
    public func summary() -> String {
        "Weight histograms over epochs of \(SummaryText.count(layers.count, "layer")): " + layers.map { layer in
            let epochs = layer.epochs.count > 1 ? "epochs \(layer.epochs[0])…\(layer.epochs[layer.epochs.count - 1])"
                : "epoch \(layer.epochs.first ?? 0)"
            return "\(layer.name) at \(epochs), from \(SummaryText.range(of: layer.snapshots.flatMap { $0 }))"
        }.joined(separator: "; ") + "."
    }
}
