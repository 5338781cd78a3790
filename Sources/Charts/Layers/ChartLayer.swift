import Graphics

/// One layer of a chart on x and y axes, as Vega-Lite's `layer` composes them: what the layer
/// says about each axis (its extent, or nothing), the series it colours, and how it draws itself
/// once the shared frame is laid out. A `LinePlot` is one layer; `chart + chart` stacks the
/// layers of both on one frame whose axes cover every layer and whose legend merges theirs.
public struct ChartLayer: Sendable {
    /// What a layer needs of an axis.
    public enum Extent: Sendable, Equatable {
        /// Nothing: the layer fits whatever the other layers span (`Rule(y:)` along x).
        case free
        /// Numbers from `lo` to `hi`, reaching `margin` of the span past them (`AxisDomain`);
        /// `includeZero` stretches the axis to 0 (bars), `integer` keeps its ticks whole.
        case linear(lo: Double, hi: Double, includeZero: Bool = false, margin: Double = 0, integer: Bool = false)
        /// Positive numbers from `lo` to `hi` on a logarithmic axis.
        case log(lo: Double, hi: Double, margin: Double = 0)
        /// One band per category, in order.
        case bands([String], padding: Double = 0.2)

        /// A linear extent over `lo...hi` with room for marks at the extremes (dots, line ends).
        public static func padded(_ lo: Double, _ hi: Double) -> Extent {
            .linear(lo: lo, hi: hi, margin: AxisDomain.pointMargin)
        }
    }

    /// How a series is coloured.
    public enum Tint: Sendable, Equatable {
        /// A colour of the theme's palette, shared by every series of the same name across layers.
        case palette
        /// The theme's muted text colour (reference lines): takes no palette colour.
        case muted
    }

    /// A series the layer draws: its name keys the shared colour scale and the legend.
    public struct Series: Sendable, Equatable {
        public var name: String
        public var mark: PlotCanvas.LegendItem.Mark
        public var tint: Tint
        /// Whether a chart of this layer alone lists the series in its legend (in an overlay
        /// every named series is listed).
        public var legendAlone: Bool
        /// The opacity the layer paints the series with, which its legend key repeats.
        public var alpha: Double
        public init(_ name: String, mark: PlotCanvas.LegendItem.Mark, tint: Tint = .palette, legendAlone: Bool = true,
                    alpha: Double = 1) {
            self.name = name; self.mark = mark; self.tint = tint; self.legendAlone = legendAlone; self.alpha = alpha
        }
    }

    /// What `draw` is given: the laid-out frame, one colour per series (in `series` order) and the theme.
    public struct Context: Sendable {
        public let frame: PlotCanvas.Frame
        public let colors: [Color]
        public let theme: Theme
    }

    /// The chart kind, for messages ("LinePlot").
    public var kind: String
    public var x: Extent
    public var y: Extent
    public var series: [Series]
    /// Values the layer left out (NaN or infinite); the frame notes the total.
    public var dropped: Int
    /// What else the caption says about the layer (a histogram's far values), after the dropped count.
    public var notes: [String] = []
    /// Grid lines across the x axis (vertical) and across the y axis (horizontal) the layer wants.
    public var verticalGrid: Bool
    public var horizontalGrid: Bool
    /// The y axis name used when the chart's options give none ("count" for a histogram).
    public var defaultYLabel: String?
    /// The layer's marks in the frame.
    public var draw: @Sendable (Context) -> PlotCanvas.Marks
    /// The layer on a braille canvas, for an overlay's text form (series numbered as `series`).
    public var text: @Sendable (inout TextPlot) -> Void
    /// The boxes `draw` would give as its footprint, without drawing (nil: only `draw` knows
    /// them). When every layer has it, the legend is placed before anything is drawn, so marks
    /// are drawn once even when the legend moves outside the plot.
    public var footprint: (@Sendable (Context) -> [Rect])?

    public init(kind: String, x: Extent, y: Extent, series: [Series], dropped: Int = 0, notes: [String] = [],
                verticalGrid: Bool = true, horizontalGrid: Bool = true, defaultYLabel: String? = nil,
                draw: @escaping @Sendable (Context) -> PlotCanvas.Marks,
                text: @escaping @Sendable (inout TextPlot) -> Void) {
        self.kind = kind; self.x = x; self.y = y; self.series = series; self.dropped = dropped; self.notes = notes
        self.verticalGrid = verticalGrid; self.horizontalGrid = horizontalGrid; self.defaultYLabel = defaultYLabel
        self.draw = draw; self.text = text
    }
}

/// A chart drawn as layers on one pair of axes: it can be overlaid on another with `+`
/// (`Overlay`). Charts that are not (pies, heatmaps, grids, diagrams) cannot.
public protocol LayeredChart: Chart {
    /// The layers, bottom first.
    var layers: [ChartLayer] { get }
}

extension LayeredChart {
    /// The layers drawn on one frame: how every layered chart draws itself.
    public func layeredNodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        LayerStack(layers: layers).nodes(options: options, size: size, measurer: measurer)
    }
}
