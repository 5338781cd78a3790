public enum FontWeight: Hashable, Sendable { case regular, bold }
public enum TextAnchor: Hashable, Sendable { case start, middle, end }
/// Where `TextRun.position.y` sits relative to the glyphs.
public enum TextBaseline: Hashable, Sendable {
    /// The alphabetic baseline (SVG's default).
    case alphabetic
    /// Vertically centred between the font's ascender and descender (SVG `central`).
    case middle
    /// The top of the ascender (SVG `hanging`).
    case hanging
}

/// One line of text drawn at a point: DejaVu Sans, regular or bold.
public struct TextRun: Hashable, Sendable {
    public var text: String
    public var position: Point
    public var size: Double
    public var weight: FontWeight
    public var anchor: TextAnchor
    public var baseline: TextBaseline
    /// Degrees, clockwise, about `position`.
    public var rotation: Double
    public var color: Color
    public init(_ text: String, at position: Point, size: Double = 12, weight: FontWeight = .regular,
                anchor: TextAnchor = .start, baseline: TextBaseline = .alphabetic,
                rotation: Double = 0, color: Color = .black) {
        self.text = text; self.position = position; self.size = size; self.weight = weight
        self.anchor = anchor; self.baseline = baseline; self.rotation = rotation; self.color = color
    }
}
