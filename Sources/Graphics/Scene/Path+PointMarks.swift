extension Path {
    /// The points when every subpath is a zero-length line (a move and a line to the same
    /// point, as scatter plots draw thousands of markers: stroked with round caps, each is a
    /// dot of the stroke's width); nil otherwise. Points as close as the stroker merges
    /// (|dx| + |dy| < 1e-9) count as the same.
    var zeroLengthPoints: [Point]? {
        let elements = self.elements
        guard !elements.isEmpty, elements.count % 2 == 0 else { return nil }
        var points: [Point] = []
        points.reserveCapacity(elements.count / 2)
        var i = 0
        while i < elements.count {
            guard case .move(let p) = elements[i], case .line(let q) = elements[i + 1],
                  p.x.isFinite, p.y.isFinite, abs(p.x - q.x) + abs(p.y - q.y) < 1e-9 else { return nil }
            points.append(p)
            i += 2
        }
        return points
    }
}
