import Graphics

/// M4 decimation (Jugel et al., "M4: A Visualization-Oriented Time Series
/// Data Aggregation", VLDB 2014): per pixel column keep the first, lowest,
/// highest and last point, which draws the same pixels as the full line.
enum Decimation {
    /// Decimated points when x never decreases and there are many more points
    /// than pixel columns; otherwise the points unchanged. Non-finite points
    /// (line breaks) are kept.
    static func m4(_ points: [Point], columns: Double) -> [Point] {
        guard Double(points.count) > 4 * columns, isMonotonic(points) else { return points }
        var out: [Point] = []
        out.reserveCapacity(Int(columns) * 4 + 8)
        var group: [Int] = []
        var column = Int.min
        func flush() {
            guard let first = group.first, let last = group.last else { return }
            var low = first, high = first
            for i in group {
                if points[i].y < points[low].y { low = i }
                if points[i].y > points[high].y { high = i }
            }
            for i in Set([first, low, high, last]).sorted() { out.append(points[i]) }
            group.removeAll(keepingCapacity: true)
        }
        for (i, p) in points.enumerated() {
            guard p.x.isFinite, p.y.isFinite else { flush(); out.append(p); column = Int.min; continue }
            let c = Int(p.x.rounded(.down))
            if c != column { flush(); column = c }
            group.append(i)
        }
        flush()
        return out
    }

    static func isMonotonic(_ points: [Point]) -> Bool {
        var previous = -Double.infinity
        for p in points where p.x.isFinite {
            if p.x < previous { return false }
            previous = p.x
        }
        return true
    }
}
