#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// PNG row filtering (None, Sub, Up, Average, Paeth), choosing per row the
/// filter whose output has the minimum sum of absolute differences (the
/// heuristic the PNG specification recommends, as libpng does).
enum PNGFilter {
    @inline(__always) static func paeth(_ a: Int, _ b: Int, _ c: Int) -> Int {
        let p = a + b - c
        let pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
        if pa <= pb && pa <= pc { return a }
        return pb <= pc ? b : c
    }

    /// The signed-byte magnitude of a filtered value, as the heuristic counts it.
    @inline(__always) static func cost(_ v: UInt8) -> Int { Int(Int8(bitPattern: v).magnitude) }

    /// The filter (0...4) whose output row has the smallest sum of |signed bytes|.
    static func bestFilter(_ cur: UnsafeBufferPointer<UInt8>, _ prev: UnsafeBufferPointer<UInt8>, _ bpp: Int) -> UInt8 {
        // A row equal to the one above filters to all zeros with Up: the minimum possible sum.
        if let a = cur.baseAddress, let b = prev.baseAddress, memcmp(a, b, cur.count) == 0 { return 2 }
        let n = cur.count
        var sums = [0, 0, 0, 0, 0]
        let head = min(bpp, n)
        for i in 0..<head {
            let x = cur[i], b = prev[i]
            sums[0] += cost(x); sums[1] += cost(x); sums[2] += cost(x &- b)
            sums[3] += cost(x &- (b >> 1)); sums[4] += cost(x &- b)
        }
        var i = head
        if let cp = cur.baseAddress, let pp = prev.baseAddress {
            // 16 bytes at a time; UInt16 lanes cannot overflow within one block of 2048 bytes.
            while i + 16 <= n {
                var acc = (SIMD16<UInt16>(), SIMD16<UInt16>(), SIMD16<UInt16>(), SIMD16<UInt16>(), SIMD16<UInt16>())
                let blockEnd = min(n, i + 2048)
                while i + 16 <= blockEnd {
                    let x = UnsafeRawPointer(cp + i).loadUnaligned(as: SIMD16<UInt8>.self)
                    let a = UnsafeRawPointer(cp + i - bpp).loadUnaligned(as: SIMD16<UInt8>.self)
                    let b = UnsafeRawPointer(pp + i).loadUnaligned(as: SIMD16<UInt8>.self)
                    let c = UnsafeRawPointer(pp + i - bpp).loadUnaligned(as: SIMD16<UInt8>.self)
                    acc.0 &+= widenedCost(x)
                    acc.1 &+= widenedCost(x &- a)
                    acc.2 &+= widenedCost(x &- b)
                    acc.3 &+= widenedCost(x &- ((a & b) &+ ((a ^ b) &>> 1)))
                    acc.4 &+= widenedCost(x &- paeth(a, b, c))
                    i += 16
                }
                sums[0] += total(acc.0); sums[1] += total(acc.1); sums[2] += total(acc.2)
                sums[3] += total(acc.3); sums[4] += total(acc.4)
            }
        }
        while i < n {
            let x = cur[i], a = cur[i - bpp], b = prev[i], c = prev[i - bpp]
            sums[0] += cost(x); sums[1] += cost(x &- a); sums[2] += cost(x &- b)
            sums[3] += cost(x &- UInt8((UInt16(a) + UInt16(b)) >> 1))
            sums[4] += cost(x &- UInt8(paeth(Int(a), Int(b), Int(c))))
            i += 1
        }
        var best = 0
        for k in 1..<5 where sums[k] < sums[best] { best = k }
        return UInt8(best)
    }

    /// The sum of all lanes, widened first so it cannot wrap.
    @inline(__always) static func total(_ v: SIMD16<UInt16>) -> Int {
        Int(SIMD16<UInt32>(truncatingIfNeeded: v).wrappedSum())
    }

    /// |signed byte| per lane, widened: min(d, −d) in byte arithmetic.
    @inline(__always) static func widenedCost(_ d: SIMD16<UInt8>) -> SIMD16<UInt16> {
        SIMD16<UInt16>(truncatingIfNeeded: pointwiseMin(d, 0 &- d))
    }

    /// The Paeth predictor on 16 lanes at once.
    @inline(__always) static func paeth(_ a: SIMD16<UInt8>, _ b: SIMD16<UInt8>, _ c: SIMD16<UInt8>) -> SIMD16<UInt8> {
        let a16 = SIMD16<Int16>(truncatingIfNeeded: a), b16 = SIMD16<Int16>(truncatingIfNeeded: b)
        let c16 = SIMD16<Int16>(truncatingIfNeeded: c)
        let pa = abs16(b16 &- c16), pb = abs16(a16 &- c16), pc = abs16(a16 &+ b16 &- c16 &- c16)
        var result = c16
        result.replace(with: b16, where: pb .<= pc)
        result.replace(with: a16, where: (pa .<= pb) .& (pa .<= pc))
        return SIMD16<UInt8>(truncatingIfNeeded: result)
    }

    @inline(__always) static func abs16(_ v: SIMD16<Int16>) -> SIMD16<Int16> { pointwiseMax(v, 0 &- v) }

    static func apply(_ filter: UInt8, _ cur: UnsafeBufferPointer<UInt8>, _ prev: UnsafeBufferPointer<UInt8>,
                      _ bpp: Int, _ dst: UnsafeMutableBufferPointer<UInt8>) {
        let n = cur.count
        let head = min(bpp, n)
        switch filter {
        case 1:
            for i in 0..<head { dst[i + 1] = cur[i] }
            for i in head..<n { dst[i + 1] = cur[i] &- cur[i - bpp] }
        case 2:
            for i in 0..<n { dst[i + 1] = cur[i] &- prev[i] }
        case 3:
            for i in 0..<head { dst[i + 1] = cur[i] &- (prev[i] >> 1) }
            for i in head..<n { dst[i + 1] = cur[i] &- UInt8((UInt16(cur[i - bpp]) + UInt16(prev[i])) >> 1) }
        case 4:
            for i in 0..<head { dst[i + 1] = cur[i] &- prev[i] }
            var i = head
            if let cp = cur.baseAddress, let pp = prev.baseAddress, let dp = dst.baseAddress {
                while i + 16 <= n {
                    let x = UnsafeRawPointer(cp + i).loadUnaligned(as: SIMD16<UInt8>.self)
                    let a = UnsafeRawPointer(cp + i - bpp).loadUnaligned(as: SIMD16<UInt8>.self)
                    let b = UnsafeRawPointer(pp + i).loadUnaligned(as: SIMD16<UInt8>.self)
                    let c = UnsafeRawPointer(pp + i - bpp).loadUnaligned(as: SIMD16<UInt8>.self)
                    UnsafeMutableRawPointer(dp + i + 1).storeBytes(of: x &- paeth(a, b, c), as: SIMD16<UInt8>.self)
                    i += 16
                }
            }
            while i < n {
                dst[i + 1] = cur[i] &- UInt8(paeth(Int(cur[i - bpp]), Int(prev[i]), Int(prev[i - bpp])))
                i += 1
            }
        default:
            for i in 0..<n { dst[i + 1] = cur[i] }
        }
    }
}
