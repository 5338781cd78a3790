import CZlib
import Foundation
import RenderTestSupport
import Testing
@testable import Graphics

/// Loupe's own Deflate path on image shapes that exercise its special cases:
/// long runs, identical rows, widths that are not a multiple of 16, alpha,
/// noise (many literals, several blocks) and rows wider than Deflate's window.
@Suite struct PNGEncoderShapesTests {
    static func pixmap(_ width: Int, _ height: Int, _ color: (Int, Int) -> (UInt8, UInt8, UInt8, UInt8)) -> Pixmap {
        var p = Pixmap(width: width, height: height)
        for y in 0..<height {
            for x in 0..<width {
                let c = color(x, y), i = (y * width + x) * 4
                let a = Int(c.3)
                p.pixels[i] = UInt8((Int(c.0) * a + 127) / 255)
                p.pixels[i + 1] = UInt8((Int(c.1) * a + 127) / 255)
                p.pixels[i + 2] = UInt8((Int(c.2) * a + 127) / 255)
                p.pixels[i + 3] = c.3
            }
        }
        return p
    }

    static func noise(_ seed: UInt32) -> (Int, Int) -> (UInt8, UInt8, UInt8, UInt8) {
        { x, y in
            var s = UInt32(truncatingIfNeeded: x &* 7919 &+ y &* 104_729) &+ seed
            s = s &* 1_664_525 &+ 1_013_904_223; s ^= s >> 13; s = s &* 1_664_525 &+ 1_013_904_223
            return (UInt8(truncatingIfNeeded: s >> 24), UInt8(truncatingIfNeeded: s >> 16), UInt8(truncatingIfNeeded: s >> 8), 255)
        }
    }

    /// Named shapes; each must decode (zlib inflate, which also checks Adler-32) to its own pixels.
    static let shapes: [(String, Pixmap)] = [
        ("one pixel", pixmap(1, 1) { _, _ in (10, 20, 30, 255) }),
        ("one translucent pixel", pixmap(1, 1) { _, _ in (200, 100, 50, 77) }),
        ("white 1000x3 (long runs)", pixmap(1000, 3) { _, _ in (255, 255, 255, 255) }),
        ("identical rows 333x40", pixmap(333, 40) { x, _ in (UInt8(x % 256), UInt8((x * 3) % 256), 9, 255) }),
        ("stripes 17x19", pixmap(17, 19) { x, y in (x % 3 == 0 ? 255 : 0, UInt8(y * 13), 128, 255) }),
        ("alpha ramp 31x29", pixmap(31, 29) { x, y in (UInt8(x * 8), UInt8(y * 8), 200, UInt8(x * 8 + 7)) }),
        ("transparent 45x12", pixmap(45, 12) { _, _ in (0, 0, 0, 0) }),
        ("noise 301x250 (several blocks)", pixmap(301, 250, noise(1))),
        ("noise with alpha 129x65", pixmap(129, 65) { x, y in let c = noise(2)(x, y); return (c.0, c.1, c.2, c.0 | 1) }),
        ("wider than the window 11000x3", pixmap(11000, 3) { x, y in (UInt8((x / 7) % 256), UInt8(y), 0, 255) }),
        ("chart-like 700x120", pixmap(700, 120) { x, y in
            x > 100 && x < 600 && y > 20 && y < 100 ? ((x / 50) % 2 == 0 ? (76, 114, 176, 255) : (255, 255, 255, 255)) : (255, 255, 255, 255)
        }),
    ]

    @Test func everyShapeRoundTripsThroughZlib() throws {
        for (name, p) in Self.shapes {
            let decoded = try #require(DecodedImage.decode(PNGEncoder.encode(p)), "\(name) must decode")
            #expect(decoded.rgba == DecodedImage(p).rgba, "\(name)")
        }
    }

    @Test func matchesTheZlibReferenceEncoderPixelForPixel() throws {
        for (name, p) in Self.shapes {
            let ours = try #require(DecodedImage.decode(PNGEncoder.encode(p)))
            let reference = try #require(DecodedImage.decode(PNGEncoder.encodeWithZlib(p)))
            #expect(ours.rgba == reference.rgba, "\(name)")
        }
    }

    @Test func pngcheckAcceptsEveryShape() throws {
        try ExternalPNGChecks.pngcheckAccepts(Self.shapes)
    }

    @Test func pillowDecodesEveryShape() throws {
        try ExternalPNGChecks.pillowDecodes(Self.shapes)
    }

    /// Run-heavy images stay about as small as zlib level 6 (Z_RLE) makes them.
    @Test func staysCloseToTheZlibReferenceSize() {
        for (name, p) in Self.shapes where p.width * p.height > 10_000 {
            let ours = PNGEncoder.encode(p).count, reference = PNGEncoder.encodeWithZlib(p).count
            #expect(Double(ours) <= 1.5 * Double(reference) + 64, "\(name): \(ours) bytes vs zlib \(reference)")
        }
    }

    @Test func opaqueImagesAreRGBAndOthersRGBA() {
        #expect(PNGEncoder.encode(Self.shapes[0].1)[25] == 2)
        #expect(PNGEncoder.encode(Self.shapes[1].1)[25] == 6)
        #expect(PNGEncoder.isOpaque(Self.pixmap(40, 1) { x, _ in (0, 0, 0, x == 39 ? 254 : 255) }) == false)
        #expect(PNGEncoder.isOpaque(Self.pixmap(40, 1) { x, _ in (0, 0, 0, x == 0 ? 0 : 255) }) == false)
    }
}
