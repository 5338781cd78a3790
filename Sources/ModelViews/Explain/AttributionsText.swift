/// The text form of `Attributions`: the top features by mean |attribution| as bars, what is
/// explained, and how closely each example's attributions add up to f(x) − f(baseline).
enum AttributionsText {
    static func render(_ chart: Attributions, columns: Int) -> String {
        var lines: [String] = []
        if let title = chart.options.title { lines.append(title) }
        lines.append("explained: \(chart.gradients.targets == nil ? "the model's output" : "the probability of each example's predicted class")")
        let shown = Array(chart.ranking.prefix(Swift.min(chart.ranking.count, 12)))
        let names = shown.map { chart.featureNames[$0] }
        let nameWidth = Swift.min(20, (names.map(\.count).max() ?? 4) + 2)
        let values = shown.map { Sparkline.number(chart.meanMagnitude[$0]) }
        let valueWidth = values.map(\.count).max() ?? 1
        let barWidth = Swift.max(4, Swift.min(40, columns - nameWidth - valueWidth - 2))
        let top = shown.first.map { chart.meanMagnitude[$0] } ?? 1
        lines.append(HistogramText.pad("feature", nameWidth) + "mean |attribution|")
        for (feature, value) in zip(shown, values) {
            let bar = Sparkline.bar(top > 0 ? chart.meanMagnitude[feature] / top : 0, width: barWidth)
            lines.append(HistogramText.pad(chart.featureNames[feature], nameWidth) + bar + " " + value)
        }
        if chart.ranking.count > shown.count { lines.append("(\(chart.ranking.count - shown.count) more features)") }
        let how: String
        switch chart.gradients.method {
        case .exactPath: how = "exact path through the ReLU pieces"
        case .quadrature(let panels): how = "Gauss–Legendre, \(panels * 8) points"
        }
        lines.append("each example's attributions add up to f(x) − f(baseline) within "
                     + Sparkline.number(chart.gradients.completenessGap) + " (\(how))")
        return lines.flatMap { LossText.wrap($0, columns: columns) }.joined(separator: "\n")
    }
}
