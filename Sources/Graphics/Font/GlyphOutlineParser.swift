/// Reads glyph outlines from the `glyf` table (located through `loca`):
/// simple glyphs as quadratic contours, composite glyphs recursively with
/// a depth limit. Outlines are in font units, y pointing up.
struct GlyphOutlineParser: Sendable {
    let glyf: ByteView
    let loca: ByteView
    let longOffsets: Bool
    let glyphCount: Int

    /// Composite glyphs nest at most this deep; deeper ones are cut off.
    static let maxDepth = 8
    /// At most this many components are expanded for one glyph, so a hostile
    /// font cannot make a shallow tree explode in width.
    static let maxComponents = 1024

    /// The outline of `glyph`, or nil when the data is missing or malformed.
    /// An empty path (e.g. the space) is a valid result.
    func outline(_ glyph: UInt16) -> Path? {
        var path = Path()
        var budget = Self.maxComponents
        guard append(glyph, transform: .identity, depth: 0, budget: &budget, to: &path) else { return nil }
        return path
    }

    /// The glyph's bytes in `glyf`: nil when unreadable, `.some(nil)` when it has no outline.
    func glyphData(_ glyph: UInt16) -> ByteView?? {
        let g = Int(glyph)
        guard g < glyphCount else { return nil }
        let start: Int, end: Int
        if longOffsets {
            guard let a = loca.u32(4 * g), let b = loca.u32(4 * g + 4) else { return nil }
            start = Int(a); end = Int(b)
        } else {
            guard let a = loca.u16(2 * g), let b = loca.u16(2 * g + 2) else { return nil }
            start = 2 * Int(a); end = 2 * Int(b)
        }
        if end == start { return .some(nil) }
        guard end > start, let data = glyf.slice(start, end - start) else { return nil }
        return .some(data)
    }

    private func append(_ glyph: UInt16, transform: Transform, depth: Int, budget: inout Int, to path: inout Path) -> Bool {
        budget -= 1
        guard depth <= Self.maxDepth, budget >= 0, let found = glyphData(glyph) else { return false }
        guard let data = found else { return true }
        guard let contours = data.i16(0) else { return false }
        if contours >= 0 {
            return appendSimple(data, contours: Int(contours), transform: transform, to: &path)
        }
        return appendComposite(data, transform: transform, depth: depth, budget: &budget, to: &path)
    }

    private func appendSimple(_ d: ByteView, contours: Int, transform: Transform, to path: inout Path) -> Bool {
        var ends: [Int] = []
        for i in 0..<contours {
            guard let e = d.u16(10 + 2 * i) else { return false }
            ends.append(Int(e))
        }
        let pointCount = (ends.last ?? -1) + 1
        guard let instructionLength = d.u16(10 + 2 * contours) else { return false }
        var offset = 12 + 2 * contours + Int(instructionLength)
        var flags: [UInt8] = []
        flags.reserveCapacity(pointCount)
        while flags.count < pointCount {
            guard let f = d.u8(offset) else { return false }
            offset += 1
            flags.append(f)
            if f & 0x08 != 0 {
                guard let repeats = d.u8(offset) else { return false }
                offset += 1
                for _ in 0..<Int(repeats) where flags.count < pointCount { flags.append(f) }
            }
        }
        guard let xs = readCoordinates(d, &offset, flags, shortBit: 0x02, sameBit: 0x10),
              let ys = readCoordinates(d, &offset, flags, shortBit: 0x04, sameBit: 0x20) else { return false }
        var first = 0
        for end in ends {
            guard end >= first, end < pointCount else { return false }
            let points = (first...end).map { (transform.apply(Point(Double(xs[$0]), Double(ys[$0]))), flags[$0] & 1 != 0) }
            appendContour(points, to: &path)
            first = end + 1
        }
        return true
    }

    private func readCoordinates(_ d: ByteView, _ offset: inout Int, _ flags: [UInt8],
                                 shortBit: UInt8, sameBit: UInt8) -> [Int]? {
        var values: [Int] = []
        values.reserveCapacity(flags.count)
        var v = 0
        for f in flags {
            if f & shortBit != 0 {
                guard let b = d.u8(offset) else { return nil }
                offset += 1
                v += f & sameBit != 0 ? Int(b) : -Int(b)
            } else if f & sameBit == 0 {
                guard let delta = d.i16(offset) else { return nil }
                offset += 2
                v += Int(delta)
            }
            values.append(v)
        }
        return values
    }

    /// One closed contour of on/off-curve points; consecutive off-curve
    /// points imply an on-curve midpoint between them.
    private func appendContour(_ points: [(Point, Bool)], to path: inout Path) {
        guard !points.isEmpty else { return }
        func mid(_ a: Point, _ b: Point) -> Point { Point((a.x + b.x) / 2, (a.y + b.y) / 2) }
        let n = points.count
        let startIndex = points.firstIndex { $0.1 } ?? 0
        let start = points[startIndex].1 ? points[startIndex].0 : mid(points[n - 1].0, points[0].0)
        path.move(to: start)
        var control: Point? = nil
        for k in 1...n {
            let (p, on) = points[(startIndex + k) % n]
            if on {
                if let c = control { path.quadCurve(to: p, control: c) } else { path.line(to: p) }
                control = nil
            } else {
                if let c = control { path.quadCurve(to: mid(c, p), control: c) }
                control = p
            }
        }
        if let c = control { path.quadCurve(to: start, control: c) }
        path.close()
    }

    private func appendComposite(_ d: ByteView, transform: Transform, depth: Int, budget: inout Int,
                                 to path: inout Path) -> Bool {
        var offset = 10
        while true {
            guard let flags = d.u16(offset), let component = d.u16(offset + 2) else { return false }
            offset += 4
            var dx = 0.0, dy = 0.0
            if flags & 0x0001 != 0 {
                guard let a = d.i16(offset), let b = d.i16(offset + 2) else { return false }
                (dx, dy) = (Double(a), Double(b)); offset += 4
            } else {
                guard let a = d.i8(offset), let b = d.i8(offset + 1) else { return false }
                (dx, dy) = (Double(a), Double(b)); offset += 2
            }
            // Point-matching components (ARGS_ARE_XY_VALUES clear) are placed without offset.
            if flags & 0x0002 == 0 { (dx, dy) = (0, 0) }
            var (a, b, c, dd) = (1.0, 0.0, 0.0, 1.0)
            if flags & 0x0008 != 0 {
                guard let s = d.f2dot14(offset) else { return false }
                (a, dd) = (s, s); offset += 2
            } else if flags & 0x0040 != 0 {
                guard let sx = d.f2dot14(offset), let sy = d.f2dot14(offset + 2) else { return false }
                (a, dd) = (sx, sy); offset += 4
            } else if flags & 0x0080 != 0 {
                guard let m0 = d.f2dot14(offset), let m1 = d.f2dot14(offset + 2),
                      let m2 = d.f2dot14(offset + 4), let m3 = d.f2dot14(offset + 6) else { return false }
                (a, b, c, dd) = (m0, m1, m2, m3); offset += 8
            }
            let local = Transform(a: a, b: b, c: c, d: dd, e: dx, f: dy)
            guard append(component, transform: transform.concatenating(local), depth: depth + 1, budget: &budget,
                         to: &path) else {
                return false
            }
            if flags & 0x0020 == 0 { return true }
        }
    }
}
