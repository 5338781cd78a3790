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
        guard let all = DeviceRects.rects(path, t) else { return nil }
        var rects: [PixelRect] = []
        var orientation = 0.0
        for rect in all where rect.turn != 0 {
            if orientation == 0 { orientation = rect.turn } else if (orientation > 0) != (rect.turn > 0) { return nil }
            guard let x0 = pixel(rect.minX), let x1 = pixel(rect.maxX),
                  let y0 = pixel(rect.minY), let y1 = pixel(rect.maxY) else { return nil }
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
