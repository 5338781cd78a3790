/// The size of a line of text as the renderers will draw it.
public struct TextMetrics: Hashable, Sendable {
    /// Advance width in user units, kerning included.
    public var width: Double
    /// Distance from the alphabetic baseline up to the font's ascender.
    public var ascent: Double
    /// Distance from the baseline down to the font's descender (positive).
    public var descent: Double
    public init(width: Double, ascent: Double, descent: Double) {
        self.width = width; self.ascent = ascent; self.descent = descent
    }
    public var height: Double { ascent + descent }
}

/// Measures text so layout can place labels exactly. The font-backed
/// implementation lives with the TrueType parser; layout code depends only
/// on this protocol.
public protocol TextMeasurer: Sendable {
    func measure(_ text: String, size: Double, weight: FontWeight) -> TextMetrics
}
