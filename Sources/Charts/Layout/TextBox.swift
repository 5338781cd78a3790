#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Graphics

/// Text placed by its bounding box: measures once, then makes `TextRun`s whose
/// baseline is computed from the font metrics (only alphabetic baselines are
/// emitted, so every renderer agrees on placement).
struct TextStyle {
    var size: Double
    var weight: FontWeight = .regular
    var color: Color

    func metrics(_ text: String, _ measurer: any TextMeasurer) -> TextMetrics {
        measurer.measure(text, size: size, weight: weight)
    }

    /// A run whose box is vertically centred on `center.y`, anchored horizontally at `center.x`.
    func run(_ text: String, x: Double, centerY: Double, anchor: TextAnchor, measurer: any TextMeasurer) -> Node {
        let m = metrics(text, measurer)
        let baseline = centerY + (m.ascent - m.descent) / 2
        return .text(TextRun(text, at: Point(x, baseline), size: size, weight: weight, anchor: anchor, color: color))
    }

    /// A run whose box top is at `top`.
    func run(_ text: String, x: Double, top: Double, anchor: TextAnchor, measurer: any TextMeasurer) -> Node {
        let m = metrics(text, measurer)
        return .text(TextRun(text, at: Point(x, top + m.ascent), size: size, weight: weight, anchor: anchor, color: color))
    }

    /// Height of one line of text (ascent + descent).
    func lineHeight(_ measurer: any TextMeasurer) -> Double {
        metrics("Hg", measurer).height
    }
}

enum TextFit {
    /// `text` shortened with "…" to the longest prefix (trailing spaces trimmed) that fits in
    /// `width`. Widths grow with the prefix (kerning aside), so the prefix is found by bisection,
    /// then walked down from a little past it as the one-character-at-a-time rule would:
    /// O(n log n) measuring instead of O(n²) (a 20 000-character title took 17 s).
    static func truncate(_ text: String, width: Double, style: TextStyle, measurer: any TextMeasurer) -> String {
        // Characters past what `width` could hold at a tenth of an em each are never measured,
        // so a title of megabytes costs no more than one of a line.
        let limit = maximumCharacters(width: width, style: style)
        let head = text.prefix(limit + 1)
        if head.count <= limit, style.metrics(text, measurer).width <= width { return text }
        let characters = Array(head.prefix(limit))
        func candidate(_ n: Int) -> String { String(characters[..<n]).trimmingTrailingSpaces() + "…" }
        func fits(_ n: Int) -> Bool { style.metrics(candidate(n), measurer).width <= width }
        var low = 0, high = characters.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if fits(mid) { low = mid } else { high = mid - 1 }
        }
        var n = Swift.min(characters.count - 1, low + 8)
        while n > 0 && !fits(n) { n -= 1 }
        return n > 0 ? candidate(n) : "…"
    }

    /// How many characters a line of `width` can hold at most (a tenth of an em each, and 64 more).
    static func maximumCharacters(width: Double, style: TextStyle) -> Int {
        guard width.isFinite, width > 0 else { return 64 }
        return Int(Swift.min(width / (Swift.max(style.size, 1) * 0.1), 1e6)) + 64
    }

    /// Splits at spaces into at most `maxLines` lines no wider than `width`, or nil if it cannot.
    static func wrap(_ text: String, width: Double, maxLines: Int, style: TextStyle, measurer: any TextMeasurer) -> [String]? {
        guard text.utf8.count <= maximumCharacters(width: width, style: style) * 4 * Swift.max(maxLines, 1) else { return nil }
        let words = text.split(separator: " ").map(String.init)
        var lines: [String] = []
        var current = ""
        for word in words {
            if lines.count > maxLines { return nil }
            let candidate = current.isEmpty ? word : current + " " + word
            if style.metrics(candidate, measurer).width <= width {
                current = candidate
            } else {
                if style.metrics(word, measurer).width > width { return nil }
                if !current.isEmpty { lines.append(current) }
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.count <= maxLines && !lines.isEmpty ? lines : nil
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
