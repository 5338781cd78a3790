/// Formats numbers for SVG: at most two decimals, no trailing zeros, no
/// exponent, never `-0`; non-finite values become `0` (byte-stable output).
/// Digits are written straight into a byte buffer, as path data is large.
enum SVGNumber {
    static func format(_ value: Double) -> String { format(value, decimals: 2) }

    /// With `decimals` (0...6) places at most; used with 4 for transform matrices.
    static func format(_ value: Double, decimals: Int) -> String {
        var bytes: [UInt8] = []
        append(value, decimals: decimals, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `x y` pairs separated the SVG way.
    static func pair(_ p: Point) -> String { format(p.x) + " " + format(p.y) }

    static func append(_ value: Double, decimals: Int = 2, to out: inout [UInt8]) {
        guard value.isFinite else { out.append(UInt8(ascii: "0")); return }
        let places = Swift.max(0, Swift.min(6, decimals))
        var unit: UInt64 = 1
        for _ in 0..<places { unit *= 10 }
        let scaled = (Swift.max(-1e11, Swift.min(1e11, value)) * Double(unit)).rounded()
        let units = Int64(scaled)
        if units == 0 { out.append(UInt8(ascii: "0")); return }
        if units < 0 { out.append(UInt8(ascii: "-")) }
        let magnitude = units.magnitude
        appendDigits(magnitude / unit, minimumCount: 1, to: &out)
        var fraction = magnitude % unit
        guard fraction != 0 else { return }
        var digits = places
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        out.append(UInt8(ascii: "."))
        appendDigits(fraction, minimumCount: digits, to: &out)
    }

    /// Decimal digits of `v`, left-padded with zeros to `minimumCount`.
    private static func appendDigits(_ v: UInt64, minimumCount: Int, to out: inout [UInt8]) {
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &buffer) { raw in
            var rest = v
            repeat {
                raw[23 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0 && count < 24
            while count < minimumCount && count < 24 {
                raw[23 - count] = UInt8(ascii: "0")
                count += 1
            }
            out.append(contentsOf: raw[(24 - count)..<24])
        }
    }
}
