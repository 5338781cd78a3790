/// Unicode block characters for bars: eighths give sub-character precision.
enum BlockText {
    static let horizontalEighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    static let verticalEighths: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇"]

    /// A horizontal bar `cells` characters long (fractional, in eighths).
    static func bar(_ cells: Double) -> String {
        guard cells.isFinite, cells > 0 else { return "" }
        let eighths = Int(safe: (cells * 8).rounded())
        let full = eighths / 8, rest = eighths % 8
        return String(repeating: "█", count: full) + (rest > 0 ? String(horizontalEighths[rest - 1]) : "")
    }

    /// Rows (top first) of vertical columns; `heights` in character rows (fractional).
    static func columns(_ heights: [Double], rows: Int, width: Int = 1) -> [String] {
        (0..<rows).map { r in
            let level = Double(rows - 1 - r)  // rows below this one
            var line = ""
            for h in heights {
                let fill = Swift.max(0, Swift.min(1, h - level))
                let eighths = Int(safe: (fill * 8).rounded())
                let ch: Character = eighths >= 8 ? "█" : eighths == 0 ? " " : verticalEighths[eighths - 1]
                line += String(repeating: String(ch), count: width)
            }
            return line
        }
    }

    /// `text` padded with spaces (or cut with "…") to exactly `width` characters.
    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        guard width > 0 else { return "" }
        var t = text
        if t.count > width { t = String(t.prefix(Swift.max(0, width - 1))) + "…" }
        let spaces = String(repeating: " ", count: width - t.count)
        return right ? spaces + t : t + spaces
    }

    /// Removes trailing spaces from every line.
    static func trimLines(_ lines: [String]) -> String {
        lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n")
    }
}
