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
        let unit = unitOfPlaces[places]
        let scaled = (Swift.max(-1e11, Swift.min(1e11, value)) * Double(unit)).rounded()
        let units = Int64(scaled)
        if units == 0 { out.append(UInt8(ascii: "0")); return }
        let magnitude = units.magnitude
        var whole = magnitude / unit, fraction = magnitude % unit
        var digits = places
        if fraction != 0 { while fraction % 10 == 0 { fraction /= 10; digits -= 1 } }
        // Written backwards into a small stack buffer (at most 1 + 12 + 1 + 6 bytes), then appended at once.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            var start = buffer.count
            if fraction != 0 {
                for _ in 0..<digits {
                    start -= 1; buffer[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: fraction % 10); fraction /= 10
                }
                start -= 1; buffer[start] = UInt8(ascii: ".")
            }
            repeat {
                start -= 1; buffer[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: whole % 10); whole /= 10
            } while whole > 0
            if units < 0 { start -= 1; buffer[start] = UInt8(ascii: "-") }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
        }
    }

    /// 10^places for 0...6 places.
    private static let unitOfPlaces: [UInt64] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]
}
