import Graphics
import Platform

/// A matrix as coloured cells (row 0 at the top) with a colour bar;
/// `annotate` writes each value in a colour that contrasts with its cell.
/// Signed data get a diverging map centred on 0 (coolwarm unless another
/// map is named); a diverging map on signed data is always centred on 0.
public struct Heatmap: Chart {
    public var options: ChartOptions
    public let matrix: [[Double]]
    public let colormap: Colormap
    public let xLabels: [String]
    public let yLabels: [String]
    public let annotate: Bool
    public let droppedCount: Int
    /// The finite value range mapped onto the colormap.
    public let range: (lo: Double, hi: Double)

    public init(_ matrix: [[Double]], colormap: Colormap? = nil, xLabels: [String]? = nil, yLabels: [String]? = nil,
                annotate: Bool = false, title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        let check = DataCheck(chart: "Heatmap")
        try check.nonEmpty(matrix, "matrix")
        let columns = matrix[0].count
        guard columns > 0 else { throw ChartError.empty(chart: "Heatmap", argument: "matrix[0]") }
        for (r, row) in matrix.enumerated() where row.count != columns {
            throw ChartError.notRectangular(chart: "Heatmap", argument: "matrix", row: r, expected: columns, actual: row.count)
        }
        if let xLabels { try check.sameLength(xLabels, "xLabels", as: matrix[0], "matrix columns") }
        if let yLabels { try check.sameLength(yLabels, "yLabels", as: matrix, "matrix rows") }
        try Interrupt.check()  // millions of values: each pass below takes a while
        let (finite, dropped) = try check.finite(matrix.flatMap { $0 }, "matrix")
        try Interrupt.check()
        self.options = ChartOptions(title: title, xLabel: xLabel, yLabel: yLabel, width: width, height: height)
        self.matrix = matrix; self.annotate = annotate; self.droppedCount = dropped
        self.xLabels = xLabels ?? (0..<columns).map(String.init)
        self.yLabels = yLabels ?? matrix.indices.map(String.init)
        let bar = ColorBar.fitting(lo: finite.min() ?? 0, hi: finite.max() ?? 1, colormap: colormap)
        self.colormap = bar.colormap
        self.range = (bar.lo, bar.hi)
    }

    /// The colour key of the cells.
    var colorBar: ColorBar { ColorBar(colormap: colormap, lo: range.lo, hi: range.hi) }

    /// Where `value` falls in the colour range, 0…1.
    func fraction(_ value: Double) -> Double { (value - range.lo) / (range.hi - range.lo) }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        HeatmapLayout(chart: self, size: size, measurer: measurer).nodes()
    }

    /// At most this many rows are written in the text rendering.
    static let textRows = 60

    public func text(columns: Int) -> String {
        var out: [String] = []
        if let title = options.title { out.append(title) }
        let shades: [Character] = ["·", "░", "▒", "▓", "█"]
        let rows = matrix.prefix(Self.textRows)
        let labelWidth = Swift.min(16, yLabels.map(\.count).max() ?? 1)
        let values = annotate ? rows.map { $0.map { $0.isFinite ? NumberFormat.short($0) : "·" } } : []
        let valueWidth = values.flatMap { $0 }.map(\.count).max() ?? 1
        let headerWidth = Swift.min(8, xLabels.map(\.count).max() ?? 1)
        let annotatedCell = Swift.max(valueWidth, headerWidth) + 1
        let cell = annotate && labelWidth + 1 + annotatedCell * xLabels.count <= columns ? annotatedCell : 2
        let shown = Swift.max(1, Swift.min(xLabels.count, (columns - labelWidth - 1) / cell))
        out.append(String(repeating: " ", count: labelWidth + 1)
                   + xLabels.prefix(shown).map { BlockText.pad($0, cell - 1, right: cell > 2) + " " }.joined())
        for (r, row) in rows.enumerated() {
            var line = BlockText.pad(yLabels[r], labelWidth) + " "
            for (c, v) in row.prefix(shown).enumerated() {
                if cell > 2 { line += BlockText.pad(values[r][c], cell - 1, right: true) + " "; continue }
                let level = v.isFinite ? Swift.min(4, Int(safe: (fraction(v) * 4).rounded())) : 0
                line += String(repeating: String(shades[level]), count: 2)
            }
            out.append(line)
        }
        if rows.count < matrix.count { out.append("(\(matrix.count - rows.count) more rows not shown)") }
        if shown < xLabels.count { out.append("(\(xLabels.count - shown) more columns not shown)") }
        out.append("\(colormap.rawValue): \(NumberFormat.short(range.lo)) " + String(shades) + " \(NumberFormat.short(range.hi))")
        if droppedCount > 0 { out.append(ChartMessages.nonFiniteNote(droppedCount)) }
        return BlockText.trimLines(out)
    }
}
