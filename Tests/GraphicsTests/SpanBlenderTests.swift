import Testing
@testable import Graphics
import RenderTestSupport

/// The two-channels-per-multiply blend must give exactly the bytes of the per-channel one.
@Suite struct SpanBlenderTests {
    @Test func laneDivisionMatchesScalarDivision() {
        for x in Swift.stride(from: 0, through: 255 * 255, by: 7) {
            let high = (255 * 255 - x) / 3
            let packed = SpanBlender.div255Lanes(UInt32(x) | UInt32(high) << 16)
            #expect(Int(packed & 0xFFFF) == SpanBlender.div255(x))
            #expect(Int(packed >> 16) == SpanBlender.div255(high))
        }
    }

    @Test func packedOverMatchesPerChannelOver() {
        var rng = SplitMix(state: 42)
        for _ in 0..<20_000 {
            let alpha = Int.random(in: 0...255, using: &rng), k = Int.random(in: 0...255, using: &rng)
            let src = (0..<3).map { _ in Int.random(in: 0...alpha, using: &rng) } + [alpha]
            let dstAlpha = Int.random(in: 0...255, using: &rng)
            let dst = (0..<3).map { _ in Int.random(in: 0...dstAlpha, using: &rng) } + [dstAlpha]
            var bytes = dst.map(UInt8.init)
            bytes.withUnsafeMutableBufferPointer { px in
                guard let pixel = px.baseAddress else { return }
                SpanBlender.over(pixel, SpanBlender.div255(src[0] * k), SpanBlender.div255(src[1] * k),
                                 SpanBlender.div255(src[2] * k), SpanBlender.div255(src[3] * k))
            }
            let word = dst.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) }
            let redBlue = UInt32(src[0]) | UInt32(src[2]) << 16, greenAlpha = UInt32(src[1]) | UInt32(src[3]) << 16
            let out = SpanBlender.overPacked(word, SpanBlender.div255Lanes(redBlue * UInt32(k)),
                                             SpanBlender.div255Lanes(greenAlpha * UInt32(k)))
            #expect((0..<4).map { UInt8(truncatingIfNeeded: out >> (8 * UInt32($0))) } == bytes)
        }
    }
}
