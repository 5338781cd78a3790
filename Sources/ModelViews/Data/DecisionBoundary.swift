import Charts
import Graphics
import Learn

/// `DecisionBoundary(model, data)`: for data with two features, the class
/// the model predicts over the plane as a soft colour field (the class colour,
/// stronger where the model is surer), with the data points on top.
public struct DecisionBoundary: Chart {
    public var options: ChartOptions
    public let model: Sequential
    public let x: [Double]
    public let y: [Double]
    public let labels: [Int]
    public let classNames: [String]
    /// Side of one field cell in CSS pixels.
    public let cellSize: Double

    public init(_ model: Sequential, _ data: Dataset, cellSize: Double = 3, title: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        let view = "DecisionBoundary"
        guard data.featureCount == 2 else {
            throw ModelViewError.featureCount(view: view, argument: "data", expected: 2, actual: data.featureCount)
        }
        if let inputs = model.inputFeatures, inputs != 2 {
            throw ModelViewError.featureCount(view: view, argument: "model", expected: 2, actual: inputs)
        }
        guard cellSize.isFinite, cellSize >= 1, cellSize <= 50 else {
            throw ModelViewError.unsuitable(view: view, argument: "cellSize", reason: "must be between 1 and 50 pixels")
        }
        let classes = try ClassData.labels(data, view: view)
        let probe = try ClassProbabilities(model: model, features: data.features[0..<1], view: view)
        guard probe.classes >= classes.names.count || classes.names.count <= 2 else {
            throw ModelViewError.unsuitable(view: view, argument: "model",
                                            reason: "outputs \(probe.classes) classes but data has \(classes.names.count)")
        }
        let columns = data.features.scalars
        self.model = model
        x = stride(from: 0, to: columns.count, by: 2).map { columns[$0] }
        y = stride(from: 1, to: columns.count, by: 2).map { columns[$0] }
        guard x.contains(where: \.isFinite), y.contains(where: \.isFinite) else {
            throw ModelViewError.unsuitable(view: view, argument: "data", reason: "has no finite feature values")
        }
        labels = classes.indices
        let names = classes.names
        classNames = probe.classes > names.count ? names + (names.count..<probe.classes).map { "class \($0)" } : names
        self.cellSize = cellSize
        options = ChartOptions(title: title, xLabel: data.featureNames.first, yLabel: data.featureNames.last,
                               width: width, height: height)
    }

    /// The predicted class and its probability at each point of a `columns × rows`
    /// grid spanning `xs` × `ys` (row 0 at the top, `ys.hi`).
    func field(columns: Int, rows: Int, xs: (lo: Double, hi: Double), ys: (lo: Double, hi: Double)) throws -> [(Int, Double)] {
        var grid = [Double](repeating: 0, count: columns * rows * 2)
        for r in 0..<rows {
            let v = ys.hi - (ys.hi - ys.lo) * (Double(r) + 0.5) / Double(rows)
            for c in 0..<columns {
                let i = (r * columns + c) * 2
                grid[i] = xs.lo + (xs.hi - xs.lo) * (Double(c) + 0.5) / Double(columns)
                grid[i + 1] = v
            }
        }
        let probabilities = try ClassProbabilities(model: model, features: Tensor(shape: [columns * rows, 2], scalars: grid),
                                                   view: "DecisionBoundary")
        return (0..<(columns * rows)).map { i in
            let p = probabilities.predicted(i)
            return (p.index, p.probability)
        }
    }

    var extent: (x: (lo: Double, hi: Double), y: (lo: Double, hi: Double)) {
        (CurvePanel.extent(x), CurvePanel.extent(y))
    }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        BoundaryPicture(chart: self).nodes(size: size, measurer: measurer)
    }

    public func text(columns: Int) -> String {
        BoundaryText.render(self, columns: columns)
    }
}
