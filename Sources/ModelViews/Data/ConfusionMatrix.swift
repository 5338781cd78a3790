import Charts
import Graphics
import Learn

/// `ConfusionMatrix(model, data)`: actual classes down, predicted across;
/// each cell shows its count and its share of the row, shaded by that share.
public struct ConfusionMatrix: Chart {
    public var options: ChartOptions
    /// `counts[actual][predicted]`.
    public let counts: [[Int]]
    public let classNames: [String]

    public init(counts: [[Int]], classNames: [String], title: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        let view = "ConfusionMatrix"
        guard !classNames.isEmpty else { throw ModelViewError.empty(view: view, argument: "classNames", expected: "class names") }
        guard classNames.count <= 40 else {
            throw ModelViewError.tooLarge(view: view, argument: "data", what: "classes", count: classNames.count, limit: 40,
                                          suggestion: "group classes first")
        }
        guard counts.count == classNames.count, counts.allSatisfy({ $0.count == classNames.count }) else {
            throw ModelViewError.unsuitable(view: view, argument: "counts", reason: "must be \(classNames.count) × \(classNames.count)")
        }
        self.counts = counts
        self.classNames = classNames
        let total = counts.joined().reduce(0, +)
        let correct = counts.indices.reduce(0) { $0 + counts[$1][$1] }
        let accuracy = total > 0 ? " · accuracy " + LossText.percent(Double(correct) / Double(total)) : ""
        options = ChartOptions(title: title ?? "Confusion matrix" + accuracy, xLabel: "predicted", yLabel: "actual",
                               width: width, height: height)
    }

    public init(_ model: Sequential, _ data: Dataset, title: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        let view = "ConfusionMatrix"
        let classes = try ClassData.labels(data, view: view)
        if let inputs = model.inputFeatures, inputs != data.featureCount {
            throw ModelViewError.featureCount(view: view, argument: "data", expected: inputs, actual: data.featureCount)
        }
        let p = try ClassData.probabilities(model, data.features, for: data, view: view)
        let k = Swift.max(classes.names.count, p.classes)
        let names = classes.names + (classes.names.count..<k).map { "class \($0)" }
        var counts = [[Int]](repeating: [Int](repeating: 0, count: k), count: k)
        for (i, actual) in classes.indices.enumerated() { counts[actual][p.predicted(i).index] += 1 }
        try self.init(counts: counts, classNames: names, title: title, width: width, height: height)
    }

    /// Share of row `r` in column `c` (0 for an empty row).
    func share(_ r: Int, _ c: Int) -> Double {
        let total = counts[r].reduce(0, +)
        return total > 0 ? Double(counts[r][c]) / Double(total) : 0
    }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        let theme = options.theme.theme
        var settings = PlotCanvas.Settings()
        settings.verticalGrid = false; settings.horizontalGrid = false; settings.spines = false
        return PlotCanvas.render(x: .bands(classNames, padding: 0.04), y: .bands(classNames, padding: 0.04), settings: settings,
                                 options: options, size: size, measurer: measurer) { frame in
            var marks = PlotCanvas.Marks()
            for r in classNames.indices {
                guard let yb = frame.yBand(r) else { continue }
                for c in classNames.indices {
                    guard let xb = frame.xBand(c) else { continue }
                    let rect = Rect(x: xb.start, y: yb.start, width: xb.end - xb.start, height: yb.end - yb.start)
                    let share = self.share(r, c)
                    let hue = r == c ? theme.color(0) : theme.color(3)
                    let fill = theme.background.mixed(with: hue, counts[r][c] == 0 ? 0.03 : 0.12 + 0.78 * share)
                    marks.under.append(.shape(Shape(Path.rect(rect), fill: .solid(fill),
                                                    title: "true \(classNames[r]), predicted \(classNames[c]): \(counts[r][c]) (\(NumberFormat.percent(share)) of the row)")))
                    marks.over += annotation(r, c, rect: rect, fill: fill, theme: theme, measurer: measurer)
                }
            }
            return marks
        }
    }

    private func annotation(_ r: Int, _ c: Int, rect: Rect, fill: Color, theme: Theme, measurer: any TextMeasurer) -> [Node] {
        let size = Swift.min(theme.labelSize + 1, Swift.max(8, rect.height * 0.22))
        let big = Label(size: size, weight: .bold, color: fill.readableText)
        let small = Label(size: size * 0.8, color: fill.readableText)
        let count = Count.text(counts[r][c]), share = LossText.percent(self.share(r, c))
        let h1 = big.lineHeight(measurer), h2 = small.lineHeight(measurer)
        guard big.width(count, measurer) + 4 <= rect.width, h1 <= rect.height else { return [] }
        guard h1 + h2 + 2 <= rect.height, small.width(share, measurer) + 4 <= rect.width else {
            return [big.run(count, x: rect.center.x, centerY: rect.center.y, anchor: .middle, measurer: measurer)]
        }
        let top = rect.center.y - (h1 + h2 + 2) / 2
        return [big.run(count, x: rect.center.x, top: top, anchor: .middle, measurer: measurer),
                small.run(share, x: rect.center.x, top: top + h1 + 2, anchor: .middle, measurer: measurer)]
    }

    /// A table: counts with the row percentage, actual classes down, predicted across.
    public func text(columns: Int) -> String {
        var lines = [options.title ?? "Confusion matrix"]
        let cells = counts.indices.map { r in counts[r].indices.map { c in "\(Count.text(counts[r][c])) \(LossText.percent(share(r, c)))" } }
        let labelWidth = Swift.min(14, classNames.map(\.count).max() ?? 1) + 1
        let cellWidth = Swift.max(6, Swift.min(16, (cells.joined().map(\.count).max() ?? 6) + 2))
        let shown = Swift.max(1, Swift.min(classNames.count, (columns - labelWidth) / cellWidth))
        lines.append(HistogramText.pad("actual ↓", labelWidth) + classNames.prefix(shown).map {
            String(repeating: " ", count: Swift.max(0, cellWidth - Swift.min($0.count, cellWidth - 1))) + String($0.prefix(cellWidth - 1))
        }.joined())
        for r in counts.indices {
            lines.append(HistogramText.pad(classNames[r], labelWidth) + cells[r].prefix(shown).map {
                String(repeating: " ", count: Swift.max(0, cellWidth - $0.count)) + $0
            }.joined())
        }
        if shown < classNames.count { lines.append("(\(classNames.count - shown) more predicted classes not shown)") }
        lines.append("predicted →")
        return lines.joined(separator: "\n")
    }
}
