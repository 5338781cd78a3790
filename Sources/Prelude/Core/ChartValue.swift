import Charts
import Graphics
import Platform
import Script

/// A chart as a cell value: any `Chart` (data charts and model views), shown as
/// an HTML image of the SVG with alt text, SVG, PNG at 2× (titled and described
/// in its metadata), PDF (vector, for `nbconvert --to pdf`) and Unicode text.
public final class ChartValue: RichDisplayable {
    public let chart: any Chart
    public let name: String

    public init(_ chart: any Chart, name: String) { self.chart = chart; self.name = name }

    public var typeName: String { name }
    public var description: String { "\(name)(\(Int(chart.options.width))×\(Int(chart.options.height)))" }

    /// The chart drawn as a scene with the system fonts.
    public func scene() throws(ScriptError) -> (Scene, FontBook) {
        let fonts: FontBook
        do { fonts = try FontBook.system() } catch {
            throw ScriptError(kind: .runtime, message: String(describing: error))
        }
        let scene = chart.scene(measurer: fonts)
        if Interrupt.isRequested {
            // Layout loops stop early when interrupted; a scene of millions of nodes is freed elsewhere.
            Reclaimer.drop(scene)
            try Interrupt.checkCell()
        }
        return (scene, fonts)
    }

    public func svg() throws(ScriptError) -> String {
        let (scene, fonts) = try scene()
        let svg = SVGWriter.write(scene, fonts: fonts)
        try Interrupt.checkCell()
        return svg
    }

    /// PNG bytes at `scale` device pixels per CSS pixel.
    public func png(scale: Double = 2) throws(ScriptError) -> [UInt8] {
        let (scene, fonts) = try scene()
        let pixels = Rasterizer(fonts: fonts).render(scene, scale: scale)
        try Interrupt.checkCell()  // an interrupted picture is not encoded
        let png = PNGEncoder.encode(pixels)
        try Interrupt.checkCell()
        return png
    }

    public func displayBundle() throws(ScriptError) -> DisplayBundle {
        let (scene, fonts) = try scene()
        let drawn = ChartRendition(chart, scene: scene, fonts: fonts)
        try Interrupt.checkCell()  // an interrupted picture is not sent
        let size = (Int(scene.width.rounded()), Int(scene.height.rounded()))
        let html = ChartHTML.image(svg: drawn.svg, alt: scene.altText, width: size.0, height: size.1)
        return DisplayBundle(items: [("text/html", html), ("image/svg+xml", drawn.svg), ("image/png", Base64.encode(drawn.png)),
                                     ("application/pdf", Base64.encode(drawn.pdf)), ("text/plain", drawn.text)],
                             pngSize: size)
    }
}
