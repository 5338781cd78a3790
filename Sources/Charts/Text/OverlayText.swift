#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text form of layers on shared axes: every layer on one braille canvas spanning the merged
/// axes, then a line naming the series (lines, dots, bars and dotted rules tell them apart).
enum OverlayText {
    static func render(layers: [ChartLayer], options: ChartOptions, columns: Int) -> String {
        let axes = (try? LayerStack.axes(layers)) ?? (.linear(lo: 0, hi: 1, includeZero: false), .linear(lo: 0, hi: 1, includeZero: false))
        let x = range(axes.x, vertical: false), y = range(axes.y, vertical: true)
        var logY = false
        if case .log = axes.y { logY = true }
        var frame = TextFrame(title: options.title, yLabel: options.yLabel ?? layers.lazy.compactMap(\.defaultYLabel).first,
                              xLabel: options.xLabel, yTop: endLabel(axes.y, first: true, y.hi, log: logY),
                              yBottom: endLabel(axes.y, first: false, y.lo, log: logY),
                              xStart: endLabel(axes.x, first: true, x.lo, log: false),
                              xEnd: endLabel(axes.x, first: false, x.hi, log: false))
        var names: [String] = []
        for layer in layers {
            for series in layer.series where !series.name.isEmpty && !names.contains(series.name) { names.append(series.name) }
        }
        if !names.isEmpty { frame.legend = [names.joined(separator: " · ")] }
        let dropped = layers.reduce(0) { $0 + $1.dropped }
        let notes = (dropped > 0 ? [ChartMessages.nonFiniteNote(dropped)] : []) + layers.flatMap(\.notes)
        if !notes.isEmpty { frame.notes = [notes.joined(separator: " · ")] }
        var plot = TextPlot(columns: frame.bodyWidth(columns: columns), rows: 12, x: x, y: y, logY: logY)
        for layer in layers { layer.text(&plot) }
        return frame.render(body: plot.lines())
    }

    /// The data range an axis spans in text, its margin included (an end pinned at zero stays).
    /// Band i sits at x = i across, and at y = -i down (band 0 on top), as `TextPlot.band(_:vertical:)` places it.
    static func range(_ axis: AxisSpec, vertical: Bool) -> (lo: Double, hi: Double) {
        switch axis {
        case let .linear(lo, hi, includeZero, margin, _, exact):
            if exact { return (lo, hi) }
            let a = includeZero ? Swift.min(lo, 0) : lo, b = includeZero ? Swift.max(hi, 0) : hi
            let pad = (b - a) * margin
            return (includeZero && a == 0 ? a : a - pad, includeZero && b == 0 ? b : b + pad)
        case let .log(lo, hi, margin):
            let pad = (log10(hi) - log10(lo)) * margin
            return (log10(lo) - pad, log10(hi) + pad)
        case let .band(names, _):
            let n = Double(names.count)
            return vertical ? (0.5 - n, 0.5) : (-0.5, n - 0.5)
        }
    }

    /// The label at one end of an axis: the first or last category, or the number there.
    private static func endLabel(_ axis: AxisSpec, first: Bool, _ value: Double, log: Bool) -> String {
        if case let .band(names, _) = axis { return (first ? names.first : names.last) ?? "" }
        return NumberFormat.short(log ? pow(10, value) : value)
    }
}
