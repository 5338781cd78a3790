/// The `cmap` table: Unicode scalar → glyph index, from a format 12
/// (full Unicode) or format 4 (BMP) subtable.
struct CharacterMap: Sendable {
    private enum Subtable {
        case format4(ByteView)
        case format12(ByteView)
    }
    private let subtables: [Subtable]

    /// Picks the Unicode subtables, preferring format 12 over format 4.
    init?(_ table: ByteView) {
        guard let count = table.u16(2) else { return nil }
        var format12: [Subtable] = []
        var format4: [Subtable] = []
        for i in 0..<Int(count) {
            let record = 4 + i * 8
            guard let platform = table.u16(record), let encoding = table.u16(record + 2),
                  let offset = table.u32(record + 4) else { return nil }
            let unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10))
            guard unicode, let format = table.u16(Int(offset)) else { continue }
            if format == 12, let length = table.u32(Int(offset) + 4),
               let sub = table.slice(Int(offset), Int(length)) {
                format12.append(.format12(sub))
            } else if format == 4, let length = table.u16(Int(offset) + 2),
                      let sub = table.slice(Int(offset), Int(length)) {
                format4.append(.format4(sub))
            }
        }
        subtables = format12 + format4
        if subtables.isEmpty { return nil }
    }

    /// The glyph for `scalar`, or nil when the font has none (glyph 0 counts as none).
    func glyph(for scalar: UInt32) -> UInt16? {
        for sub in subtables {
            let found: UInt16?
            switch sub {
            case .format4(let view): found = Self.lookup4(view, scalar)
            case .format12(let view): found = Self.lookup12(view, scalar)
            }
            if let g = found, g != 0 { return g }
        }
        return nil
    }

    /// Format 4: segments of `endCode`, `startCode`, `idDelta`, `idRangeOffset` arrays.
    static func lookup4(_ t: ByteView, _ scalar: UInt32) -> UInt16? {
        guard scalar <= 0xFFFF, let segX2 = t.u16(6) else { return nil }
        let segCount = Int(segX2) / 2
        let ends = 14, starts = 16 + 2 * segCount
        let deltas = starts + 2 * segCount, ranges = deltas + 2 * segCount
        var lo = 0, hi = segCount
        while lo < hi {
            let mid = (lo + hi) / 2
            guard let end = t.u16(ends + 2 * mid) else { return nil }
            if UInt32(end) < scalar { lo = mid + 1 } else { hi = mid }
        }
        guard lo < segCount, let start = t.u16(starts + 2 * lo), UInt32(start) <= scalar,
              let delta = t.u16(deltas + 2 * lo), let rangeOffset = t.u16(ranges + 2 * lo) else { return nil }
        let c = UInt16(scalar)
        if rangeOffset == 0 { return c &+ delta }
        let address = ranges + 2 * lo + Int(rangeOffset) + 2 * Int(c - start)
        guard let g = t.u16(address), g != 0 else { return nil }
        return g &+ delta
    }

    /// Format 12: sorted groups of `startChar`, `endChar`, `startGlyph`.
    static func lookup12(_ t: ByteView, _ scalar: UInt32) -> UInt16? {
        guard let groups = t.u32(12) else { return nil }
        var lo = 0, hi = Int(min(groups, UInt32(t.count / 12)))
        while lo < hi {
            let mid = (lo + hi) / 2
            let record = 16 + 12 * mid
            guard let first = t.u32(record), let last = t.u32(record + 4),
                  let glyph = t.u32(record + 8) else { return nil }
            if scalar < first { hi = mid } else if scalar > last { lo = mid + 1 } else {
                let g = UInt64(glyph) + UInt64(scalar - first)
                return g <= 0xFFFF ? UInt16(g) : nil
            }
        }
        return nil
    }
}
