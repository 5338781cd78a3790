/// Formats numbers for SVG: at most two decimals, no trailing zeros, no
/// exponent, never `-0`; non-finite values become `0` (byte-stable output).
enum SVGNumber {
    static func format(_ value: Double) -> String { format(value, decimals: 2) }

    /// With `decimals` (0...6) places at most; used with 4 for transform matrices.
    static func format(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "0" }
        let places = Swift.max(0, Swift.min(6, decimals))
        var unit: Int64 = 1
        for _ in 0..<places { unit *= 10 }
        let scaled = (Swift.max(-1e11, Swift.min(1e11, value)) * Double(unit)).rounded()
        let units = Int64(scaled)
        if units == 0 { return "0" }
        let magnitude = units.magnitude
        var whole = String(magnitude / UInt64(unit))
        var fraction = magnitude % UInt64(unit)
        if units < 0 { whole = "-" + whole }
        guard fraction != 0 else { return whole }
        var digits = places
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        let text = String(fraction)
        return whole + "." + String(repeating: "0", count: digits - text.count) + text
    }

    /// `x y` pairs separated the SVG way.
    static func pair(_ p: Point) -> String { format(p.x) + " " + format(p.y) }
}
