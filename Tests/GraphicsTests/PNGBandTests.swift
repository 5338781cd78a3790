import CZlib
import Foundation
import RenderTestSupport
import Testing
@testable import Graphics

/// Band-parallel PNG encoding: the band split, and banded streams that must
/// decode (zlib, which checks Adler-32; pngcheck; Pillow) to exactly the
/// pixels, with valid chunk CRCs, the same bytes however the bands are run,
/// and nearly the size of a single-band encoding.
@Suite struct PNGBandTests {
    typealias Shapes = PNGEncoderShapesTests

    /// A chart-like image: white, a plot frame, bars in two colours, a translucent band when `alpha`.
    static func chart(_ width: Int, _ height: Int, alpha: Bool = false) -> Pixmap {
        Shapes.pixmap(width, height) { x, y in
            if alpha && y % 97 < 9 { return (200, 30, 30, UInt8(40 + x % 150)) }
            if x == width / 10 || y == height * 9 / 10 { return (0, 0, 0, 255) }
            if x > width / 10 && y < height * 9 / 10 && y > height / 5 + (x / 40 % 7) * height / 12 {
                return (x / 40) % 2 == 0 ? (76, 114, 176, 255) : (221, 132, 82, 255)
            }
            return alpha ? (255, 255, 255, 0) : (255, 255, 255, 255)
        }
    }

    /// Every chunk's stored CRC-32 equals zlib's CRC of its type and data.
    static func chunkCRCsAreValid(_ png: [UInt8]) -> Bool {
        func u32(_ o: Int) -> UInt32 { png[o..<(o + 4)].reduce(0) { $0 << 8 | UInt32($1) } }
        var offset = 8
        while offset + 12 <= png.count {
            let length = Int(u32(offset))
            guard offset + 12 + length <= png.count else { return false }
            let crc = png.withUnsafeBufferPointer { crc32(0, $0.baseAddress.map { $0 + offset + 4 }, uInt(length + 4)) }
            guard UInt32(crc) == u32(offset + 8 + length) else { return false }
            offset += 12 + length
        }
        return offset == png.count
    }

    func expectDecodes(_ png: [UInt8], to p: Pixmap, _ name: String) throws {
        let decoded = try #require(DecodedImage.decode(png), "\(name) must inflate (Adler-32 checked)")
        #expect(decoded.rgba == DecodedImage(p).rgba, "\(name)")
        #expect(Self.chunkCRCsAreValid(png), "\(name) chunk CRCs")
    }

    @Test func smallImagesStayOneBand() {
        #expect(PNGBand.split(width: 1, height: 1) == [0..<1])
        #expect(PNGBand.split(width: 800, height: 100) == [0..<100])
        #expect(PNGBand.split(width: 512, height: 255).count == 1)
        #expect(PNGBand.split(width: 256, height: 256).count == 1)
        #expect(PNGBand.split(width: 100_000, height: 1) == [0..<1], "one row cannot be split")
    }

    @Test func bandsArePowersOfTwoCoveringTheRowsInOrder() {
        for (width, height) in [(512, 512), (512, 1023), (512, 1024), (1600, 1000), (1280, 800), (3, 1_000_003), (1, 300_000), (7, 7)] {
            let bands = PNGBand.split(width: width, height: height)
            #expect(bands.count.nonzeroBitCount == 1 && bands.count <= PNGBand.maximumBands, "\(width)x\(height)")
            #expect(bands.first?.lowerBound == 0 && bands.last?.upperBound == height, "\(width)x\(height)")
            for (a, b) in zip(bands, bands.dropFirst()) { #expect(a.upperBound == b.lowerBound && !a.isEmpty) }
            let heights = bands.map(\.count)
            #expect((heights.max() ?? 0) - (heights.min() ?? 0) <= 1, "\(width)x\(height): \(heights)")
            #expect(width * height / bands.count >= PNGBand.minimumPixels || bands.count == 1)
        }
        #expect(PNGBand.split(width: 512, height: 256).count == 2)
        #expect(PNGBand.split(width: 512, height: 512).count == 4)
        #expect(PNGBand.split(width: 1600, height: 1000).count == 8)
    }

    @Test func bandedImagesRoundTripAtEveryHeightNearTheThresholds() throws {
        // Width 512: 128 rows per minimum band, so 2, 4 and 8 bands begin at 256, 512 and 1024 rows.
        for height in [254, 255, 256, 257, 511, 512, 513, 1023, 1024, 1025] {
            let p = Self.chart(512, height, alpha: height % 2 == 1)
            try expectDecodes(PNGEncoder.encode(p), to: p, "512x\(height)")
        }
    }

    @Test func oneRowAndOneColumnImages() throws {
        let row = Shapes.pixmap(200_000, 1) { x, _ in (UInt8(x / 300 % 256), 0, 9, 255) }
        let column = Shapes.pixmap(1, 150_000) { _, y in (UInt8(y / 70 % 256), 40, 0, y % 5000 < 10 ? 128 : 255) }
        #expect(PNGBand.split(width: column.width, height: column.height).count == 2)
        for (name, p) in [("one row", row), ("one column", column)] {
            try expectDecodes(PNGEncoder.encode(p), to: p, name)
        }
    }

    /// Opacity is checked band by band; one translucent pixel in any band makes the whole image RGBA.
    @Test func oneTranslucentPixelInAnyBandMakesTheImageRGBA() throws {
        let opaque = Self.chart(512, 512)
        #expect(PNGBand.split(width: 512, height: 512).count == 4)
        #expect(PNGEncoder.encode(opaque)[25] == 2)
        for pixel in [0, 512 * 128, 512 * 300 + 3, 512 * 512 - 1] {
            var p = opaque
            p.pixels[pixel * 4 + 3] = 254
            let png = PNGEncoder.encode(p)
            #expect(png[25] == 6, "translucent pixel \(pixel)")
            try expectDecodes(png, to: p, "translucent pixel \(pixel)")
        }
    }

    /// Bands of one row each (the smallest possible) on every shape: priming, sync flushes and the
    /// checksum combination at every boundary.
    @Test func everyRowItsOwnBandStillDecodes() throws {
        for (name, p) in Shapes.shapes + [("chart 300x40", Self.chart(300, 40, alpha: true))] {
            let png = PNGEncoder.encode(p, bands: (0..<p.height).map { $0..<($0 + 1) })
            try expectDecodes(png, to: p, "\(name) in one-row bands")
        }
    }

    /// Bands without rows add only a sync flush (or the final empty block); no bands means one band.
    @Test func emptyBandsStillMakeAValidStream() throws {
        let p = Self.chart(300, 40, alpha: true)
        #expect(PNGEncoder.encode(p, bands: []) == PNGEncoder.encode(p, bands: [0..<40]))
        for bands in [[0..<0, 0..<40], [0..<20, 20..<20, 20..<40], [0..<40, 40..<40]] {
            try expectDecodes(PNGEncoder.encode(p, bands: bands), to: p, "bands \(bands)")
        }
    }

    @Test func sameBytesFromRepeatedAndSerialRuns() {
        for p in [Self.chart(1200, 700), Self.chart(900, 600, alpha: true), Shapes.pixmap(640, 480, Shapes.noise(5))] {
            let first = PNGEncoder.encode(p)
            #expect(PNGBand.split(width: p.width, height: p.height).count > 1)
            #expect(PNGEncoder.encode(p) == first)
            #expect(PNGEncoder.encode(p, bands: PNGBand.split(width: p.width, height: p.height), serially: true) == first)
        }
    }

    /// Rendered scenes (anti-aliased edges, text, gradients) at 6×, in eight bands: each band's own
    /// Huffman code fits its rows, which usually more than pays for the band's header (all ten were
    /// 1–4 % smaller banded when this was written).
    @Test func bandedSizeWithinOnePercentOfOneBand() throws {
        let rasterizer = Rasterizer(fonts: try FontBook.system())
        var bandedTotal = 0, singleTotal = 0
        for (name, scene) in TestScenes.all {
            let p = rasterizer.render(scene, scale: 6)
            #expect(PNGBand.split(width: p.width, height: p.height).count >= 4, "\(name)")
            let banded = PNGEncoder.encode(p).count, single = PNGEncoder.encode(p, bands: [0..<p.height]).count
            #expect(Double(banded) <= 1.01 * Double(single), "\(name): \(banded) bytes banded vs \(single) in one band")
            bandedTotal += banded
            singleTotal += single
        }
        #expect(bandedTotal <= singleTotal, "all together \(bandedTotal) bytes banded vs \(singleTotal) in one band")
    }

    /// On flat synthetic charts (~0.04 bit per pixel) only the fixed cost per band shows: a Huffman
    /// header and the 4-byte sync flush, a few dozen bytes.
    @Test func bandCostsAFewDozenBytesOnFlatImages() {
        for (name, p) in [("chart 1600x1000", Self.chart(1600, 1000)), ("chart with alpha 1280x800", Self.chart(1280, 800, alpha: true))] {
            let bands = PNGBand.split(width: p.width, height: p.height).count
            let banded = PNGEncoder.encode(p).count, single = PNGEncoder.encode(p, bands: [0..<p.height]).count
            #expect(banded <= single + 48 * (bands - 1), "\(name): \(banded) bytes in \(bands) bands vs \(single) in one")
        }
    }

    @Test func externalDecodersAcceptBandedImages() throws {
        let images = [("chart 1024x700", Self.chart(1024, 700)), ("alpha 700x800", Self.chart(700, 800, alpha: true)),
                      ("noise 640x480", Shapes.pixmap(640, 480, Shapes.noise(9)))]
        for (name, p) in images { #expect(PNGBand.split(width: p.width, height: p.height).count > 1, "\(name)") }
        try ExternalPNGChecks.pngcheckAccepts(images)
        try ExternalPNGChecks.pillowDecodes(images)
    }
}
