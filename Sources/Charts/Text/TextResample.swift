/// Fits many values into fewer character cells.
enum TextResample {
    /// Values unchanged when they fit in `cells`; otherwise summed in `cells` groups.
    static func sum(_ values: [Double], into cells: Int) -> [Double] {
        guard cells > 0, values.count > cells else { return values }
        var out = [Double](repeating: 0, count: cells)
        for (i, v) in values.enumerated() { out[i * cells / values.count] += v }
        return out
    }
}
