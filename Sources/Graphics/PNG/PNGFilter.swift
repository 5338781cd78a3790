#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// PNG row filtering (None, Sub, Up, Average, Paeth), choosing per row the
/// filter whose output has the minimum sum of absolute differences (the
/// heuristic the PNG specification recommends, as libpng does).
///
/// The vector paths work on 16 bytes at a time; where 16-bit arithmetic is
/// needed (costs, Paeth) the even and odd bytes are handled as two sets of
/// 16-bit lanes of the same register, so no widening conversion is needed.
enum PNGFilter {
    typealias Bytes = SIMD16<UInt8>
    typealias Halves = SIMD8<Int16>

    @inline(__always) static func paeth(_ a: Int, _ b: Int, _ c: Int) -> Int {
        let p = a + b - c
        let pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
        if pa <= pb && pa <= pc { return a }
        return pb <= pc ? b : c
    }

    /// The signed-byte magnitude of a filtered value, as the heuristic counts it.
    @inline(__always) static func cost(_ v: UInt8) -> Int { Int(Int8(bitPattern: v).magnitude) }

    /// How many bytes lie from the first to the last position where the rows differ (0 when
    /// they are equal), found eight bytes at a time from both ends.
    static func differingSpan(_ cur: UnsafeBufferPointer<UInt8>, _ prev: UnsafeBufferPointer<UInt8>) -> Int {
        guard let a = cur.baseAddress, let b = prev.baseAddress else { return 0 }
        let n = Swift.min(cur.count, prev.count)
        let x = UnsafeRawPointer(a), y = UnsafeRawPointer(b)
        var first = 0
        while first + 8 <= n && x.loadUnaligned(fromByteOffset: first, as: UInt64.self) == y.loadUnaligned(fromByteOffset: first, as: UInt64.self) {
            first += 8
        }
        while first < n && a[first] == b[first] { first += 1 }
        guard first < n else { return 0 }
        var end = n
        while end - 8 > first && x.loadUnaligned(fromByteOffset: end - 8, as: UInt64.self) == y.loadUnaligned(fromByteOffset: end - 8, as: UInt64.self) {
            end -= 8
        }
        while end > first && a[end - 1] == b[end - 1] { end -= 1 }
        return end - first
    }

    /// The filter (0...4) whose output row has the smallest sum of |signed bytes| over the bytes
    /// it samples: the first pixel, every other 16-byte block after it, and the bytes after the
    /// last whole block.
    static func bestFilter(_ cur: UnsafeBufferPointer<UInt8>, _ prev: UnsafeBufferPointer<UInt8>, _ bpp: Int) -> UInt8 {
        // A row equal to the one above filters to all zeros with Up: the minimum possible sum.
        if let a = cur.baseAddress, let b = prev.baseAddress, memcmp(a, b, cur.count) == 0 { return 2 }
        // A row that differs from the one above only within a narrow span (a bar's top, a
        // label, a marker) filters to zeros everywhere else with Up; scoring the five filters
        // over the whole row costs more than the choice can gain there.
        if differingSpan(cur, prev) <= cur.count / 8 { return 2 }
        let n = cur.count
        var sums = (0, 0, 0, 0, 0)
        let head = min(bpp, n)
        for i in 0..<head {
            let x = cur[i], b = prev[i]
            sums.0 += cost(x); sums.1 += cost(x); sums.2 += cost(x &- b)
            sums.3 += cost(x &- (b >> 1)); sums.4 += cost(x &- b)
        }
        var i = head
        if let cp = cur.baseAddress, let pp = prev.baseAddress {
            // Every other block of 16 bytes is scored: a chart's row ranks the filters the same on
            // half of its blocks, at half the cost (rows that differ from the one above only in a
            // narrow span, where a few bytes decide, were settled above). 128 blocks of at most
            // 2 × 128 per lane fit a lane's 16 bits.
            while i + 16 <= n {
                var acc = (Halves(), Halves(), Halves(), Halves(), Halves())
                let blockEnd = min(n, i + 4096)
                while i + 16 <= blockEnd {
                    let x = load(cp + i), a = load(cp + i - bpp), b = load(pp + i), c = load(pp + i - bpp)
                    acc.0 &+= costs(x)
                    acc.1 &+= costs(x &- a)
                    acc.2 &+= costs(x &- b)
                    acc.3 &+= costs(x &- average(a, b))
                    acc.4 &+= costs(x &- paeth(a, b, c))
                    i += 32
                }
                sums.0 += total(acc.0); sums.1 += total(acc.1); sums.2 += total(acc.2)
                sums.3 += total(acc.3); sums.4 += total(acc.4)
            }
        }
        while i < n {
            let x = cur[i], a = cur[i - bpp], b = prev[i], c = prev[i - bpp]
            sums.0 += cost(x); sums.1 += cost(x &- a); sums.2 += cost(x &- b)
            sums.3 += cost(x &- UInt8((UInt16(a) + UInt16(b)) >> 1))
            sums.4 += cost(x &- UInt8(paeth(Int(a), Int(b), Int(c))))
            i += 1
        }
        let all = [sums.0, sums.1, sums.2, sums.3, sums.4]
        var best = 0
        for k in 1..<5 where all[k] < all[best] { best = k }
        return UInt8(best)
    }

    /// Writes the filter's output for `cur` after the filter byte slot: `dst[1...cur.count]`.
    static func apply(_ filter: UInt8, _ cur: UnsafeBufferPointer<UInt8>, _ prev: UnsafeBufferPointer<UInt8>,
                      _ bpp: Int, _ dst: UnsafeMutableBufferPointer<UInt8>) {
        // One loop per filter, so no row pays for a switch per block or byte.
        switch filter {
        case 1: apply(cur, prev, bpp, dst, { a, _, _ in a }, { a, _, _ in a })
        case 2: apply(cur, prev, bpp, dst, { _, b, _ in b }, { _, b, _ in b })
        case 3: apply(cur, prev, bpp, dst, { a, b, _ in average(a, b) }, { a, b, _ in UInt8((UInt16(a) + UInt16(b)) >> 1) })
        case 4: apply(cur, prev, bpp, dst, { a, b, c in paeth(a, b, c) }, { a, b, c in UInt8(paeth(Int(a), Int(b), Int(c))) })
        default: apply(cur, prev, bpp, dst, { _, _, _ in Bytes() }, { _, _, _ in 0 })
        }
    }

    /// `cur` minus a prediction from the byte a pixel back (a), the one above (b) and the one above
    /// a (c); bytes before the first pixel predict from zeros for a and c.
    @inline(__always) private static func apply(_ cur: UnsafeBufferPointer<UInt8>, _ prev: UnsafeBufferPointer<UInt8>,
                                                _ bpp: Int, _ dst: UnsafeMutableBufferPointer<UInt8>,
                                                _ vector: (Bytes, Bytes, Bytes) -> Bytes, _ scalar: (UInt8, UInt8, UInt8) -> UInt8) {
        let n = cur.count
        let head = min(bpp, n)
        for i in 0..<head { dst[i + 1] = cur[i] &- scalar(0, prev[i], 0) }
        var i = head
        if let cp = cur.baseAddress, let pp = prev.baseAddress, let dp = dst.baseAddress {
            while i + 16 <= n {
                let predicted = vector(load(cp + i - bpp), load(pp + i), load(pp + i - bpp))
                UnsafeMutableRawPointer(dp + i + 1).storeBytes(of: load(cp + i) &- predicted, as: Bytes.self)
                i += 16
            }
        }
        while i < n {
            dst[i + 1] = cur[i] &- scalar(cur[i - bpp], prev[i], prev[i - bpp])
            i += 1
        }
    }

    @inline(__always) static func load(_ p: UnsafePointer<UInt8>) -> Bytes {
        UnsafeRawPointer(p).loadUnaligned(as: Bytes.self)
    }

    /// ⌊(a + b) / 2⌋ per byte without overflow.
    @inline(__always) static func average(_ a: Bytes, _ b: Bytes) -> Bytes { (a & b) &+ ((a ^ b) &>> 1) }

    /// |signed byte| of each byte (min(d, −d) in byte arithmetic), the even and odd
    /// bytes then added pairwise into 16-bit lanes (each at most 256).
    @inline(__always) static func costs(_ d: Bytes) -> Halves {
        let negated = 0 &- d
        let magnitudes = unsafeBitCast(d.replacing(with: negated, where: negated .< d), to: SIMD8<UInt16>.self)
        return unsafeBitCast((magnitudes & 0xFF) &+ (magnitudes &>> 8), to: Halves.self)
    }

    @inline(__always) static func magnitude(_ v: Halves) -> Halves {
        let negated = 0 &- v
        return v.replacing(with: negated, where: negated .> v)
    }

    /// The sum of all lanes (each non-negative), as an Int.
    @inline(__always) static func total(_ v: Halves) -> Int {
        var sum = 0
        for lane in 0..<8 { sum += Int(UInt16(bitPattern: v[lane])) }
        return sum
    }

    /// The Paeth predictor on 16 bytes: even and odd bytes as two sets of 16-bit lanes.
    @inline(__always) static func paeth(_ a: Bytes, _ b: Bytes, _ c: Bytes) -> Bytes {
        let a16 = unsafeBitCast(a, to: Halves.self), b16 = unsafeBitCast(b, to: Halves.self)
        let c16 = unsafeBitCast(c, to: Halves.self)
        let low = Halves(repeating: 0xFF)
        let even = paeth(a16 & low, b16 & low, c16 & low)
        let odd = paeth((a16 &>> 8) & low, (b16 &>> 8) & low, (c16 &>> 8) & low)
        return unsafeBitCast(even | (odd &<< 8), to: Bytes.self)
    }

    /// Paeth on 16-bit lanes holding bytes (ties prefer a, then b, as the specification orders them).
    @inline(__always) static func paeth(_ a: Halves, _ b: Halves, _ c: Halves) -> Halves {
        let pa = magnitude(b &- c), pb = magnitude(a &- c), pc = magnitude(a &+ b &- c &- c)
        var result = c
        result.replace(with: b, where: pb .<= pc)
        result.replace(with: a, where: (pa .<= pb) .& (pa .<= pc))
        return result
    }
}
