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
    /// What the mark stands for, with its values: an SVG `<title>`, which browsers show on hover
    /// and screen readers read. Not drawn.
    public var title: String?
    public init(_ path: Path, fill: Paint? = nil, fillRule: FillRule = .nonZero,
                stroke: Paint? = nil, strokeStyle: StrokeStyle = StrokeStyle(), title: String? = nil) {
        self.path = path; self.fill = fill; self.fillRule = fillRule
        self.stroke = stroke; self.strokeStyle = strokeStyle; self.title = title
    }
}

/// Children drawn together, under a transform, a rectangular clip (in the
/// group's own coordinates, before its transform applies to them) and an opacity.
public struct Group: Hashable, Sendable {
    public var children: [Node]
    public var transform: Transform
    public var clip: Rect?
    public var opacity: Double
    /// What the children stand for together (an SVG `<title>` on the group, shown on hover).
    public var title: String?
    public init(_ children: [Node] = [], transform: Transform = .identity,
                clip: Rect? = nil, opacity: Double = 1, title: String? = nil) {
        self.children = children; self.transform = transform; self.clip = clip; self.opacity = opacity
        self.title = title
    }
}

/// A picture: a canvas size in CSS pixels, an optional background and the
/// nodes drawn in order. Renderers (`SVGWriter`, `Rasterizer`) take it as is.
/// `title` and `summary` say what it shows, for readers who cannot see it: the
/// SVG's `<title>` and `<desc>`, the PNG's and the PDF's metadata.
/// `darkVariant` maps colours (by red, green and blue; opacity is kept) to the ones
/// the picture takes where the viewer prefers a dark colour scheme: the SVG carries
/// them under `@media (prefers-color-scheme: dark)`; PNG and PDF keep the colours drawn.
public struct Scene: Hashable, Sendable {
    public var width: Double
    public var height: Double
    public var background: Color?
    public var nodes: [Node]
    public var title: String?
    public var summary: String?
    public var darkVariant: [Color: Color]
    public init(width: Double, height: Double, background: Color? = .white, nodes: [Node] = [],
                title: String? = nil, summary: String? = nil, darkVariant: [Color: Color] = [:]) {
        self.width = width; self.height = height; self.background = background; self.nodes = nodes
        self.title = title; self.summary = summary; self.darkVariant = darkVariant
    }

    /// The title and summary as one sentence or two: what an image's alt text says.
    public var altText: String {
        let parts = [title, summary].compactMap { $0?.trimmingSpaces }.filter { !$0.isEmpty }
        return parts.map { $0.hasSuffix(".") ? $0 : $0 + "." }.joined(separator: " ")
    }
    public mutating func add(_ node: Node) { nodes.append(node) }
}

extension String {
    /// Without leading and trailing spaces and line breaks.
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\n" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\n" { scalars.removeLast() }
        return String(scalars)
    }
}
