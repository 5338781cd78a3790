import Graphics
import Platform

/// A chart drawn in every form a notebook display sends at once: SVG text, PNG (titled and
/// described in its text chunks), PDF and the Unicode text. The Prelude's rich display and
/// bench/views both make it here, so what is measured is what a cell shows.
///
/// The SVG, the PDF and the text do not need the pixels: they run as tasks beside the
/// rasteriser's bands, all in one round on the cores (the scene is a value and the font book is
/// thread-safe), biggest first; the PNG encoder then splits its bands over the cores.
public struct ChartRendition: Sendable {
    public let svg: String
    public let png: [UInt8]
    public let pdf: [UInt8]
    public let text: String

    /// Draws `chart`, whose scene is `scene`, at `scale` PNG pixels per CSS pixel. When the cell
    /// is interrupted (`Interrupt.isRequested`) the writers stop early and the PNG is not encoded:
    /// callers check for the interrupt before using the rendition.
    public init(_ chart: any Chart, scene: Scene, fonts: FontBook, scale: Double = 2) {
        var svg = "", pdf: [UInt8] = [], text = ""
        let pixels = Rasterizer(fonts: fonts).render(scene, scale: scale, alongside: 3) { task in
            switch task {
            case 0: svg = SVGWriter.write(scene, fonts: fonts)
            case 1: pdf = PDFWriter.write(scene, fonts: fonts)
            default: text = chart.text()
            }
        }
        var png: [UInt8] = []
        if !Interrupt.isRequested { png = PNGEncoder.encode(pixels, text: Self.pngText(scene)) }
        (self.svg, self.png, self.pdf, self.text) = (svg, png, pdf, text)
    }

    /// The PNG's text chunks: the scene's title and description, where it has them.
    public static func pngText(_ scene: Scene) -> [(keyword: String, text: String)] {
        [(keyword: "Title", text: scene.title ?? ""), (keyword: "Description", text: scene.summary ?? "")].filter { !$0.text.isEmpty }
    }
}
