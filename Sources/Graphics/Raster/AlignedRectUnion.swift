/// Fast path for a nonzero fill made of many axis-aligned rectangles whose
/// edges all land on device pixel boundaries (merged heatmap and colour-field
/// cells): every pixel is covered fully or not at all, so each row blends the
/// merged spans of the rectangles crossing it at full coverage — the pixels the
/// coverage mask gives, without its prefix sum over every row's whole width.
final class AlignedRectUnion {
    /// One rectangle's columns on one device row.
    private struct RowSpan: Comparable {
        var y: Int32, x0: Int32, x1: Int32
        static func < (a: RowSpan, b: RowSpan) -> Bool { a.y != b.y ? a.y < b.y : a.x0 < b.x0 }
    }
    private var spans: [RowSpan] = []
    private var fullCoverage: [Float] = []

    /// The pixel boxes of the path's rectangles under `t`, or nil unless every subpath is
    /// an axis-aligned rectangle with pixel-aligned edges, all wound the same way round.
    static func pixelRects(_ path: Path, _ t: Transform) -> [PixelRect]? {
        guard t.b == 0, t.c == 0 else { return nil }
        let elements = path.elements
        var rects: [PixelRect] = []
        var orientation = 0.0
        var i = 0
        while i < elements.count {
            guard i + 4 < elements.count, case .move(let p0) = elements[i], case .line(let p1) = elements[i + 1],
                  case .line(let p2) = elements[i + 2], case .line(let p3) = elements[i + 3] else { return nil }
            i += 4
            if case .line(let back) = elements[i], back == p0 { i += 1 }
            guard i < elements.count, case .close = elements[i] else { return nil }
            i += 1
            let horizontalFirst = p0.y == p1.y && p1.x == p2.x && p2.y == p3.y && p3.x == p0.x
            let verticalFirst = p0.x == p1.x && p1.y == p2.y && p2.x == p3.x && p3.y == p0.y
            guard horizontalFirst || verticalFirst else { return nil }
            let turn = (p1.x - p0.x) * (p2.y - p1.y) - (p1.y - p0.y) * (p2.x - p1.x)
            guard turn != 0 else { continue }
            if orientation == 0 { orientation = turn } else if (orientation > 0) != (turn > 0) { return nil }
            let a = t.apply(p0), b = t.apply(p2)
            guard let x0 = pixel(Swift.min(a.x, b.x)), let x1 = pixel(Swift.max(a.x, b.x)),
                  let y0 = pixel(Swift.min(a.y, b.y)), let y1 = pixel(Swift.max(a.y, b.y)) else { return nil }
            rects.append(PixelRect(x0: x0, y0: y0, x1: x1, y1: y1))
        }
        return rects
    }

    /// The whole pixel a device coordinate sits on (within 1e-6), or nil.
    private static func pixel(_ v: Double) -> Int? {
        let r = v.rounded()
        guard v.isFinite, abs(v - r) < 1e-6, abs(r) < 1e9 else { return nil }
        return Int(r)
    }

    /// Blends the union of `rects` with `paint` inside `clip`, on the target's rows.
    func fill(_ rects: [PixelRect], _ paint: PaintSource, _ clip: PixelRect, into target: RasterTarget) {
        spans.removeAll(keepingCapacity: true)
        let window = PixelRect(x0: clip.x0, y0: target.rows.lowerBound, x1: clip.x1, y1: target.rows.upperBound)
        for rect in rects {
            let r = rect.intersection(clip).intersection(window)
            guard !r.isEmpty else { continue }
            for y in r.y0..<r.y1 { spans.append(RowSpan(y: Int32(y), x0: Int32(r.x0), x1: Int32(r.x1))) }
        }
        guard !spans.isEmpty else { return }
        spans.sort()
        if fullCoverage.count < clip.width { fullCoverage = [Float](repeating: 1, count: clip.width) }
        var current = spans[0]
        for span in spans.dropFirst() {
            if span.y == current.y, span.x0 <= current.x1 {
                current.x1 = Swift.max(current.x1, span.x1)
                continue
            }
            blend(current, paint, target)
            current = span
        }
        blend(current, paint, target)
    }

    private func blend(_ span: RowSpan, _ paint: PaintSource, _ target: RasterTarget) {
        SpanBlender.blend(paint, coverage: fullCoverage, range: 0..<Int(span.x1 - span.x0), x0: Int(span.x0),
                          y: Int(span.y), into: target)
    }
}
