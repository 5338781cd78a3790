import Charts

/// The text form of an `Embedding`: a braille map of the points with each class's name written at
/// the centre (median) of its points, the classes listed under it, and how it was made.
enum EmbeddingText {
    static func render(_ chart: Embedding, columns: Int) -> String {
        let n = chart.points.count / 2
        let xs = (0..<n).map { chart.points[2 * $0] }, ys = (0..<n).map { chart.points[2 * $0 + 1] }
        var notes: [String] = []
        if let labels = chart.labels {
            let present = Set(labels).sorted()
            let tags = present.map { tag(chart.classNames[$0]) }
            let pairs = zip(tags, present).filter { $0.0 != chart.classNames[$0.1] }.map { "\($0.0) = \(chart.classNames[$0.1])" }
            if !pairs.isEmpty { notes += LossText.wrap(pairs.joined(separator: ", "), columns: columns) }
        }
        if let run = chart.tsne {
            notes += LossText.wrap("t-SNE \(run.method == .exact ? "exact" : "Barnes–Hut"), perplexity 30, \(run.iterations) iterations, KL "
                                   + Sparkline.number(run.klDivergence), columns: columns)
        }
        return TextPlot.framed(columns: columns, rows: 16, x: (xs.min() ?? 0, xs.max() ?? 1), y: (ys.min() ?? 0, ys.max() ?? 1),
                               title: chart.options.title, xLabel: chart.options.xLabel, yLabel: chart.options.yLabel,
                               notes: notes) { plot in
            plot.points(x: xs, y: ys)
            guard let labels = chart.labels else { return }
            for c in Set(labels).sorted() {
                let members = labels.indices.filter { labels[$0] == c }
                plot.label(tag(chart.classNames[c]), x: median(members.map { xs[$0] }), y: median(members.map { ys[$0] }))
            }
        }
    }

    /// A class's name as written on the map: at most 3 characters.
    static func tag(_ name: String) -> String { String(name.prefix(3)) }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}
