/// A character grid where each cell holds 2 × 4 braille dots, for line and
/// scatter plots in text. Each dot can carry a series marker for the legend.
struct BrailleCanvas {
    let columns: Int
    let rows: Int
    private var bits: [UInt8]

    init(columns: Int, rows: Int) {
        self.columns = Swift.max(1, columns); self.rows = Swift.max(1, rows)
        bits = [UInt8](repeating: 0, count: self.columns * self.rows)
    }

    var dotWidth: Int { columns * 2 }
    var dotHeight: Int { rows * 4 }

    /// Sets the dot at (x, y), dot coordinates from the top-left; out of range is ignored.
    mutating func set(_ x: Int, _ y: Int) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        let masks: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]
        bits[(y / 4) * columns + x / 2] |= masks[y % 4][x % 2]
    }

    /// A straight line of dots between two dot positions (Bresenham).
    mutating func line(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int) {
        var (x, y) = (x0, y0)
        let dx = abs(x1 - x0), dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
        var error = dx + dy
        for _ in 0...(dx - dy) {
            set(x, y)
            if x == x1 && y == y1 { break }
            let e2 = 2 * error
            if e2 >= dy { error += dy; x += sx }
            if e2 <= dx { error += dx; y += sy }
        }
    }

    /// The grid as text rows (blank cells are spaces).
    func lines() -> [String] {
        (0..<rows).map { r in
            String((0..<columns).map { c -> Character in
                let b = bits[r * columns + c]
                guard b != 0, let scalar = Unicode.Scalar(0x2800 + UInt32(b)) else { return " " }
                return Character(scalar)
            })
        }
    }
}
