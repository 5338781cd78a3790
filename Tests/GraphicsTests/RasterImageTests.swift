import Foundation
import Platform
import RenderTestSupport
import Testing
@testable import Graphics

/// The image primitive: exact nearest-neighbour cells, bilinear blending between pixel
/// centres, block averaging when drawn small, anti-aliased frame edges, and one embedded
/// PNG in the SVG that decodes back to the pixels.
@Suite struct RasterImageTests {
    static let red = Color(hex: 0xC44E52), blue = Color(hex: 0x4C72B0)

    func render(_ nodes: [Node], width: Double = 40, height: Double = 20, scale: Double = 1) throws -> DecodedImage {
        let scene = Scene(width: width, height: height, background: .white, nodes: nodes)
        return DecodedImage(Rasterizer(fonts: try FontBook.system()).render(scene, scale: scale))
    }

    func image(_ w: Int, _ h: Int, _ pixels: RasterImage.Pixels, _ frame: Rect,
               _ interpolation: RasterImage.Interpolation = .nearest) throws -> RasterImage {
        try #require(RasterImage(width: w, height: h, pixels: pixels, frame: frame, interpolation: interpolation))
    }

    func pixel(_ image: DecodedImage, _ x: Int, _ y: Int) -> [Int] {
        let i = (y * image.width + x) * 4
        return image.rgba[i..<(i + 4)].map(Int.init)
    }

    @Test func nearestCellsAreFlatAndEndOnPixelEdges() throws {
        let cells = try image(2, 1, .rgb([196, 78, 82, 76, 114, 176]), Rect(x: 0, y: 0, width: 40, height: 20))
        for scale in [1.0, 2.0] {
            let out = try render([.image(cells)], scale: scale)
            let half = Int(20 * scale)
            for x in [0, half - 1] { #expect(pixel(out, x, 3) == [196, 78, 82, 255], "x \(x) at \(scale)×") }
            for x in [half, 2 * half - 1] { #expect(pixel(out, x, 3) == [76, 114, 176, 255], "x \(x) at \(scale)×") }
        }
    }

    @Test func bilinearBlendsBetweenPixelCentres() throws {
        let ramp = try image(2, 1, .gray([0, 200]), Rect(x: 0, y: 0, width: 40, height: 20), .bilinear)
        let out = try render([.image(ramp)])
        #expect(pixel(out, 0, 5)[0] == 0)
        #expect(pixel(out, 39, 5)[0] == 200)
        // Pixel 19's centre (19.5) lies 0.475 of the way from the first image pixel's centre (10) to the second's (30).
        #expect(abs(pixel(out, 19, 5)[0] - 95) <= 1)
        let row = (0..<40).map { pixel(out, $0, 5)[0] }
        #expect(zip(row, row.dropFirst()).allSatisfy { $0 <= $1 })
    }

    @Test func aDenseImageIsAveragedNotDecimated() throws {
        // 800 alternating black and white columns in 40 pixels: blocks of 20 average to mid-gray.
        let stripes = (0..<1600).map { UInt8($0 % 2 == 0 ? 0 : 255) }
        let dense = try image(800, 2, .gray(stripes), Rect(x: 0, y: 0, width: 40, height: 20))
        let out = try render([.image(dense)])
        for x in [0, 13, 27, 39] { #expect(abs(pixel(out, x, 10)[0] - 128) <= 1, "x \(x): \(pixel(out, x, 10))") }
    }

    @Test func indexedPixelsPastThePaletteAreTransparent() throws {
        let indexed = try image(2, 1, .indexed([0, 7], palette: [Self.red]), Rect(x: 0, y: 0, width: 40, height: 20))
        let out = try render([.image(indexed)])
        #expect(pixel(out, 5, 5) == [196, 78, 82, 255])
        #expect(pixel(out, 30, 5) == [255, 255, 255, 255])
        #expect(indexed.hasAlpha)
    }

    @Test func aFractionalFrameEdgeIsAntiAliased() throws {
        let black = try image(1, 1, .gray([0]), Rect(x: 10.5, y: 0, width: 10, height: 20))
        let out = try render([.image(black)])
        #expect(pixel(out, 9, 5)[0] == 255)
        #expect(abs(pixel(out, 10, 5)[0] - 128) <= 1)
        #expect(pixel(out, 11, 5)[0] == 0)
        #expect(abs(pixel(out, 20, 5)[0] - 128) <= 1)
    }

    @Test func translucentPixelsBlendWithWhatIsBelow() throws {
        let half = try image(1, 1, .rgba([0, 0, 0, 128]), Rect(x: 0, y: 0, width: 40, height: 20))
        let out = try render([.image(half)])
        #expect(abs(pixel(out, 20, 10)[0] - 127) <= 1)
    }

    @Test func invalidImagesAreRejected() {
        let frame = Rect(x: 0, y: 0, width: 1, height: 1)
        #expect(RasterImage(width: 2, height: 2, pixels: .gray([0, 0, 0]), frame: frame) == nil)
        #expect(RasterImage(width: 0, height: 2, pixels: .gray([]), frame: frame) == nil)
        #expect(RasterImage(width: 1 << 40, height: 1 << 40, pixels: .gray([]), frame: frame) == nil)
        #expect(RasterImage(width: 1, height: 1, pixels: .rgb([0, 0, 0, 0]), frame: frame) == nil)
        #expect(RasterImage(width: 1, height: 1, pixels: .indexed([0], palette: []), frame: frame) == nil)
        #expect(RasterImage(width: 1, height: 1, pixels: .indexed([0], palette: Array(repeating: .black, count: 257)),
                            frame: frame) == nil)
    }

    @Test func degenerateFramesAndTransformsDrawNothing() throws {
        let cell = try image(1, 1, .gray([0]), Rect(x: 5, y: 5, width: 0, height: 10))
        let flat = Node.group(Group([.image(try image(1, 1, .gray([0]), Rect(x: 0, y: 0, width: 10, height: 10)))],
                                    transform: .scale(0, 1)))
        let nan = try image(1, 1, .gray([0]), Rect(x: .nan, y: 0, width: 10, height: 10))
        let out = try render([.image(cell), flat, .image(nan)])
        #expect(out.rgba.allSatisfy { $0 == 255 })
    }

    @Test func reducingAveragesBlocksAndKeepsPartialOnes() throws {
        let pixels: [UInt8] = [0, 100, 200, 50, 150, 250, 10, 20, 30]
        let small = try image(3, 3, .gray(pixels), Rect(x: 0, y: 0, width: 3, height: 3)).reduced(factorX: 2, factorY: 2)
        #expect(small.width == 2 && small.height == 2)
        #expect(small.pixels == .gray([75, 225, 15, 30]))
    }

    @Test func svgEmbedsOnePixelatedPNGThatDecodesToThePixels() throws {
        let rgba: [UInt8] = [255, 0, 0, 255, 0, 0, 255, 128, 0, 160, 0, 64, 255, 255, 0, 0]
        let picture = try image(2, 2, .rgba(rgba), Rect(x: 1, y: 2, width: 30, height: 16))
        let svg = SVGWriter.write(Scene(width: 40, height: 20, nodes: [.image(picture)]))
        #expect(svg.components(separatedBy: "<image ").count == 2)
        #expect(svg.contains("x=\"1\" y=\"2\" width=\"30\" height=\"16\" preserveAspectRatio=\"none\""))
        #expect(svg.contains("image-rendering:pixelated"))
        let png = try #require(Self.embeddedPNGs(svg).first)
        #expect(DecodedImage.decode(png)?.rgba == rgba)
    }

    @Test func svgEmbedsABlockAveragedCopyOfAHugeImage() throws {
        let dense = try image(4000, 3, .gray([UInt8](repeating: 9, count: 12_000)), Rect(x: 0, y: 0, width: 100, height: 10))
        let svg = SVGWriter.write(Scene(width: 100, height: 10, nodes: [.image(dense)]))
        let png = try #require(Self.embeddedPNGs(svg).first)
        let decoded = try #require(DecodedImage.decode(png))
        #expect(decoded.width == 200 && decoded.height == 3)
        #expect(svg.utf8.count < 2000)
    }

    @Test func embeddedPNGsOfEveryFormatPassPngcheck() throws {
        let pngcheck = try #require(ExternalTool.find(["pngcheck"]), "pngcheck is not installed (Debian package pngcheck)")
        let frame = Rect(x: 0, y: 0, width: 3, height: 2)
        let formats: [(String, RasterImage.Pixels)] = [
            ("gray", .gray([0, 50, 100, 150, 200, 250])), ("rgb", .rgb((0..<18).map { UInt8($0 * 13) })),
            ("rgba", .rgba((0..<24).map { UInt8($0 * 10) })),
            ("indexed", .indexed([0, 1, 2, 1, 0, 5], palette: [Self.red, Self.blue.withAlpha(0.4), .black])),
        ]
        for (name, pixels) in formats {
            let picture = try image(3, 2, pixels, frame)
            let file = ExternalTool.temporaryFile("png")
            defer { try? FileManager.default.removeItem(at: file) }
            try Data(ImagePNG.encode(picture)).write(to: file)
            let result = try ExternalTool.run(pngcheck, ["-v", file.path])
            #expect(result.status == 0, "\(name): \(String(decoding: result.out, as: UTF8.self))")
            let decoded = try #require(DecodedImage.decode(ImagePNG.encode(picture)), "\(name)")
            #expect(decoded.rgba == (0..<6).flatMap { i in let c = picture.straight(i); return [c.0, c.1, c.2, c.3] }, "\(name)")
        }
    }

    /// The PNG bytes of every `data:image/png;base64,` URL in an SVG.
    static func embeddedPNGs(_ svg: String) -> [[UInt8]] {
        svg.components(separatedBy: "data:image/png;base64,").dropFirst().compactMap { rest in
            Base64.decode(String(rest.prefix { $0 != "\"" }))
        }
    }
}
