import Charts
import Graphics
import Learn

/// `PairPlot(data)`: every pair of features as a scatter coloured by class, each feature's
/// histogram (one per class, overlaid) on the diagonal, as seaborn's `pairplot`. Every column
/// shares its feature's x axis and every row its feature's y axis; tick labels sit on the left
/// column and the bottom row. Up to `maxFeatures` features (a clear error beyond). The text
/// form is the correlation matrix with each feature's histogram as a sparkline.
public struct PairPlot: Chart {
    public var options: ChartOptions
    public let featureNames: [String]
    /// Each feature's values over the examples drawn (those whose features are all finite).
    let columns: [[Double]]
    /// Each drawn example's class index (nil without classes).
    let labels: [Int]?
    public let classNames: [String]
    /// Each feature's axis, shared by its row and its column.
    let domains: [(lo: Double, hi: Double)]
    /// Examples left out for a NaN or infinite feature.
    public let dropped: Int

    static let view = "PairPlot"
    /// Beyond this many features the panels are too small to read.
    public static let maxFeatures = 8
    /// Scatter panels draw at most this many points (evenly spaced); histograms count every example.
    public static let maxDrawnPoints = 3_000

    public init(_ data: Dataset, title: String? = nil, width: Double? = nil, height: Double? = nil) throws {
        let n = data.count, f = data.featureCount
        guard n > 0 else { throw ModelViewError.empty(view: Self.view, argument: "data", expected: "at least one example") }
        guard f <= Self.maxFeatures else {
            throw ModelViewError.tooLarge(view: Self.view, argument: "data", what: "features", count: f, limit: Self.maxFeatures,
                                          suggestion: "pick at most \(Self.maxFeatures) features, or project them with Embedding(data, method: .pca)")
        }
        let scalars = data.features.scalars
        let kept = (0..<n).filter { i in (0..<f).allSatisfy { scalars[i * f + $0].isFinite } }
        guard !kept.isEmpty else {
            throw ModelViewError.unsuitable(view: Self.view, argument: "data", reason: "has no example whose features are all finite")
        }
        let classes = ClassData.indices(data)
        columns = (0..<f).map { j in kept.map { scalars[$0 * f + j] } }
        labels = classes.map { c in kept.map { c[$0] } }
        classNames = classes == nil ? [] : ClassData.names(data)
        featureNames = (0..<f).map { $0 < data.featureNames.count ? data.featureNames[$0] : "feature \($0)" }
        domains = columns.map { values in
            let lo = values.min() ?? 0, hi = values.max() ?? 1
            return AxisDomain.linear(lo, hi, count: 4, margin: AxisDomain.pointMargin)
        }
        dropped = n - kept.count
        let side = Double(140 * Swift.max(2, f) + 120)
        options = ChartOptions(title: title ?? "Pairs of \(Count.noun(f, "feature"))",
                               width: width ?? Swift.min(800, side + 80), height: height ?? Swift.min(760, side))
    }

    /// The examples the scatter panels draw: all of them, or every k-th past `maxDrawnPoints`.
    var drawnExamples: [Int] {
        let count = columns.first?.count ?? 0
        guard count > Self.maxDrawnPoints else { return Array(0..<count) }
        return (0..<Self.maxDrawnPoints).map { $0 * count / Self.maxDrawnPoints }
    }

    /// Feature `j`'s histogram per class (one series without classes) over `bins` equal bins
    /// spanning its values.
    func histogram(_ j: Int, bins: Int) -> (edges: [Double], counts: [[Int]]) {
        let values = columns[j]
        let lo = values.min() ?? 0, hi = values.max() ?? 1
        let width = hi > lo ? (hi - lo) / Double(bins) : 1
        let edges = (0...bins).map { hi > lo ? lo + Double($0) * width : lo - 0.5 + Double($0) / Double(bins) }
        let groups = Swift.max(1, classNames.count)
        var counts = [[Int]](repeating: [Int](repeating: 0, count: bins), count: groups)
        for (i, v) in values.enumerated() {
            let bin = hi > lo ? Swift.min(bins - 1, Int((v - lo) / width)) : bins / 2
            counts[labels?[i] ?? 0][bin] += 1
        }
        return (edges, counts)
    }

    /// Pearson's correlation of features `a` and `b` (nil when either is constant).
    func correlation(_ a: Int, _ b: Int) -> Double? {
        let x = columns[a], y = columns[b]
        let n = Double(x.count)
        let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in x.indices {
            let dx = x[i] - mx, dy = y[i] - my
            sxy += dx * dy; sxx += dx * dx; syy += dy * dy
        }
        guard sxx > 0, syy > 0 else { return nil }
        return Swift.max(-1, Swift.min(1, sxy / (sxx * syy).squareRoot()))
    }

    /// Histogram bins on the diagonal: √n, between 5 and 20.
    var bins: Int { Swift.max(5, Swift.min(20, Int(Double(columns.first?.count ?? 0).squareRoot()))) }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        PairPlotPicture(chart: self, size: size, measurer: measurer).nodes()
    }

    public func text(columns: Int) -> String {
        PairPlotText.render(self, columns: columns)
    }
}
