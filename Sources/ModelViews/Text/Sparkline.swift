import Charts

/// One-line Unicode pictures: sparklines and proportional bars.
enum Sparkline {
    static let ticks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// `values` (resampled by averaging to at most `width` characters) as ▁…█,
    /// scaled between `lo` and `hi` (default: the finite extent); gaps for non-finite values.
    static func line(_ values: [Double], width: Int, lo: Double? = nil, hi: Double? = nil) -> String {
        let cells = resample(values, to: Swift.max(1, width))
        let finite = cells.filter(\.isFinite)
        guard let minimum = lo ?? finite.min(), let maximum = hi ?? finite.max() else { return "" }
        let span = maximum - minimum
        return String(cells.map { v -> Character in
            guard v.isFinite else { return " " }
            let t = span > 0 ? (v - minimum) / span : 0.5
            return ticks[Swift.max(0, Swift.min(7, Int((t * 7).rounded())))]
        })
    }

    /// Means of `values` over at most `count` equal runs (values kept as they are when short enough).
    static func resample(_ values: [Double], to count: Int) -> [Double] {
        guard values.count > count, count > 0 else { return values }
        return (0..<count).map { i in
            let a = i * values.count / count, b = Swift.max(a + 1, (i + 1) * values.count / count)
            let part = values[a..<b].filter(\.isFinite)
            return part.isEmpty ? .nan : part.reduce(0, +) / Double(part.count)
        }
    }

    /// A horizontal bar of `fraction` × `width` characters in eighths.
    static func bar(_ fraction: Double, width: Int) -> String {
        let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        guard fraction.isFinite, fraction > 0 else { return "" }
        let total = Int((Swift.min(1, fraction) * Double(width) * 8).rounded())
        return String(repeating: "█", count: total / 8) + (total % 8 > 0 ? String(eighths[total % 8 - 1]) : "")
    }

    /// A number for text output: 3 significant digits.
    static func number(_ v: Double) -> String { NumberFormat.short(v) }
}
