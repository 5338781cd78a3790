extension Path {
    /// The centres and the common radius when every subpath is a circle of one radius as
    /// `Path.circle` builds it (a move, four quarter arcs, a close); nil otherwise. A circle's
    /// points are its centre plus the radius times the unit circle's, worked out with the same
    /// operations, so each subpath is checked against that template without any trigonometry
    /// (scatter plots and beeswarms hold thousands of them; the PDF writes them as dots and
    /// the rasterizer stamps them).
    public var circles: (centers: [Point], radius: Double)? {
        let elements = self.elements
        guard !elements.isEmpty, elements.count % 6 == 0 else { return nil }
        let unit = Path.unitCircle
        var centers: [Point] = []
        centers.reserveCapacity(elements.count / 6)
        var radius: Double?
        var start = 0
        while start < elements.count {
            guard case .move(let first) = elements[start], case .cubic(_, _, let opposite) = elements[start + 2] else { return nil }
            let center = Point((first.x + opposite.x) / 2, first.y)
            let r = first.x - center.x
            guard r > 0, r.isFinite, radius.map({ abs($0 - r) <= 1e-9 * Swift.max(1, r) }) ?? true else { return nil }
            let tolerance = 1e-9 * Swift.max(1, abs(center.x) + abs(center.y) + r)
            func near(_ p: Point, _ u: Point) -> Bool {
                abs(p.x - (center.x + r * u.x)) <= tolerance && abs(p.y - (center.y + r * u.y)) <= tolerance
            }
            for k in 0..<6 {
                switch (elements[start + k], unit[k]) {
                case (.move(let p), .move(let u)) where near(p, u): continue
                case (.cubic(let p1, let p2, let p), .cubic(let u1, let u2, let u)) where near(p1, u1) && near(p2, u2) && near(p, u): continue
                case (.close, .close): continue
                default: return nil
                }
            }
            radius = radius ?? r
            centers.append(center)
            start += 6
        }
        guard let radius else { return nil }
        return (centers, radius)
    }

    /// `Path.circle` around the origin with radius 1: the template every circle is checked against.
    private static let unitCircle = Path.circle(center: Point(0, 0), radius: 1).elements
}
