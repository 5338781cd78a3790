#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Braille renderings of line and scatter plots. Each series gets its own
/// panel when there are several, so lines never blur into each other.
enum LineText {
    static func render(x: [Double], series: [[Double]], names: [String], log: Bool, options: ChartOptions,
                       dropped: Int, columns: Int, points: Bool) -> String {
        let transform: (Double) -> Double = log ? { $0 > 0 ? log10($0) : .nan } : { $0 }
        let ys = series.map { $0.map(transform) }
        let xExtent = DataCheck.extent([x]) ?? (0, 1)
        let yExtent = DataCheck.extent(ys) ?? (0, 1)
        let (x0, x1) = Ticks.nonsingular(xExtent.lo, xExtent.hi)
        let (y0, y1) = Ticks.nonsingular(yExtent.lo, yExtent.hi)
        let label: (Double) -> String = { NumberFormat.short(log ? pow(10, $0) : $0) }
        var blocks: [String] = []
        for (s, values) in ys.enumerated() {
            var frame = TextFrame(title: nil, yLabel: options.yLabel, xLabel: options.xLabel,
                                  yTop: label(y1), yBottom: label(y0), xStart: NumberFormat.short(x0), xEnd: NumberFormat.short(x1))
            var heading: [String] = []
            if s == 0, let title = options.title { heading.append(title) }
            if ys.count > 1 { heading.append("● " + names[s]) }
            frame.title = heading.isEmpty ? nil : heading.joined(separator: "\n")
            if s == ys.count - 1, dropped > 0 { frame.notes = [ChartMessages.nonFiniteNote(dropped)] }
            var canvas = BrailleCanvas(columns: frame.bodyWidth(columns: columns), rows: ys.count > 1 ? 8 : 12)
            let dx = Double(canvas.dotWidth - 1) / (x1 - x0), dy = Double(canvas.dotHeight - 1) / (y1 - y0)
            var previous: (Int, Int)?
            for (xv, yv) in zip(x, values) {
                guard xv.isFinite, yv.isFinite else { previous = nil; continue }
                let px = Swift.max(-1, Swift.min(canvas.dotWidth, Int(safe: ((xv - x0) * dx).rounded())))
                let py = Swift.max(-1, Swift.min(canvas.dotHeight, canvas.dotHeight - 1 - Int(safe: ((yv - y0) * dy).rounded())))
                if points { canvas.set(px, py) } else if let (qx, qy) = previous { canvas.line(qx, qy, px, py) } else { canvas.set(px, py) }
                previous = (px, py)
            }
            blocks.append(frame.render(body: canvas.lines()))
        }
        return blocks.joined(separator: "\n\n")
    }
}
