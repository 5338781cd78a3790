import Charts
import Foundation
import Graphics
import Testing
@testable import ModelViews

/// Each image view as PNG, SVG and text against its golden, and its text within 80 and 60 columns.
@Suite struct ImageViewGoldenTests {
    @Test func galleryBuildsEveryView() throws {
        let names = try ImageViewGallery.all().map(\.name)
        #expect(names.count == 10 && Set(names).count == names.count)
    }

    @Test(arguments: ImageViewGallery.names)
    func pictureMatchesGolden(_ name: String) throws {
        let chart = try #require(try ImageViewGallery.all().first { $0.name == name }?.chart)
        try GoldenImage.check(chart, name: name)
    }

    @Test(arguments: ImageViewGallery.names)
    func textAndSVGMatchGolden(_ name: String) throws {
        let chart = try #require(try ImageViewGallery.all().first { $0.name == name }?.chart)
        try GoldenTextTests.check(chart.text(columns: 80), against: "\(name).txt")
        try GoldenTextTests.check(SVGWriter.write(chart.scene(measurer: try FontBook.system())), against: "\(name).svg")
        for width in [80, 60] {
            for line in chart.text(columns: width).split(separator: "\n") {
                #expect(line.count <= width, "\(name) at \(width) columns: \(line.count) characters in «\(line)»")
            }
        }
    }

    @Test(arguments: ImageViewGallery.names)
    func picturesKeepSquarePixels(_ name: String) throws {
        let chart = try #require(try ImageViewGallery.all().first { $0.name == name }?.chart)
        let images = chart.scene(measurer: try FontBook.system()).nodes.compactMap { node -> RasterImage? in
            if case .image(let image) = node { return image }
            return nil
        }
        #expect(!images.isEmpty)
        for image in images {
            let across = image.frame.width / Double(image.width), down = image.frame.height / Double(image.height)
            #expect(abs(across - down) < 1e-9, "\(name): pixels \(across) × \(down)")
        }
    }
}
