/// The axis-aligned rectangles a path is drawn as in device space, for the
/// rectangle fast paths (a heatmap's cells, a histogram's bars): each subpath
/// must be a closed rectangle and the transform a scale and translation.
enum DeviceRects {
    /// One subpath's device bounds, and which way round it is wound (the sign of `turn`; 0 when it
    /// has no area).
    struct Rect {
        var minX, minY, maxX, maxY, turn: Double
    }

    /// Every subpath's rectangle, or nil unless each is `move, line, line, line` ending with a line
    /// back to its start, a close, or both (a fill closes it either way), with axis-aligned sides
    /// and finite device corners.
    static func rects(_ path: Path, _ t: Transform) -> [Rect]? {
        guard t.b == 0, t.c == 0 else { return nil }
        let elements = path.elements
        var rects: [Rect] = []
        var i = 0
        while i < elements.count {
            guard i + 4 < elements.count, case .move(let p0) = elements[i], case .line(let p1) = elements[i + 1],
                  case .line(let p2) = elements[i + 2], case .line(let p3) = elements[i + 3] else { return nil }
            i += 4
            var closed = false
            if case .line(let back) = elements[i], back == p0 { i += 1; closed = true }
            if i < elements.count, case .close = elements[i] { i += 1; closed = true }
            guard closed else { return nil }
            let horizontalFirst = p0.y == p1.y && p1.x == p2.x && p2.y == p3.y && p3.x == p0.x
            let verticalFirst = p0.x == p1.x && p1.y == p2.y && p2.x == p3.x && p3.y == p0.y
            guard horizontalFirst || verticalFirst else { return nil }
            let a = t.apply(p0), b = t.apply(p2)
            guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return nil }
            let turn = (p1.x - p0.x) * (p2.y - p1.y) - (p1.y - p0.y) * (p2.x - p1.x)
            rects.append(Rect(minX: Swift.min(a.x, b.x), minY: Swift.min(a.y, b.y),
                              maxX: Swift.max(a.x, b.x), maxY: Swift.max(a.y, b.y), turn: turn))
        }
        return rects
    }

    /// The rectangles with area, when no two of them touch a common pixel: each pixel then takes its
    /// coverage from one rectangle at most, so filling them one at a time draws their union, under
    /// either fill rule. Nil when the path is not rectangles, when two share a pixel, or when that
    /// takes too long to rule out.
    static func disjoint(_ path: Path, _ t: Transform) -> [Rect]? {
        guard let all = rects(path, t) else { return nil }
        var boxes: [(rect: Rect, box: PixelRect)] = []
        boxes.reserveCapacity(all.count)
        for rect in all where rect.turn != 0 {
            guard Swift.max(abs(rect.minX), abs(rect.maxX), abs(rect.minY), abs(rect.maxY)) < 1e9 else { return nil }
            boxes.append((rect, PixelRect(x0: Int(rect.minX.rounded(.down)), y0: Int(rect.minY.rounded(.down)),
                                          x1: Int(rect.maxX.rounded(.up)), y1: Int(rect.maxY.rounded(.up)))))
        }
        boxes.sort { $0.box.x0 < $1.box.x0 }
        // A sweep from left to right compares only boxes whose columns overlap; a budget keeps
        // a column of stacked rectangles from making it quadratic.
        var budget = 64 * boxes.count
        for i in boxes.indices {
            let a = boxes[i].box
            var j = i + 1
            while j < boxes.count && boxes[j].box.x0 < a.x1 {
                let b = boxes[j].box
                if b.y0 < a.y1 && a.y0 < b.y1 { return nil }
                budget -= 1
                if budget < 0 { return nil }
                j += 1
            }
        }
        return boxes.map(\.rect)
    }
}
