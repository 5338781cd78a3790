import Charts

/// `PairPlot` for `jupyter console`: the class counts, then a feature × feature table with each
/// feature's histogram as a sparkline on the diagonal and Pearson's r of the pair elsewhere.
enum PairPlotText {
    static func render(_ chart: PairPlot, columns: Int) -> String {
        let f = chart.featureNames.count
        let total = chart.columns.first?.count ?? 0
        var lines: [String] = []
        if let title = chart.options.title { lines.append(title) }
        var summary = Count.noun(total, "example")
        if let labels = chart.labels {
            var counts = [Int](repeating: 0, count: chart.classNames.count)
            for label in labels { counts[label] += 1 }
            summary += " · " + chart.classNames.indices.map { "\(chart.classNames[$0]) (\(counts[$0]))" }.joined(separator: ", ")
        }
        lines.append(summary)
        let nameWidth = Swift.min(16, chart.featureNames.map(\.count).max() ?? 0) + 2
        let cell = Swift.max(7, Swift.min(12, (columns - nameWidth) / Swift.max(1, f)))
        lines.append(pad("", nameWidth) + chart.featureNames.map { pad(cut($0, cell - 1), cell) }.joined())
        for row in 0..<f {
            var line = pad(cut(chart.featureNames[row], nameWidth - 2), nameWidth)
            for column in 0..<f {
                if row == column {
                    let counts = chart.histogram(row, bins: cell - 1).counts
                    let sums = (0..<(cell - 1)).map { b in Double(counts.reduce(0) { $0 + $1[b] }) }
                    line += pad(Sparkline.line(sums, width: cell - 1, lo: 0), cell)
                } else {
                    let r = chart.correlation(row, column)
                    line += pad(r.map { ($0 < 0 ? "−" : "+") + NumberFormat.fixed(abs($0), decimals: 2) } ?? "–", cell)
                }
            }
            lines.append(line)
        }
        lines.append("diagonal: each feature's histogram; elsewhere: Pearson's r of the pair")
        if chart.dropped > 0 { lines.append("\(Count.noun(chart.dropped, "example")) with NaN or infinite features left out") }
        return lines.map { String($0.prefix(columns)) }.joined(separator: "\n")
    }

    private static func cut(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(Swift.max(0, width - 1))) + "…"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
