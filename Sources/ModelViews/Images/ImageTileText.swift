import Charts

/// The text/plain form of image views: each tile as shade characters, two
/// per pixel so pixels stay square in a terminal, tiles side by side as the
/// width allows, captions under them.
enum ImageTileText {
    /// Shades from dark to light values: blank for the lowest, full block for the highest.
    static let shades: [Character] = [" ", "░", "▒", "▓", "█"]
    /// For diverging scales: strongest negative … zero (blank) … strongest positive.
    static let diverging: [Character] = ["▓", "▒", "░", " ", "·", "+", "#"]

    /// The legend line of `scale`: "0 ░▒▓█ 1" or "−0.4 ▓▒░ 0 ·+# 0.4".
    static func legend(_ scale: ImageScale) -> String {
        let (lo, hi) = scale.range
        if scale.isDiverging {
            return "\(NumberFormat.short(lo)) ▓▒░ 0 ·+# \(NumberFormat.short(hi))"
        }
        return "\(NumberFormat.short(lo)) ░▒▓█ \(NumberFormat.short(hi))"
    }

    /// At most this many tiles in the text form (a console screen or two).
    static let maxTiles = 32

    static func render(_ allTiles: [ImageTile], scale: ImageScale, title: String?, columns: Int, notes: [String] = []) -> String {
        let tiles = Array(allTiles.prefix(maxTiles))
        var out: [String] = []
        if let title { out.append(String(title.prefix(columns))) }
        let widest = tiles.map(\.width).max() ?? 1, tallest = tiles.map(\.height).max() ?? 1
        // Pixels per side shown: at most 16 across (32 characters) and within the width.
        let budget = Swift.max(2, Swift.min(16, (columns - 1) / 2))
        let factor = Swift.max(1, (Swift.max(widest, tallest) + budget - 1) / budget)
        let tileWidth = 2 * ((widest + factor - 1) / factor)
        let perRow = Swift.max(1, (columns + 2) / (tileWidth + 2))
        for start in stride(from: 0, to: tiles.count, by: perRow) {
            let row = Array(tiles[start..<Swift.min(start + perRow, tiles.count)])
            let pictures = row.map { picture($0, scale: scale, factor: factor, width: tileWidth, height: (tallest + factor - 1) / factor) }
            let captionLines = row.map(\.caption.count).max() ?? 0
            for line in 0..<(pictures.first?.count ?? 0) {
                out.append(pictures.map { $0[line] }.joined(separator: "  "))
            }
            for line in 0..<captionLines {
                out.append(row.map { tile in
                    let text = line < tile.caption.count ? (tile.isMarked && line == 0 ? "✗ " : "") + tile.caption[line] : ""
                    return pad(text, tileWidth)
                }.joined(separator: "  "))
            }
        }
        if allTiles.count > tiles.count { out.append("(\(allTiles.count - tiles.count) more not shown; the picture has them all)") }
        out.append(String(("scale: " + legend(scale)).prefix(columns)))
        out += notes.map { String($0.prefix(columns)) }
        return out.map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            return String(trimmed)
        }.joined(separator: "\n")
    }

    /// The tile as `height` lines of `width` characters (blocks of `factor` pixels averaged).
    static func picture(_ tile: ImageTile, scale: ImageScale, factor: Int, width: Int, height: Int) -> [String] {
        let across = (tile.width + factor - 1) / factor, down = (tile.height + factor - 1) / factor
        return (0..<height).map { row in
            guard row < down else { return String(repeating: " ", count: width) }
            var line = ""
            for column in 0..<across {
                var total = 0.0, count = 0
                for y in (row * factor)..<Swift.min(tile.height, (row + 1) * factor) {
                    for x in (column * factor)..<Swift.min(tile.width, (column + 1) * factor) {
                        let value = tile.heat?[y * tile.width + x] ?? (0..<tile.channels).reduce(0.0) { $0 + tile.value(x, y, $1) }
                            / (tile.heat == nil ? Double(tile.channels) : 1)
                        if value.isFinite { total += value; count += 1 }
                    }
                }
                let glyph = character(count > 0 ? total / Double(count) : .nan, scale: tile.heat == nil ? scale : .intensity(lo: 0, hi: 1))
                line += String(repeating: String(glyph), count: 2)
            }
            return pad(line, width)
        }
    }

    static func character(_ value: Double, scale: ImageScale) -> Character {
        guard value.isFinite else { return " " }
        let t = scale.fraction(value)
        if scale.isDiverging {
            let index = Swift.max(0, Swift.min(6, Int((t * 6).rounded())))
            return diverging[index]
        }
        return shades[Swift.max(0, Swift.min(4, Int((t * 4).rounded())))]
    }

    static func pad(_ text: String, _ width: Int) -> String {
        let cut = String(text.prefix(width))
        return cut + String(repeating: " ", count: Swift.max(0, width - cut.count))
    }
}
