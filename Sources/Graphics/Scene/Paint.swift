/// How an area is decided to be inside a self-intersecting path.
public enum FillRule: Hashable, Sendable { case nonZero, evenOdd }

/// A linear gradient between two points in user units, with sorted colour stops.
public struct LinearGradient: Hashable, Sendable {
    public struct Stop: Hashable, Sendable {
        public var offset: Double
        public var color: Color
        public init(offset: Double, color: Color) { self.offset = offset; self.color = color }
    }
    public var start: Point
    public var end: Point
    public var stops: [Stop]
    public init(start: Point, end: Point, stops: [Stop]) {
        self.start = start; self.end = end; self.stops = stops
    }
}

/// What fills an area or a stroke.
public enum Paint: Hashable, Sendable {
    case solid(Color)
    case linearGradient(LinearGradient)
}

public enum LineCap: Hashable, Sendable { case butt, round, square }
public enum LineJoin: Hashable, Sendable { case miter, round, bevel }

/// How a path's outline is drawn.
public struct StrokeStyle: Hashable, Sendable {
    public var width: Double
    public var cap: LineCap
    public var join: LineJoin
    public var miterLimit: Double
    /// Alternating on/off lengths in user units; empty for a solid line.
    public var dash: [Double]
    public var dashOffset: Double
    public init(width: Double = 1, cap: LineCap = .butt, join: LineJoin = .miter,
                miterLimit: Double = 4, dash: [Double] = [], dashOffset: Double = 0) {
        self.width = width; self.cap = cap; self.join = join
        self.miterLimit = miterLimit; self.dash = dash; self.dashOffset = dashOffset
    }
}
