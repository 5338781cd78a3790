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
    /// `text` shortened with "…" until it is at most `width` wide.
    static func truncate(_ text: String, width: Double, style: TextStyle, measurer: any TextMeasurer) -> String {
        if style.metrics(text, measurer).width <= width { return text }
        var characters = Array(text)
        while !characters.isEmpty {
            characters.removeLast()
            let candidate = String(characters).trimmingTrailingSpaces() + "…"
            if style.metrics(candidate, measurer).width <= width { return candidate }
        }
        return "…"
    }

    /// Splits at spaces into at most `maxLines` lines no wider than `width`, or nil if it cannot.
    static func wrap(_ text: String, width: Double, maxLines: Int, style: TextStyle, measurer: any TextMeasurer) -> [String]? {
        let words = text.split(separator: " ").map(String.init)
        var lines: [String] = []
        var current = ""
        for word in words {
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
