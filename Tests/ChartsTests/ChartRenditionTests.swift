import Foundation
import Graphics
import Testing
@testable import Charts

/// A chart's bundle made at once (`ChartRendition`, the writers as tasks beside the raster bands)
/// is byte for byte what each writer gives alone, for every gallery chart.
@Suite struct ChartRenditionTests {
    @Test func everyFormIsWhatItsWriterGivesAlone() throws {
        let fonts = try FontBook.system()
        for (name, chart) in try Gallery.all() {
            let scene = chart.scene(measurer: fonts)
            let drawn = ChartRendition(chart, scene: scene, fonts: fonts, scale: 2)
            let words = [("Title", scene.title ?? ""), ("Description", scene.summary ?? "")].filter { !$0.1.isEmpty }
            let png = PNGEncoder.encode(Rasterizer(fonts: fonts).render(scene, scale: 2), text: words.map { (keyword: $0.0, text: $0.1) })
            #expect(drawn.svg == SVGWriter.write(scene, fonts: fonts), "\(name) SVG")
            #expect(drawn.pdf == PDFWriter.write(scene, fonts: fonts), "\(name) PDF")
            #expect(drawn.png == png, "\(name) PNG")
            #expect(drawn.text == chart.text(), "\(name) text")
        }
    }
}
