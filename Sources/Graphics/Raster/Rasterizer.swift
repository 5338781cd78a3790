import Platform

/// Renders a `Scene` to anti-aliased pixels: paths are flattened (and
/// stroked, dashed) in geometry code, then scan-converted with exact area
/// coverage and composited source-over; group opacity uses offscreen layers.
/// Larger canvases are drawn as horizontal bands of rows in parallel (see
/// `bandCount`); every band draws the whole scene clipped to its rows, with the
/// same geometry as one whole-canvas pass, so the pixels do not depend on it.
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
        render(scene, scale: scale, bands: nil)
    }

    /// Draws the scene as `render(_:scale:)` does, with `others` tasks of the caller's run among
    /// the bands: one `Parallel.forEach` calls `other(k)` for each k in `0..<others`, taken first,
    /// then draws the bands, so work that does not need the pixels shares the cores with them.
    public func render(_ scene: Scene, scale: Double = 2, alongside others: Int, _ other: (Int) -> Void) -> Pixmap {
        render(scene, scale: scale, bands: nil, alongside: others, other)
    }

    /// Draws the scene in `bands` bands of rows (nil: `bandCount` of the canvas).
    func render(_ scene: Scene, scale: Double, bands: Int?, alongside others: Int = 0, _ other: (Int) -> Void = { _ in }) -> Pixmap {
        var s = scale.isFinite && scale > 0 ? Swift.min(scale, 64) : 1
        let area = (scene.width.isFinite ? Swift.max(1, scene.width) : 1) * (scene.height.isFinite ? Swift.max(1, scene.height) : 1)
        if area * s * s > Double(Self.maxPixels) { s = (Double(Self.maxPixels) / area).squareRoot() * 0.995 }
        func side(_ v: Double) -> Int {
            guard v.isFinite, v > 0 else { return 1 }
            return Int(Swift.min(Double(Self.maxSide), Swift.max(1, (v * s).rounded(.up))))
        }
        let background = scene.background.map(PaintSource.premultiply) ?? (0, 0, 0, 0)
        var pixmap = Pixmap(uninitializedWidth: side(scene.width), height: side(scene.height))
        render(scene.nodes, transform: .scale(s, s), into: &pixmap, background: background,
               bands: bands ?? Self.bandCount(width: pixmap.width, height: pixmap.height), alongside: others, other)
        return pixmap
    }

    /// Draws `nodes` over the pixmap as `bands` horizontal bands of nearly equal height,
    /// in parallel; each band has its own render context and its own rows of the pixmap, and
    /// first fills those rows with `background` when one is given (so a canvas made with
    /// uninitialised pixels is filled in parallel too). The caller's `others` tasks come first.
    func render(_ nodes: [Node], transform: Transform, into pixmap: inout Pixmap,
                background: (UInt8, UInt8, UInt8, UInt8)? = nil, bands: Int,
                alongside others: Int = 0, _ other: (Int) -> Void = { _ in }) {
        let clip = pixmap.bounds, fonts = self.fonts
        let count = Swift.max(1, Swift.min(bands, pixmap.height))
        let height = pixmap.height, others = Swift.max(0, others)
        pixmap.withTarget { whole in
            Parallel.forEach(others + count) { task in
                guard task >= others else { return other(task) }
                let band = task - others
                let rows = (band * height / count)..<((band + 1) * height / count)
                let target = RasterTarget(first: whole.row(rows.lowerBound), width: whole.width, rows: rows)
                if let background { target.fill(with: background) }
                RenderContext(fonts: fonts).draw(nodes, transform: transform, clip: clip, into: target)
            }
        }
    }

    /// How many bands a canvas is drawn in: one for small canvases (where starting a
    /// thread costs more than it saves), two from a quarter megapixel. It depends only on
    /// the canvas size, never on the machine, so the work split is the same everywhere.
    static func bandCount(width: Int, height: Int) -> Int {
        width * height >= 250_000 && height >= 64 ? 2 : 1
    }
}
