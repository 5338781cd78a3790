/// Fast path for filling a path that is one axis-aligned rectangle under a
/// scale/translate transform (heatmap cells, colour fields): the coverage of a
/// pixel is the product of its exact horizontal and vertical overlaps, so rows
/// are blended directly without the coverage mask and its prefix sums. The
/// pixels match the general path's exact-area coverage up to float rounding.
final class RectFiller {
    /// Horizontal overlap of each column of the current rectangle, 0...1.
    private var columnCoverage: [Float] = []
    /// `columnCoverage` scaled by a partly covered row's vertical overlap.
    private var edgeRowCoverage: [Float] = []

    /// The device-space rectangle (minX, minY, maxX, maxY) that `path` fills under `t`,
    /// or nil when the path is not exactly one axis-aligned rectangle there.
    static func deviceRect(_ path: Path, _ t: Transform) -> (Double, Double, Double, Double)? {
        guard let rects = DeviceRects.rects(path, t), rects.count == 1, let r = rects.first else { return nil }
        return (r.minX, r.minY, r.maxX, r.maxY)
    }

    /// Fills the device rectangle with `paint` inside `clip`, on the target's rows.
    func fill(_ rect: (Double, Double, Double, Double), _ paint: PaintSource, _ clip: PixelRect,
              into target: RasterTarget) {
        let (minX, minY, maxX, maxY) = rect
        let x0 = Swift.max(minX, Double(clip.x0)), x1 = Swift.min(maxX, Double(clip.x1))
        let y0 = Swift.max(minY, Double(clip.y0)), y1 = Swift.min(maxY, Double(clip.y1))
        guard x0 < x1, y0 < y1 else { return }
        let box = PixelRect(x0: Int(x0.rounded(.down)), y0: Int(y0.rounded(.down)),
                            x1: Int(x1.rounded(.up)), y1: Int(y1.rounded(.up)))
        let rows = target.rows(within: box.y0, box.y1)
        guard !rows.isEmpty else { return }
        let width = box.width
        if columnCoverage.count < width {
            columnCoverage = [Float](repeating: 0, count: width)
            edgeRowCoverage = [Float](repeating: 0, count: width)
        }
        for i in 0..<width {
            let left = Double(box.x0 + i)
            columnCoverage[i] = Float(Swift.max(0, Swift.min(left + 1, x1) - Swift.max(left, x0)))
        }
        guard let columns = Self.visible(columnCoverage, in: 0..<width) else { return }
        for y in rows {
            let top = Double(y)
            let rowCoverage = Swift.min(top + 1, y1) - Swift.max(top, y0)
            if rowCoverage >= 1 {
                SpanBlender.blend(paint, coverage: columnCoverage, range: columns, x0: box.x0, y: y, into: target)
                continue
            }
            let v = Float(rowCoverage)
            for i in columns { edgeRowCoverage[i] = columnCoverage[i] * v }
            guard let range = Self.visible(edgeRowCoverage, in: columns) else { continue }
            SpanBlender.blend(paint, coverage: edgeRowCoverage, range: range, x0: box.x0, y: y, into: target)
        }
    }

    /// The columns from the first to the last whose coverage can show (as the coverage mask trims its rows).
    private static func visible(_ coverage: [Float], in columns: Range<Int>) -> Range<Int>? {
        let threshold: Float = 1.0 / 512
        guard let first = coverage[columns].firstIndex(where: { $0 >= threshold }),
              let last = coverage[columns].lastIndex(where: { $0 >= threshold }) else { return nil }
        return first..<(last + 1)
    }
}
