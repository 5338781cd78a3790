#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A braille canvas in data coordinates, shared by the layers of an overlay's text form: each
/// layer draws its lines, points, bars and rules on it. Category axes place band `i` at x = i.
public struct TextPlot {
    /// The data ranges the canvas spans (a log axis: its log₁₀ range).
    let x: (lo: Double, hi: Double)
    let y: (lo: Double, hi: Double)
    let logY: Bool
    var canvas: BrailleCanvas
    /// Text written over the dots: (column, row, text).
    var labels: [(column: Int, row: Int, text: String)] = []

    init(columns: Int, rows: Int, x: (lo: Double, hi: Double), y: (lo: Double, hi: Double), logY: Bool) {
        canvas = BrailleCanvas(columns: columns, rows: rows)
        self.x = Ticks.nonsingular(x.lo, x.hi)
        self.y = Ticks.nonsingular(y.lo, y.hi)
        self.logY = logY
    }

    private func dotX(_ value: Double) -> Int? {
        guard value.isFinite else { return nil }
        let scaled = (value - x.lo) / (x.hi - x.lo) * Double(canvas.dotWidth - 1)
        return Swift.max(-1, Swift.min(canvas.dotWidth, Int(safe: scaled.rounded())))
    }

    private func dotY(_ value: Double) -> Int? {
        let v = logY ? (value > 0 ? log10(value) : .nan) : value
        guard v.isFinite else { return nil }
        let scaled = (v - y.lo) / (y.hi - y.lo) * Double(canvas.dotHeight - 1)
        return Swift.max(-1, Swift.min(canvas.dotHeight, canvas.dotHeight - 1 - Int(safe: scaled.rounded())))
    }

    /// The coordinate of category `index` on a category axis: i across, -i down (band 0 on top).
    public static func band(_ index: Int, vertical: Bool) -> Double { vertical ? -Double(index) : Double(index) }

    /// A polyline through (x[i], y[i]); non-finite points break it.
    public mutating func line(x xs: [Double], y ys: [Double]) {
        var previous: (Int, Int)?
        for (xv, yv) in zip(xs, ys) {
            guard let px = dotX(xv), let py = dotY(yv) else { previous = nil; continue }
            if let (qx, qy) = previous { canvas.line(qx, qy, px, py) } else { canvas.set(px, py) }
            previous = (px, py)
        }
    }

    /// One dot per finite point.
    public mutating func points(x xs: [Double], y ys: [Double]) {
        for (xv, yv) in zip(xs, ys) {
            if let px = dotX(xv), let py = dotY(yv) { canvas.set(px, py) }
        }
    }

    /// A filled box between two corners in data units (a bar).
    public mutating func box(x0: Double, y0: Double, x1: Double, y1: Double) {
        guard let a = dotX(Swift.min(x0, x1)), let b = dotX(Swift.max(x0, x1)),
              let top = dotY(Swift.max(y0, y1)), let bottom = dotY(Swift.min(y0, y1)) else { return }
        for px in Swift.max(0, a)...Swift.max(Swift.max(0, a), Swift.min(canvas.dotWidth - 1, b)) {
            for py in Swift.max(0, top)...Swift.max(Swift.max(0, top), Swift.min(canvas.dotHeight - 1, bottom)) {
                canvas.set(px, py)
            }
        }
    }

    /// `text` written over the canvas, centred on the data point (x, y), clipped to the canvas.
    public mutating func label(_ text: String, x xv: Double, y yv: Double) {
        guard let px = dotX(xv), let py = dotY(yv), !text.isEmpty else { return }
        let column = Swift.max(0, Swift.min(canvas.columns - text.count, px / 2 - text.count / 2))
        labels.append((column, Swift.max(0, Swift.min(canvas.rows - 1, py / 4)), text))
    }

    /// The canvas rows with the labels written over them.
    func lines() -> [String] {
        var rows = canvas.lines().map { Array($0) }
        for label in labels {
            for (offset, character) in label.text.enumerated() where label.column + offset < rows[label.row].count {
                rows[label.row][label.column + offset] = character
            }
        }
        return rows.map { String($0) }
    }

    /// A framed braille plot on its own: the canvas over `x` × `y` drawn by `draw`, with the
    /// title, axis names, range labels, a legend line and notes, at most `columns` wide.
    public static func framed(columns: Int, rows: Int, x: (lo: Double, hi: Double), y: (lo: Double, hi: Double),
                              title: String?, xLabel: String?, yLabel: String?, legend: [String] = [], notes: [String] = [],
                              draw: (inout TextPlot) -> Void) -> String {
        let (x0, x1) = Ticks.nonsingular(x.lo, x.hi), (y0, y1) = Ticks.nonsingular(y.lo, y.hi)
        var frame = TextFrame(title: title, yLabel: yLabel, xLabel: xLabel, yTop: NumberFormat.short(y1),
                              yBottom: NumberFormat.short(y0), xStart: NumberFormat.short(x0), xEnd: NumberFormat.short(x1))
        frame.legend = legend
        frame.notes = notes
        var plot = TextPlot(columns: frame.bodyWidth(columns: columns), rows: rows, x: (x0, x1), y: (y0, y1), logY: false)
        draw(&plot)
        return frame.render(body: plot.lines())
    }

    /// A dotted horizontal line across the canvas at `value`.
    public mutating func horizontalRule(at value: Double) {
        guard let py = dotY(value) else { return }
        for px in stride(from: 0, to: canvas.dotWidth, by: 3) { canvas.set(px, py) }
    }

    /// A dotted vertical line across the canvas at `value`.
    public mutating func verticalRule(at value: Double) {
        guard let px = dotX(value) else { return }
        for py in stride(from: 0, to: canvas.dotHeight, by: 3) { canvas.set(px, py) }
    }
}
