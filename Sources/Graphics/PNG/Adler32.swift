/// The Adler-32 checksum that ends a zlib stream (RFC 1950 §8.2), summed
/// sixteen bytes at a time: per-lane byte sums and per-lane sums of those
/// sums give both halves exactly, reduced modulo 65521 once per chunk.
struct Adler32 {
    private var a: UInt64 = 1
    private var b: UInt64 = 0
    private static let modulus: UInt64 = 65521
    /// 16-byte blocks per chunk: small enough that no 32-bit lane can overflow.
    private static let blocksPerChunk = 1024

    var value: UInt32 { UInt32(b << 16 | a) }

    /// The Adler-32 of two byte strings one after the other, from each one's checksum and the second's
    /// length (the combination zlib's `adler32_combine` computes): the second part's sums restart from
    /// a = 1, so its `a` gains the first part's `a − 1` and its `b` gains that once per byte.
    static func combine(_ first: UInt32, _ second: UInt32, secondLength: Int) -> UInt32 {
        let a1 = UInt64(first & 0xFFFF), b1 = UInt64(first >> 16)
        let a2 = UInt64(second & 0xFFFF), b2 = UInt64(second >> 16)
        let length = UInt64(secondLength.magnitude) % modulus
        let a = (a1 + a2 + modulus - 1) % modulus
        let b = (b1 + b2 + length * a1 + modulus - length) % modulus
        return UInt32(b << 16 | a)
    }

    mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard var p = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining >= 16 {
            let blocks = Swift.min(remaining / 16, Adler32.blocksPerChunk)
            var sums = SIMD16<UInt32>(), prefix = SIMD16<UInt32>()
            for _ in 0..<blocks {
                prefix &+= sums
                sums &+= SIMD16<UInt32>(truncatingIfNeeded: UnsafeRawPointer(p).loadUnaligned(as: SIMD16<UInt8>.self))
                p += 16
            }
            let n = UInt64(blocks * 16)
            let weights = SIMD16<UInt32>(16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1)
            let weighted = UInt64((SIMD16<UInt64>(truncatingIfNeeded: sums) &* SIMD16<UInt64>(truncatingIfNeeded: weights)).wrappedSum())
            b = (b + n * a + 16 * UInt64(SIMD16<UInt64>(truncatingIfNeeded: prefix).wrappedSum()) + weighted) % Adler32.modulus
            a = (a + UInt64(SIMD16<UInt64>(truncatingIfNeeded: sums).wrappedSum())) % Adler32.modulus
            remaining -= blocks * 16
        }
        for i in 0..<remaining {
            a += UInt64(p[i]); b += a
        }
        a %= Adler32.modulus
        b %= Adler32.modulus
    }
}
