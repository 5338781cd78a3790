/// One drawable thing in a scene.
public indirect enum Node: Hashable, Sendable {
    /// A path filled and/or stroked. Either paint may be nil.
    case shape(Shape)
    case text(TextRun)
    case group(Group)
    /// A raster stretched over its frame.
    case image(RasterImage)
}

/// A path with its fill and stroke.
public struct Shape: Hashable, Sendable {
    public var path: Path
    public var fill: Paint?
    public var fillRule: FillRule
    public var stroke: Paint?
    public var strokeStyle: StrokeStyle
    public init(_ path: Path, fill: Paint? = nil, fillRule: FillRule = .nonZero,
                stroke: Paint? = nil, strokeStyle: StrokeStyle = StrokeStyle()) {
        self.path = path; self.fill = fill; self.fillRule = fillRule
        self.stroke = stroke; self.strokeStyle = strokeStyle
    }
}

/// Children drawn together, under a transform, a rectangular clip (in the
/// group's own coordinates, before its transform applies to them) and an opacity.
public struct Group: Hashable, Sendable {
    public var children: [Node]
    public var transform: Transform
    public var clip: Rect?
    public var opacity: Double
    public init(_ children: [Node] = [], transform: Transform = .identity,
                clip: Rect? = nil, opacity: Double = 1) {
        self.children = children; self.transform = transform; self.clip = clip; self.opacity = opacity
    }
}

/// A picture: a canvas size in CSS pixels, an optional background and the
/// nodes drawn in order. Renderers (`SVGWriter`, `Rasterizer`) take it as is.
public struct Scene: Hashable, Sendable {
    public var width: Double
    public var height: Double
    public var background: Color?
    public var nodes: [Node]
    public init(width: Double, height: Double, background: Color? = .white, nodes: [Node] = []) {
        self.width = width; self.height = height; self.background = background; self.nodes = nodes
    }
    public mutating func add(_ node: Node) { nodes.append(node) }
}
