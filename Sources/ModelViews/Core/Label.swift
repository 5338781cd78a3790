import Charts
import Graphics

/// Text placed by its box rather than its baseline (mirrors Charts' own
/// text placement so model views line up with the data charts).
struct Label {
    var size: Double
    var weight: FontWeight = .regular
    var color: Color

    func width(_ text: String, _ measurer: any TextMeasurer) -> Double {
        measurer.measure(text, size: size, weight: weight).width
    }

    func lineHeight(_ measurer: any TextMeasurer) -> Double {
        measurer.measure("Hg", size: size, weight: weight).height
    }

    /// A run whose box is vertically centred on `centerY`.
    func run(_ text: String, x: Double, centerY: Double, anchor: TextAnchor = .start, measurer: any TextMeasurer) -> Node {
        let m = measurer.measure(text, size: size, weight: weight)
        return .text(TextRun(text, at: Point(x, centerY + (m.ascent - m.descent) / 2), size: size, weight: weight,
                             anchor: anchor, color: color))
    }

    /// A run whose box top is at `top`.
    func run(_ text: String, x: Double, top: Double, anchor: TextAnchor = .start, measurer: any TextMeasurer) -> Node {
        let m = measurer.measure(text, size: size, weight: weight)
        return .text(TextRun(text, at: Point(x, top + m.ascent), size: size, weight: weight, anchor: anchor, color: color))
    }

    /// `text` cut with "…" until it fits `width`.
    func truncated(_ text: String, width: Double, _ measurer: any TextMeasurer) -> String {
        if self.width(text, measurer) <= width { return text }
        var characters = Array(text)
        while !characters.isEmpty {
            characters.removeLast()
            let candidate = String(characters) + "…"
            if self.width(candidate, measurer) <= width { return candidate }
        }
        return "…"
    }

    static func title(_ theme: Theme) -> Label { Label(size: theme.titleSize, weight: .bold, color: theme.text) }
    static func tick(_ theme: Theme) -> Label { Label(size: theme.tickSize, color: theme.mutedText) }
    static func body(_ theme: Theme) -> Label { Label(size: theme.labelSize, color: theme.text) }
    static func note(_ theme: Theme) -> Label { Label(size: theme.noteSize, color: theme.mutedText) }
}

extension Color {
    /// `self` blended toward `other` by `f` (0 keeps self).
    func mixed(with other: Color, _ f: Double) -> Color {
        func channel(_ x: UInt8, _ y: UInt8) -> UInt8 {
            UInt8(Swift.max(0, Swift.min(255, (Double(x) + (Double(y) - Double(x)) * f).rounded())))
        }
        return Color(r: channel(r, other.r), g: channel(g, other.g), b: channel(b, other.b), alpha: alpha)
    }

    /// Black or white text, whichever reads better on this colour.
    var readableText: Color {
        let l = (0.2126 * Double(r) + 0.7152 * Double(g) + 0.0722 * Double(b)) / 255
        return l > 0.55 ? Color(hex: 0x111111) : .white
    }
}

/// Panel stacking shared by multi-panel views.
enum PanelStack {
    static let padding = 14.0

    /// A title line and a one-row legend of line swatches on top, then
    /// `panels` in a column; each closure draws one panel of the given size.
    static func column(title: String?, legend: [(name: String, color: Color)] = [], theme: Theme, size: Size,
                       measurer: any TextMeasurer, weights: [Double], draw: (Int, Size) -> [Node]) -> [Node] {
        var out: [Node] = []
        var top = 0.0
        if let title {
            let style = Label.title(theme)
            out.append(style.run(style.truncated(title, width: size.width - 2 * padding, measurer),
                                 x: size.width / 2, top: padding, anchor: .middle, measurer: measurer))
            top = padding + style.lineHeight(measurer) + 2
        }
        if !legend.isEmpty {
            let row = legendRow(legend, theme: theme, width: size.width, top: top + (title == nil ? padding : 4), measurer: measurer)
            out += row.nodes
            top = row.bottom - padding + 4
        }
        let total = weights.reduce(0, +)
        var y = top
        for (i, w) in weights.enumerated() {
            let height = ((size.height - top) * w / Swift.max(total, 1e-9)).rounded()
            out.append(.group(Group(draw(i, Size(width: size.width, height: height)), transform: .translate(0, y))))
            y += height
        }
        return out
    }
}

extension PanelStack {
    /// Line swatches and names in one centred row; returns the nodes and the row's bottom.
    static func legendRow(_ items: [(name: String, color: Color)], theme: Theme, width: Double, top: Double,
                          measurer: any TextMeasurer) -> (nodes: [Node], bottom: Double) {
        let style = Label(size: theme.tickSize + 1, color: theme.text)
        let swatch = 16.0, gap = 6.0, spacing = 18.0
        let widths = items.map { swatch + gap + style.width($0.name, measurer) }
        var x = (width - widths.reduce(0, +) - spacing * Double(items.count - 1)) / 2
        let centerY = top + style.lineHeight(measurer) / 2
        var nodes: [Node] = []
        for (item, w) in zip(items, widths) {
            nodes.append(.shape(Shape(Path.line(from: Point(x, centerY), to: Point(x + swatch, centerY)), stroke: .solid(item.color),
                                      strokeStyle: StrokeStyle(width: 2, cap: .round))))
            nodes.append(style.run(item.name, x: x + swatch + gap, centerY: centerY, measurer: measurer))
            x += w + spacing
        }
        return (nodes, top + style.lineHeight(measurer))
    }
}
