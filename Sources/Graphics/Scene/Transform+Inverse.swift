extension Transform {
    /// The inverse map, or nil when the transform is singular or not finite.
    var inverted: Transform? {
        let det = a * d - b * c
        guard det != 0, det.isFinite else { return nil }
        let t = Transform(a: d / det, b: -b / det, c: -c / det, d: a / det,
                          e: (c * f - d * e) / det, f: (b * e - a * f) / det)
        return [t.a, t.b, t.c, t.d, t.e, t.f].allSatisfy(\.isFinite) ? t : nil
    }
}
