#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cuts polylines into dashes following an on/off pattern, as SVG's
/// `stroke-dasharray` and `stroke-dashoffset` do.
enum Dasher {
    /// At most this many dashes per path; beyond it the line is drawn solid.
    static let maxDashes = 100_000

    /// The pattern SVG would use: empty (solid) when any length is negative or
    /// non-finite or all are zero; an odd-length list is repeated once.
    static func normalizedPattern(_ dash: [Double]) -> [Double] {
        guard !dash.isEmpty, dash.allSatisfy({ $0.isFinite && $0 >= 0 }), dash.reduce(0, +) > 0 else { return [] }
        return dash.count % 2 == 1 ? dash + dash : dash
    }

    /// The dashes of `lines`, or nil when the pattern means a solid line (or too many dashes).
    static func dash(_ lines: [Polyline], pattern raw: [Double], offset: Double) -> [Polyline]? {
        let pattern = normalizedPattern(raw)
        guard !pattern.isEmpty else { return nil }
        let period = pattern.reduce(0, +)
        let total = lines.reduce(0.0) { $0 + length($1) }
        guard total / period * Double(pattern.count) < Double(maxDashes) else { return nil }
        var result: [Polyline] = []
        for line in lines {
            var points = line.points
            if line.closed, let first = points.first { points.append(first) }
            guard points.count >= 2 else { continue }
            // Phase: where in the pattern the line starts.
            var phase = offset.isFinite ? offset.truncatingRemainder(dividingBy: period) : 0
            if phase < 0 { phase += period }
            var index = 0
            for _ in 0..<pattern.count where phase >= pattern[index] {
                phase -= pattern[index]; index = (index + 1) % pattern.count
            }
            var remaining = pattern[index] - phase
            var on = index % 2 == 0
            var current: [Point] = on ? [points[0]] : []
            for k in 1..<points.count {
                var a = points[k - 1]
                let b = points[k]
                var segment = hypot(b.x - a.x, b.y - a.y)
                while segment > remaining {
                    let s = remaining / segment
                    let cut = Point(a.x + (b.x - a.x) * s, a.y + (b.y - a.y) * s)
                    if on {
                        current.append(cut)
                        result.append(Polyline(points: current, closed: false))
                        current = []
                    } else {
                        current = [cut]
                    }
                    segment -= remaining
                    a = cut
                    index = (index + 1) % pattern.count
                    remaining = pattern[index]
                    on.toggle()
                }
                remaining -= segment
                if on { current.append(b) }
            }
            if on, current.count >= 2 { result.append(Polyline(points: current, closed: false)) }
        }
        return result
    }

    static func length(_ line: Polyline) -> Double {
        var total = 0.0
        for k in line.points.indices.dropFirst() {
            total += hypot(line.points[k].x - line.points[k - 1].x, line.points[k].y - line.points[k - 1].y)
        }
        if line.closed, let a = line.points.last, let b = line.points.first { total += hypot(b.x - a.x, b.y - a.y) }
        return total
    }
}
