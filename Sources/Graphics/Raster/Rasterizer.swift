/// Renders a `Scene` to anti-aliased pixels: paths are flattened (and
/// stroked, dashed) in geometry code, then scan-converted with exact area
/// coverage and composited source-over; group opacity uses offscreen layers.
public struct Rasterizer: Sendable {
    public let fonts: FontBook
    /// Curves are flattened to within this many device pixels.
    static let tolerance = 0.1
    /// The largest canvas side in device pixels.
    public static let maxSide = 16_384
    /// The most device pixels a canvas may have (160 MB of RGBA); larger scenes are drawn at a lower scale.
    public static let maxPixels = 40_000_000

    public init(fonts: FontBook) { self.fonts = fonts }

    /// Draws the scene at `scale` device pixels per CSS pixel (2 for crisp displays).
    public func render(_ scene: Scene, scale: Double = 2) -> Pixmap {
        var s = scale.isFinite && scale > 0 ? Swift.min(scale, 64) : 1
        let area = (scene.width.isFinite ? Swift.max(1, scene.width) : 1) * (scene.height.isFinite ? Swift.max(1, scene.height) : 1)
        if area * s * s > Double(Self.maxPixels) { s = (Double(Self.maxPixels) / area).squareRoot() * 0.995 }
        func side(_ v: Double) -> Int {
            guard v.isFinite, v > 0 else { return 1 }
            return Int(Swift.min(Double(Self.maxSide), Swift.max(1, (v * s).rounded(.up))))
        }
        let background = scene.background.map(PaintSource.premultiply) ?? (0, 0, 0, 0)
        var pixmap = Pixmap(width: side(scene.width), height: side(scene.height), filledWith: background)
        let context = RenderContext(fonts: fonts)
        context.draw(scene.nodes, transform: .scale(s, s), clip: pixmap.bounds, into: &pixmap)
        return pixmap
    }
}
