/// Phrases the charts' summaries are made of (for readers who cannot see a
/// chart: the kind, the axes and their ranges, the series): the SVG's
/// `<desc>`, the PNG's and PDF's description, the notebook image's alt text.
public enum SummaryText {
    /// `"a, b and 3 more"`: at most `limit` names.
    public static func list(_ names: [String], limit: Int = 6) -> String {
        let shown = names.prefix(limit).map { "“\($0)”" }
        let rest = names.count - shown.count
        if rest > 0 { return shown.joined(separator: ", ") + " and \(rest) more" }
        guard shown.count > 1, let last = shown.last else { return shown.first ?? "" }
        return shown.dropLast().joined(separator: ", ") + " and " + last
    }

    /// `"0.12 to 3.4"`, or `"0.5"` when both ends are equal.
    public static func range(_ lo: Double, _ hi: Double) -> String {
        let a = NumberFormat.short(lo), b = NumberFormat.short(hi)
        return a == b ? a : "\(a) to \(b)"
    }

    /// The finite extent of values as a range, or "no finite values".
    public static func range(of values: [Double]) -> String {
        guard let extent = DataCheck.extent([values]) else { return "no finite values" }
        return range(extent.lo, extent.hi)
    }

    /// `" x (label) from 0 to 1;"`-style axis description.
    public static func axis(_ name: String, label: String?, range: String) -> String {
        let named = label.map { "\(name) (\($0))" } ?? name
        return "\(named) from \(range)"
    }

    public static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    /// Non-finite values left out, when there were any.
    public static func dropped(_ n: Int) -> String { n > 0 ? " \(count(n, "value")) not finite, left out." : "" }
}

extension Histogram {
    public func summary() -> String {
        let series = isOverlay ? " of \(SummaryText.list(seriesNames))" : ""
        let top = heights.flatMap { $0 }.max() ?? 0
        return "Histogram\(series) in \(SummaryText.count(max(0, edges.count - 1), "bin")); "
            + SummaryText.axis("x", label: options.xLabel, range: SummaryText.range(edges.first ?? 0, edges.last ?? 0)) + "; "
            + "\(density ? "density" : "count") up to \(NumberFormat.short(top))." + SummaryText.dropped(droppedCount)
    }
}

extension BarChart {
    public func summary() -> String {
        let values = series.flatMap(\.values)
        let named = series.count > 1 ? " in \(SummaryText.count(series.count, "series", "series")) (\(SummaryText.list(series.map(\.name))))"
            + (stacked ? ", stacked" : ", grouped") : ""
        let single = series.count == 1 && labels.count <= 12
            ? ": " + zip(labels, series[0].values).map { "\($0) \(NumberFormat.short($1))" }.joined(separator: ", ")
            : " (\(SummaryText.list(labels)))"
        return "\(horizontal ? "Horizontal bar" : "Bar") chart of \(SummaryText.count(labels.count, "category", "categories"))\(named)\(single); "
            + "values from \(SummaryText.range(of: values))." + SummaryText.dropped(droppedCount)
    }
}

extension PieChart {
    public func summary() -> String {
        let parts = slices.prefix(12).map { "\($0.label) \(NumberFormat.percent($0.fraction))" }
        let more = slices.count > 12 ? " and \(slices.count - 12) more" : ""
        return "\(donut ? "Donut" : "Pie") chart of \(SummaryText.count(slices.count, "slice")): " + parts.joined(separator: ", ") + more + "."
            + SummaryText.dropped(droppedCount)
    }
}

extension LinePlot {
    public func summary() -> String {
        let names = series.count > 1 ? " (\(SummaryText.list(series.map(\.name))))" : ""
        return "Line plot of \(SummaryText.count(series.count, "series", "series"))\(names), \(SummaryText.count(x.count, "point")) each; "
            + SummaryText.axis("x", label: options.xLabel, range: SummaryText.range(of: x)) + "; "
            + SummaryText.axis("y", label: options.yLabel, range: SummaryText.range(of: series.flatMap(\.values)))
            + (yScale == .log ? " on a log scale" : "") + "." + SummaryText.dropped(droppedCount)
    }
}

extension ScatterPlot {
    public func summary() -> String {
        let classes = self.classes
        let coloured = classes.isEmpty ? "" : " in \(SummaryText.count(classes.count, "class", "classes")) (\(SummaryText.list(classes)))"
        return "Scatter plot of \(SummaryText.count(x.count, "point"))\(coloured); "
            + SummaryText.axis("x", label: options.xLabel, range: SummaryText.range(of: x)) + "; "
            + SummaryText.axis("y", label: options.yLabel, range: SummaryText.range(of: y)) + "." + SummaryText.dropped(droppedCount)
    }
}

extension Heatmap {
    public func summary() -> String {
        "Heatmap of \(matrix.count) × \(xLabels.count) values from \(SummaryText.range(range.lo, range.hi)) on the \(colormap.rawValue) colour scale; "
            + "rows \(SummaryText.list(yLabels, limit: 4)), columns \(SummaryText.list(xLabels, limit: 4))." + SummaryText.dropped(droppedCount)
    }
}

extension NetworkDiagram {
    public func summary() -> String {
        let arrows = edges.prefix(12).map { "\($0.from) → \($0.to)" }.joined(separator: ", ")
        let more = edges.count > 12 ? " and \(edges.count - 12) more" : ""
        return "Directed graph of \(SummaryText.count(nodes.count, "node")) and \(SummaryText.count(edges.count, "edge"))"
            + (edges.isEmpty ? "." : ": \(arrows)\(more).")
    }
}

extension Grid {
    public func summary() -> String {
        let panels = charts.enumerated().map { i, chart in
            let name = chart.options.title.map { "“\($0)”" } ?? "panel \(i + 1)"
            return "\(name): \(chart.summary())"
        }
        return "Grid of \(SummaryText.count(charts.count, "chart")) in \(SummaryText.count(columns, "column")). " + panels.joined(separator: " ")
    }
}
