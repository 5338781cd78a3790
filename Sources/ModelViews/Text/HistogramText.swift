/// Compact text histograms: one sparkline row per series over shared bins,
/// with the range and a one-line summary.
enum HistogramText {
    static func block(name: String, series: [(name: String, values: [Double])], columns: Int) -> String {
        let present = series.filter { !$0.values.isEmpty }
        let all = present.flatMap(\.values)
        let labelWidth = 10
        let width = Swift.max(8, Swift.min(48, columns - labelWidth - 24))
        let bins = Bins(covering: all, count: width)
        var lines = [name]
        for s in present {
            let counts = bins.counts(s.values)
            let top = counts.max() ?? 1
            let spark = String(counts.map { c -> Character in
                c == 0 ? " " : Sparkline.ticks[Swift.min(7, Swift.max(0, Int((c / top * 7).rounded(.up)) ))]
            })
            let finite = s.values.filter(\.isFinite)
            let mean = finite.isEmpty ? Double.nan : finite.reduce(0, +) / Double(finite.count)
            let std = finite.isEmpty ? Double.nan
                : (finite.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(finite.count)).squareRoot()
            lines.append(pad(s.name, labelWidth) + spark + "  μ " + Sparkline.number(mean) + " σ " + Sparkline.number(std))
        }
        lines.append(String(repeating: " ", count: labelWidth) + Sparkline.number(bins.lo)
                     + String(repeating: " ", count: Swift.max(1, width - Sparkline.number(bins.lo).count - Sparkline.number(bins.hi).count))
                     + Sparkline.number(bins.hi))
        return lines.joined(separator: "\n")
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? String(text.prefix(width - 1)) + " " : text + String(repeating: " ", count: width - text.count)
    }
}
