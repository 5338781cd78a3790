import Graphics

/// What a cartesian chart asks of its frame.
struct CartesianSpec {
    var x: AxisSpec
    var y: AxisSpec
    var legend: [LegendEntry] = []
    /// A note drawn under the plot (e.g. how many values were left out).
    var note: String?
    var verticalGrid = true
    var horizontalGrid = true
    var spines = true
    /// Extra pixels kept free right of the plot.
    var extraRight = 0.0
    /// A colour key right of the plot (its room is added to `extraRight` by the renderer).
    var colorBar: ColorBar?
}

/// The plot rectangle and both axes, laid out from measured label sizes.
struct CartesianFrame {
    static let padding = 14.0

    var plot: Rect
    var x: AxisLayout
    var y: AxisLayout
    var size: Size
    var legendOutside: LegendBlock?

    /// Pixel x of a data value (band axes: centre of band `Int(value)`).
    func px(_ value: Double) -> Double { plot.minX + x.scale.position(value) }
    /// Pixel y of a data value.
    func py(_ value: Double) -> Double { plot.minY + y.scale.position(value) }

    init(spec: CartesianSpec, options: ChartOptions, size: Size, theme: Theme,
         measurer: any TextMeasurer, legendOutside: LegendBlock?) {
        self.size = size
        self.legendOutside = legendOutside
        let pad = Self.padding
        let tick = TextStyle(size: theme.tickSize, color: theme.mutedText)
        let label = TextStyle(size: theme.labelSize, color: theme.text)
        let title = TextStyle(size: theme.titleSize, weight: .bold, color: theme.text)
        let tickHeight = tick.lineHeight(measurer)
        var top = pad + tickHeight / 2
        if options.title != nil { top = pad + title.lineHeight(measurer) + 12 }
        var bottom = pad
        if options.xLabel != nil { bottom += label.lineHeight(measurer) + 6 }
        if spec.note != nil { bottom += TextStyle(size: theme.noteSize, color: theme.mutedText).lineHeight(measurer) + 4 }
        var left = pad
        if options.yLabel != nil { left += label.lineHeight(measurer) + 8 }
        var right = pad + spec.extraRight
        if let legendOutside { right += legendOutside.size.width + 12 }
        let maxYLabel = size.width * 0.3
        let maxXLabel = Swift.min(160, size.height * 0.3)

        var xDepth = tickHeight + AxisLayout.tickLength + AxisLayout.labelGap
        var layoutX = AxisLayout(scale: .band(BandScale(count: 0, range: (0, 1))), ticks: [], mode: .horizontal, depth: 0)
        var layoutY = layoutX
        var plot = Rect(x: 0, y: 0, width: 10, height: 10)
        for _ in 0..<2 {
            let height = Swift.max(20, size.height - top - bottom - xDepth)
            layoutY = AxisLayout.vertical(spec.y, length: height, maxLabelWidth: maxYLabel, style: tick, measurer: measurer)
            var plotLeft = left + layoutY.depth
            var width = Swift.max(20, size.width - plotLeft - right)
            layoutX = AxisLayout.horizontal(spec.x, length: width, maxLabelWidth: maxXLabel, style: tick, measurer: measurer)
            let reach = layoutX.leftOverhang - (plotLeft - pad * 0.5)
            if reach > 0 {
                plotLeft += reach; width = Swift.max(20, width - reach)
                layoutX = AxisLayout.horizontal(spec.x, length: width, maxLabelWidth: maxXLabel, style: tick, measurer: measurer)
            }
            let overhang = Swift.max(0, layoutX.overhang - (right - pad * 0.5))
            if overhang > 0 {
                width = Swift.max(20, width - overhang)
                layoutX = AxisLayout.horizontal(spec.x, length: width, maxLabelWidth: maxXLabel, style: tick, measurer: measurer)
            }
            xDepth = layoutX.depth
            plot = Rect(x: plotLeft, y: top, width: width, height: height)
        }
        self.plot = plot
        self.x = layoutX
        self.y = layoutY
    }
}
