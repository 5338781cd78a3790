/// PNG row filtering (None, Sub, Up, Average, Paeth), choosing per row the
/// filter whose output has the minimum sum of absolute differences (the
/// heuristic the PNG specification recommends, as libpng does).
enum PNGFilter {
    /// Writes `height` filtered rows (a filter byte, then `rowBytes` bytes each) of `raw` into `out`.
    static func filterRows(_ raw: UnsafeBufferPointer<UInt8>, rowBytes: Int, height: Int, bpp: Int,
                           into out: UnsafeMutableBufferPointer<UInt8>) {
        let zeros = [UInt8](repeating: 0, count: rowBytes)
        zeros.withUnsafeBufferPointer { zero in
            for y in 0..<height {
                let cur = UnsafeBufferPointer(rebasing: raw[(y * rowBytes)..<((y + 1) * rowBytes)])
                let prev = y == 0 ? zero : UnsafeBufferPointer(rebasing: raw[((y - 1) * rowBytes)..<(y * rowBytes)])
                let filter = bestFilter(cur, prev, bpp)
                let dst = UnsafeMutableBufferPointer(rebasing: out[(y * (rowBytes + 1))..<((y + 1) * (rowBytes + 1))])
                dst[0] = filter
                apply(filter, cur, prev, bpp, dst)
            }
        }
    }

    @inline(__always) static func paeth(_ a: Int, _ b: Int, _ c: Int) -> Int {
        let p = a + b - c
        let pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
        if pa <= pb && pa <= pc { return a }
        return pb <= pc ? b : c
    }

    /// The signed-byte magnitude of a filtered value, as the heuristic counts it.
    @inline(__always) static func cost(_ v: UInt8) -> Int { v < 128 ? Int(v) : 256 - Int(v) }

    static func bestFilter(_ cur: UnsafeBufferPointer<UInt8>, _ prev: UnsafeBufferPointer<UInt8>, _ bpp: Int) -> UInt8 {
        var sums = (0, 0, 0, 0, 0)
        for i in 0..<cur.count {
            let x = cur[i], b = prev[i]
            let a: UInt8 = i >= bpp ? cur[i - bpp] : 0
            let c: UInt8 = i >= bpp ? prev[i - bpp] : 0
            sums.0 += cost(x)
            sums.1 += cost(x &- a)
            sums.2 += cost(x &- b)
            sums.3 += cost(x &- UInt8((Int(a) + Int(b)) >> 1))
            sums.4 += cost(x &- UInt8(paeth(Int(a), Int(b), Int(c))))
        }
        let all = [sums.0, sums.1, sums.2, sums.3, sums.4]
        var best = 0
        for k in 1..<5 where all[k] < all[best] { best = k }
        return UInt8(best)
    }

    static func apply(_ filter: UInt8, _ cur: UnsafeBufferPointer<UInt8>, _ prev: UnsafeBufferPointer<UInt8>,
                      _ bpp: Int, _ dst: UnsafeMutableBufferPointer<UInt8>) {
        for i in 0..<cur.count {
            let x = cur[i], b = prev[i]
            let a: UInt8 = i >= bpp ? cur[i - bpp] : 0
            let c: UInt8 = i >= bpp ? prev[i - bpp] : 0
            let predicted: UInt8
            switch filter {
            case 1: predicted = a
            case 2: predicted = b
            case 3: predicted = UInt8((Int(a) + Int(b)) >> 1)
            case 4: predicted = UInt8(paeth(Int(a), Int(b), Int(c)))
            default: predicted = 0
            }
            dst[i + 1] = x &- predicted
        }
    }
}
