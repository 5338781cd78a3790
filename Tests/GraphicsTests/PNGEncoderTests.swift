import RenderTestSupport
import Testing
import Foundation
@testable import Graphics

@Suite struct PNGEncoderTests {
    /// A 37×23 gradient with a translucent corner, so both alpha and all filters are exercised.
    func samplePixmap(opaque: Bool) -> Pixmap {
        var p = Pixmap(width: 37, height: 23)
        for y in 0..<23 {
            for x in 0..<37 {
                let a = opaque || x < 20 ? 255 : 40 + x * 4
                let i = (y * 37 + x) * 4
                let straight = [UInt8((x * 7) & 255), UInt8((y * 11) & 255), UInt8((x * y) & 255)]
                for k in 0..<3 { p.pixels[i + k] = UInt8((Int(straight[k]) * a + 127) / 255) }
                p.pixels[i + 3] = UInt8(a)
            }
        }
        return p
    }

    @Test func roundTripsThroughOwnDecoder() throws {
        for opaque in [true, false] {
            let p = samplePixmap(opaque: opaque)
            let png = PNGEncoder.encode(p)
            #expect(png[25] == (opaque ? 2 : 6), "colour type RGB when opaque, RGBA otherwise")
            let decoded = try #require(DecodedImage.decode(png))
            #expect(decoded.rgba == DecodedImage(p).rgba)
        }
    }

    @Test func pngcheckAcceptsChunksAndCRCs() throws {
        guard let pngcheck = ExternalTool.find(["pngcheck"]) else {
            Issue.record("pngcheck is not installed (Debian package pngcheck)"); return
        }
        for opaque in [true, false] {
            let file = ExternalTool.temporaryFile("png")
            defer { try? FileManager.default.removeItem(at: file) }
            try Data(PNGEncoder.encode(samplePixmap(opaque: opaque))).write(to: file)
            let result = try ExternalTool.run(pngcheck, ["-v", file.path])
            #expect(result.status == 0, "pngcheck: \(String(decoding: result.out, as: UTF8.self))")
        }
    }

    @Test func pillowDecodesTheSamePixels() throws {
        guard let python = ExternalTool.python else {
            Issue.record("no Python found for the Pillow check"); return
        }
        let p = samplePixmap(opaque: false)
        let file = ExternalTool.temporaryFile("png")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(PNGEncoder.encode(p)).write(to: file)
        let script = "import sys; from PIL import Image; im = Image.open(sys.argv[1]); im.load(); sys.stdout.buffer.write(im.convert('RGBA').tobytes())"
        let result = try ExternalTool.run(python, ["-c", script, file.path])
        #expect(result.status == 0, "Pillow: \(result.err)")
        #expect([UInt8](result.out) == DecodedImage(p).rgba)
    }

    @Test func choosesFiltersByMinimumSumOfAbsoluteDifferences() {
        // A horizontal ramp favours Sub, a vertical ramp favours Up.
        let ramp: [UInt8] = (0..<64).map { UInt8($0 * 3) }
        let zeros = [UInt8](repeating: 0, count: 64)
        ramp.withUnsafeBufferPointer { cur in
            zeros.withUnsafeBufferPointer { prev in
                #expect(PNGFilter.bestFilter(cur, prev, 1) == 1)
                #expect(PNGFilter.bestFilter(cur, cur, 1) == 2)
            }
        }
    }

    /// The vectorised heuristic picks the same filter as a plain scalar sum over each filter's output
    /// at the bytes it samples: the first pixel, every other 16-byte block from there, and the tail
    /// after the last whole block.
    @Test func vectorisedFilterChoiceMatchesSampledScalarReference() {
        var state: UInt32 = 7
        func byte() -> UInt8 { state = state &* 1_664_525 &+ 1_013_904_223; return UInt8(state >> 24) }
        func sampled(_ length: Int, _ bpp: Int) -> [Int] {
            var positions = Array(0..<min(bpp, length))
            var i = min(bpp, length)
            while i + 16 <= length { positions += i..<(i + 16); i += 32 }
            if i < length { positions += i..<length }
            return positions
        }
        for (length, bpp) in [(45, 3), (100, 4), (2400, 3), (3200, 4), (9001, 3), (12_000, 4)] {
            let positions = sampled(length, bpp)
            for smooth in [false, true] {
                let prev = (0..<length).map { i in smooth ? UInt8((i * 2) & 255) : byte() }
                let cur = (0..<length).map { i in smooth ? UInt8((i * 2 + Int(byte() % 3)) & 255) : byte() }
                var reference: [Int] = []
                var out = [UInt8](repeating: 0, count: length + 1)
                cur.withUnsafeBufferPointer { c in
                    prev.withUnsafeBufferPointer { p in
                        for filter in UInt8(0)...4 {
                            out.withUnsafeMutableBufferPointer { PNGFilter.apply(filter, c, p, bpp, $0) }
                            reference.append(positions.reduce(0) { $0 + PNGFilter.cost(out[$1 + 1]) })
                        }
                        let best = reference.indices.min { reference[$0] < reference[$1] } ?? 0
                        #expect(Int(PNGFilter.bestFilter(c, p, bpp)) == best, "length \(length) bpp \(bpp) sums \(reference)")
                    }
                }
            }
        }
    }

    /// Every filter's output, vectorised or not, matches the PNG specification's formula byte by byte.
    @Test func filtersMatchTheSpecificationFormulas() {
        var state: UInt32 = 99
        func byte() -> UInt8 { state = state &* 1_664_525 &+ 1_013_904_223; return UInt8(state >> 24) }
        for (length, bpp) in [(7, 3), (50, 4), (301, 3)] {
            let cur = (0..<length).map { _ in byte() }, prev = (0..<length).map { _ in byte() }
            for filter in UInt8(0)...4 {
                var out = [UInt8](repeating: 0, count: length + 1)
                cur.withUnsafeBufferPointer { c in
                    prev.withUnsafeBufferPointer { p in
                        out.withUnsafeMutableBufferPointer { PNGFilter.apply(filter, c, p, bpp, $0) }
                    }
                }
                let expected: [UInt8] = (0..<length).map { i in
                    let a = i >= bpp ? Int(cur[i - bpp]) : 0, b = Int(prev[i]), c = i >= bpp ? Int(prev[i - bpp]) : 0
                    let predictor = [0, a, b, (a + b) / 2, PNGFilter.paeth(a, b, c)][Int(filter)]
                    return UInt8((Int(cur[i]) - predictor + 256) & 255)
                }
                #expect(Array(out.dropFirst()) == expected, "filter \(filter), \(length) bytes, bpp \(bpp)")
            }
        }
    }
}
