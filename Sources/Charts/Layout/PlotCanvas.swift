import Graphics

/// A public door to the cartesian frame the data charts use, for charts built
/// in other modules (the model views): give the axes, a legend and a closure
/// that draws marks into the laid-out plot; get the finished nodes back, with
/// the same grid, ticks, labels, title and legend placement as every chart.
public enum PlotCanvas {
    /// What an axis shows.
    public enum Axis: Sendable {
        /// Numbers from `lo` to `hi`, reaching `margin` of the span past them (`AxisDomain`);
        /// `integer` keeps the ticks whole (counts, epochs).
        case linear(lo: Double, hi: Double, includeZero: Bool = false, margin: Double = 0, integer: Bool = false)
        /// Numbers from exactly `lo` to `hi` (no margin, no rounding to a tick), for views that
        /// choose the domain themselves — e.g. equal units per pixel on both axes.
        case fixed(lo: Double, hi: Double)
        /// One band per name, in order (top to bottom on the y axis).
        case bands([String], padding: Double = 0.2)
    }

    /// One legend row.
    public struct LegendItem: Sendable {
        /// A filled square, a line, a dot, or a dashed line (reference lines).
        public enum Mark: Sendable { case box, line, dot, dash }
        public var name: String
        public var color: Color
        public var mark: Mark
        public init(_ name: String, color: Color, mark: Mark) { self.name = name; self.color = color; self.mark = mark }
    }

    /// Frame settings beyond the axes.
    public struct Settings: Sendable {
        public var legend: [LegendItem] = []
        public var note: String?
        public var verticalGrid = true
        public var horizontalGrid = true
        public var spines = true
        /// Pixels kept free right of the plot.
        public var extraRight = 0.0
        /// A colour key right of the plot, for marks whose colour encodes a number.
        public var colorBar: ColorBar?
        public init() {}
    }

    /// The laid-out plot: its rectangle and the data-to-pixel mappings.
    public struct Frame: Sendable {
        public let plot: Rect
        let frame: CartesianFrame

        /// Pixel x of a value (band axes: the centre of band `Int(value)`).
        public func px(_ value: Double) -> Double { frame.px(value) }
        /// Pixel y of a value (band axes: the centre of band `Int(value)`).
        public func py(_ value: Double) -> Double { frame.py(value) }
        /// The pixel extent of band `index` along x, or nil on a numeric axis.
        public func xBand(_ index: Int) -> (start: Double, end: Double)? { Self.band(frame.x.scale.band, index, plot.minX) }
        /// The pixel extent of band `index` along y, or nil on a numeric axis.
        public func yBand(_ index: Int) -> (start: Double, end: Double)? { Self.band(frame.y.scale.band, index, plot.minY) }

        private static func band(_ scale: BandScale?, _ index: Int, _ origin: Double) -> (start: Double, end: Double)? {
            guard let scale else { return nil }
            let a = origin + scale.start(index)
            return (a, a + scale.bandwidth)
        }
    }

    /// What the marks closure returns: nodes under the axes, nodes over them,
    /// and boxes the legend should not cover.
    public struct Marks: Sendable {
        public var under: [Node]
        public var over: [Node]
        public var footprint: [Rect]
        public init(under: [Node] = [], over: [Node] = [], footprint: [Rect] = []) {
            self.under = under; self.over = over; self.footprint = footprint
        }
    }

    /// The frame, the marks and the legend for a canvas of `size` at the origin.
    public static func render(x: Axis, y: Axis, settings: Settings = Settings(), options: ChartOptions, size: Size,
                              measurer: any TextMeasurer, marks: (Frame) -> Marks) -> [Node] {
        var spec = CartesianSpec(x: x.spec, y: y.spec)
        spec.legend = settings.legend.map { LegendEntry(name: $0.name, color: $0.color, mark: $0.mark.entryMark) }
        spec.note = settings.note
        spec.verticalGrid = settings.verticalGrid
        spec.horizontalGrid = settings.horizontalGrid
        spec.spines = settings.spines
        spec.extraRight = settings.extraRight
        spec.colorBar = settings.colorBar
        return CartesianRenderer.render(spec: spec, options: options, size: size, measurer: measurer) { frame in
            let drawn = marks(Frame(plot: frame.plot, frame: frame))
            return MarkLayer(nodes: drawn.under, overlay: drawn.over, footprint: drawn.footprint)
        }
    }
}

extension PlotCanvas.Axis {
    var spec: AxisSpec {
        switch self {
        case let .linear(lo, hi, includeZero, margin, integer):
            .linear(lo: lo, hi: hi, includeZero: includeZero, margin: margin, integer: integer)
        case let .fixed(lo, hi): .linear(lo: lo, hi: hi, includeZero: false, exact: true)
        case let .bands(names, padding): .band(names, padding: padding)
        }
    }
}

extension PlotCanvas.LegendItem.Mark {
    var entryMark: LegendEntry.Mark {
        switch self {
        case .box: .box
        case .line: .line
        case .dot: .dot
        case .dash: .dash
        }
    }
}
