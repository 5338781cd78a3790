import Charts
import Graphics
import Platform
import Script

/// A chart as a cell value: any `Chart` (data charts and model views), shown as
/// SVG, PNG at 2×, PDF (vector, for `nbconvert --to pdf`) and Unicode text.
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
        return (chart.scene(measurer: fonts), fonts)
    }

    public func svg() throws(ScriptError) -> String {
        let (scene, fonts) = try scene()
        return SVGWriter.write(scene, fonts: fonts)
    }

    /// PNG bytes at `scale` device pixels per CSS pixel.
    public func png(scale: Double = 2) throws(ScriptError) -> [UInt8] {
        let (scene, fonts) = try scene()
        return PNGEncoder.encode(Rasterizer(fonts: fonts).render(scene, scale: scale))
    }

    public func displayBundle() throws(ScriptError) -> DisplayBundle {
        let (scene, fonts) = try scene()
        let svg = SVGWriter.write(scene, fonts: fonts)
        let png = PNGEncoder.encode(Rasterizer(fonts: fonts).render(scene, scale: 2))
        let pdf = PDFWriter.write(scene, fonts: fonts, title: chart.options.title)
        return DisplayBundle(items: [("image/svg+xml", svg), ("image/png", Base64.encode(png)),
                                     ("application/pdf", Base64.encode(pdf)), ("text/plain", chart.text())],
                             pngSize: (Int(scene.width.rounded()), Int(scene.height.rounded())))
    }
}
