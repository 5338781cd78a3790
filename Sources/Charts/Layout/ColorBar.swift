import Graphics

/// A colour key: a colour map's gradient over a value range as a vertical bar right of the plot,
/// with its own ticks, so every chart whose colour encodes a number says which number.
public struct ColorBar: Hashable, Sendable {
    public var colormap: Colormap
    public var lo: Double
    public var hi: Double

    public init(colormap: Colormap, lo: Double, hi: Double) {
        self.colormap = colormap; self.lo = lo; self.hi = hi
    }

    /// A bar over the finite range `lo…hi`. Values of both signs get a diverging map (coolwarm
    /// unless `colormap` names one) centred on 0 — the range becomes `−m…m`, m the largest
    /// magnitude — so zero sits at the neutral middle colour; otherwise `colormap` (viridis by
    /// default) runs from the smallest to the largest value.
    public static func fitting(lo: Double, hi: Double, colormap: Colormap? = nil) -> ColorBar {
        let signed = lo < 0 && hi > 0
        let map = colormap ?? (signed ? .coolwarm : .viridis)
        guard lo.isFinite, hi.isFinite, lo <= hi else { return ColorBar(colormap: map, lo: 0, hi: 1) }
        if signed, map.isDiverging {
            let m = Swift.max(-lo, hi)
            return ColorBar(colormap: map, lo: -m, hi: m)
        }
        let (a, b) = lo == hi ? Ticks.nonsingular(lo, hi) : (lo, hi)
        return ColorBar(colormap: map, lo: a, hi: b)
    }

    /// `fitting(lo:hi:colormap:)` over the finite values of `values`.
    public static func fitting(_ values: [Double], colormap: Colormap? = nil) -> ColorBar {
        var lo = Double.infinity, hi = -Double.infinity
        for v in values where v.isFinite { lo = Swift.min(lo, v); hi = Swift.max(hi, v) }
        return fitting(lo: lo, hi: hi, colormap: colormap)
    }

    static let width = 14.0
    static let gap = 16.0

    /// Where `value` falls along the map, 0…1.
    public func fraction(_ value: Double) -> Double { hi > lo ? (value - lo) / (hi - lo) : 0.5 }

    /// The colour of `value`.
    public func color(_ value: Double) -> Color { colormap.color(at: fraction(value)) }

    /// About `count` ticks (at most 5) with their labels.
    private func ticks(count: Int) -> (values: [Double], labels: [String]) {
        let values = Ticks.values(lo, hi, count: count)
        return (values, NumberFormat.tickLabels(values, step: Ticks.step(lo, hi, count: count)))
    }

    /// Ticks for a bar `height` pixels tall: about one per 30 px, at most 5 (fewer ticks have
    /// wider steps, so their labels are never wider than the 5 that `reach` measures).
    private func ticks(height: Double) -> (values: [Double], labels: [String]) {
        ticks(count: Swift.max(2, Swift.min(5, Int(safe: height / 30))))
    }

    /// Pixels the bar and its labels take right of the plot.
    func reach(style: TextStyle, measurer: any TextMeasurer) -> Double {
        let labelWidth = ticks(count: 5).labels.map { style.metrics($0, measurer).width }.max() ?? 0
        return Self.gap + Self.width + AxisLayout.tickLength + AxisLayout.labelGap + labelWidth
    }

    /// The bar beside `plot`, as tall as it.
    func nodes(beside plot: Rect, style: TextStyle, theme: Theme, measurer: any TextMeasurer) -> [Node] {
        let bar = Rect(x: plot.maxX + Self.gap, y: plot.minY, width: Self.width, height: plot.height)
        let gradient = LinearGradient(start: Point(bar.minX, bar.maxY), end: Point(bar.minX, bar.minY), stops: colormap.stops())
        var nodes: [Node] = [.shape(Shape(PathKit.rect(bar), fill: .linearGradient(gradient)))]
        let scale = LinearScale(domain: (lo, hi), range: (bar.maxY, bar.minY))
        var marks = Path()
        let (values, labels) = ticks(height: bar.height)
        for (value, label) in zip(values, labels) {
            let y = scale(value)
            marks.move(to: Point(bar.maxX, y)); marks.line(to: Point(bar.maxX + AxisLayout.tickLength, y))
            nodes.append(style.run(label, x: bar.maxX + AxisLayout.tickLength + AxisLayout.labelGap, centerY: y,
                                   anchor: .start, measurer: measurer))
        }
        nodes.append(.shape(Shape(marks, stroke: .solid(theme.axis), strokeStyle: StrokeStyle(width: 1))))
        return nodes
    }
}
