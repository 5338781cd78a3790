/// The text form of a `DecisionBoundary`: the predicted class as a light
/// pattern per class, data points as the class's letter, and a key.
enum BoundaryText {
    static let fieldMarks: [Character] = ["·", "-", "+", ":", "=", "~", "'", "^"]
    static let pointMarks: [Character] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")

    static func render(_ chart: DecisionBoundary, columns: Int) -> String {
        let width = Swift.max(16, Swift.min(64, columns - 10)), height = Swift.max(8, width * 3 / 8)
        let e = chart.extent
        var lines: [String] = []
        if let title = chart.options.title { lines.append(title) }
        guard let cells = try? chart.field(columns: width, rows: height, xs: e.x, ys: e.y) else {
            return (lines + ["(the model could not be evaluated on the plane)"]).joined(separator: "\n")
        }
        var grid = cells.map { fieldMarks[$0.0 % fieldMarks.count] }
        var votes = [[Int]](repeating: [Int](repeating: 0, count: chart.classNames.count), count: width * height)
        for i in chart.x.indices where chart.x[i].isFinite && chart.y[i].isFinite && chart.labels[i] < chart.classNames.count {
            let c = Swift.min(width - 1, Int((chart.x[i] - e.x.lo) / (e.x.hi - e.x.lo) * Double(width)))
            let r = Swift.min(height - 1, Int((e.y.hi - chart.y[i]) / (e.y.hi - e.y.lo) * Double(height)))
            votes[r * width + c][chart.labels[i]] += 1
        }
        for (i, v) in votes.enumerated() {
            if let top = v.max(), top > 0, let cls = v.firstIndex(of: top) { grid[i] = pointMarks[cls % pointMarks.count] }
        }
        let yTop = Sparkline.number(e.y.hi), yBottom = Sparkline.number(e.y.lo)
        let gutter = Swift.max(yTop.count, yBottom.count) + 1
        for r in 0..<height {
            let label = r == 0 ? yTop : r == height - 1 ? yBottom : ""
            lines.append(String(repeating: " ", count: gutter - label.count) + label + "│" + String(grid[(r * width)..<((r + 1) * width)]))
        }
        let xLo = Sparkline.number(e.x.lo), xHi = Sparkline.number(e.x.hi)
        lines.append(String(repeating: " ", count: gutter) + "└" + String(repeating: "─", count: width))
        lines.append(String(repeating: " ", count: gutter + 1) + xLo
                     + String(repeating: " ", count: Swift.max(1, width - xLo.count - xHi.count)) + xHi)
        let key = chart.classNames.enumerated().map { i, name in
            "\(pointMarks[i % pointMarks.count]) \(fieldMarks[i % fieldMarks.count]) \(name)"
        }
        lines.append("points: class letter · predicted region: class mark")
        var row = ""
        for item in key {
            if !row.isEmpty, row.count + 3 + item.count > columns { lines.append(row); row = "" }
            row += (row.isEmpty ? "" : "   ") + item
        }
        if !row.isEmpty { lines.append(String(row.prefix(columns))) }
        return lines.joined(separator: "\n")
    }
}
