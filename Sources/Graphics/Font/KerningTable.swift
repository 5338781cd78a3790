/// Horizontal kerning pairs from the classic `kern` table (format 0 subtables).
struct KerningTable: Sendable {
    private var pairs: [UInt32: Int16] = [:]

    init() {}

    /// Reads every horizontal format 0 subtable; malformed parts are skipped.
    init(_ t: ByteView) {
        guard t.u16(0) == 0, let count = t.u16(2) else { return }
        var offset = 4
        for _ in 0..<Int(count) {
            guard let length = t.u16(offset + 2), let coverage = t.u16(offset + 4) else { return }
            let isHorizontalFormat0 = coverage >> 8 == 0 && coverage & 0x1 == 1 && coverage & 0x4 == 0
            if isHorizontalFormat0, let n = t.u16(offset + 6) {
                for i in 0..<Int(n) {
                    let p = offset + 14 + 6 * i
                    guard let left = t.u16(p), let right = t.u16(p + 2), let value = t.i16(p + 4) else { break }
                    pairs[UInt32(left) << 16 | UInt32(right)] = value
                }
            }
            guard length > 0 else { return }
            offset += Int(length)
        }
    }

    var isEmpty: Bool { pairs.isEmpty }

    /// The adjustment in font units between two glyphs (0 if none).
    func adjustment(_ left: UInt16, _ right: UInt16) -> Int {
        Int(pairs[UInt32(left) << 16 | UInt32(right)] ?? 0)
    }
}
