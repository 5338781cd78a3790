/// Filled circles written as PDF dots: a zero-length segment stroked with round caps as
/// wide as the circle paints exactly its disc (PDF 1.7 §8.5.3.2: a degenerate subpath is
/// painted as a dot when caps are round), in 2 coordinates instead of the 26 of four Bézier
/// quarters. A path of many such dots is stroked as one shape, covering the union of the
/// discs once, as filling the circles with the nonzero rule does. Scatter plots and
/// beeswarms draw thousands of dots: this makes their PDF content ~6× smaller to write
/// and to compress.
enum PDFDots {
    /// The centres and the common radius when every subpath of `path` is a circle of one
    /// radius as `Path.circle` builds it (a move, four quarter arcs, a close); nil otherwise.
    static func circles(_ path: Path) -> (centers: [Point], radius: Double)? {
        let elements = path.elements
        guard !elements.isEmpty, elements.count % 6 == 0 else { return nil }
        var centers: [Point] = []
        centers.reserveCapacity(elements.count / 6)
        var radius: Double?
        var start = 0
        while start < elements.count {
            guard case .move(let first) = elements[start], case .cubic(_, _, let opposite) = elements[start + 2] else { return nil }
            let center = Point((first.x + opposite.x) / 2, first.y)
            let r = first.x - center.x
            guard r > 0, r.isFinite, radius.map({ abs($0 - r) <= 1e-9 * Swift.max(1, r) }) ?? true else { return nil }
            let expected = Path.circle(center: center, radius: r).elements
            guard expected.count == 6, zip(expected, elements[start..<(start + 6)]).allSatisfy({ close($0, $1) }) else { return nil }
            radius = radius ?? r
            centers.append(center)
            start += 6
        }
        guard let radius else { return nil }
        return (centers, radius)
    }

    /// Whether two path elements are the same up to rounding (1e-9 of a user unit).
    private static func close(_ a: Path.Element, _ b: Path.Element) -> Bool {
        func near(_ p: Point, _ q: Point) -> Bool { abs(p.x - q.x) <= 1e-9 && abs(p.y - q.y) <= 1e-9 }
        switch (a, b) {
        case (.move(let p), .move(let q)): return near(p, q)
        case (.cubic(let a1, let a2, let p), .cubic(let b1, let b2, let q)): return near(a1, b1) && near(a2, b2) && near(p, q)
        case (.close, .close): return true
        default: return false
        }
    }
}
