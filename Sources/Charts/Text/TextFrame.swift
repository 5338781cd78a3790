/// Frames a text plot: title, y range labels on the left, an axis line,
/// x range labels below, axis names and a legend line.
struct TextFrame {
    var title: String?
    var yLabel: String?
    var xLabel: String?
    var yTop: String
    var yBottom: String
    var xStart: String
    var xEnd: String
    var legend: [String] = []
    var notes: [String] = []

    /// Width of the left label column for a body of the given columns.
    var gutter: Int { Swift.max(yTop.count, yBottom.count) + 1 }

    /// Columns left for the body in a frame at most `columns` wide.
    func bodyWidth(columns: Int) -> Int { Swift.max(8, columns - gutter - 2) }

    func render(body: [String]) -> String {
        var out: [String] = []
        if let title { out.append(title) }
        if let yLabel { out.append(yLabel) }
        let g = gutter
        for (i, row) in body.enumerated() {
            let label = i == 0 ? yTop : (i == body.count - 1 ? yBottom : "")
            let tick = (i == 0 || i == body.count - 1) ? "┤" : "│"
            out.append(BlockText.pad(label, g - 1, right: true) + " " + tick + row)
        }
        let width = body.map(\.count).max() ?? 0
        out.append(String(repeating: " ", count: g) + "└" + String(repeating: "─", count: width))
        let gap = Swift.max(1, width + 1 - xStart.count - xEnd.count)
        out.append(String(repeating: " ", count: g) + xStart + String(repeating: " ", count: gap) + xEnd)
        if let xLabel {
            let indent = g + 1 + Swift.max(0, (width - xLabel.count) / 2)
            out.append(String(repeating: " ", count: indent) + xLabel)
        }
        if !legend.isEmpty { out.append(legend.joined(separator: "  ")) }
        out += notes
        return BlockText.trimLines(out)
    }
}
