import Charts
import Graphics
import Learn

/// `Embedding(model, data, layer: -2, method: .pca | .tsne)`: what a layer has learned — its
/// activations for every example projected to two dimensions, a dot per example coloured by its
/// class — and `Embedding(data, method:)` for the features themselves. PCA is exact (eigenvectors
/// of the covariance) with each axis's share of the variance; t-SNE is `TSNE`'s, deterministic.
/// The text form is a braille map with each class's name at its centre. A layered chart.
public struct Embedding: LayeredChart {
    public enum Method: String, Sendable, CaseIterable { case pca, tsne }

    public var options: ChartOptions
    /// Two coordinates per example.
    public let points: [Double]
    /// Each example's class index (nil without classes).
    public let labels: [Int]?
    public let classNames: [String]
    public let method: Method
    /// What was projected ("layer 1 · Dense · relu · 16 units", "the 4 features").
    public let source: String
    /// PCA: each axis's share of the variance.
    public let explainedVariance: [Double]?
    /// t-SNE: how it ran.
    public let tsne: TSNE.Result?
    let scatter: ScatterPlot

    static let view = "Embedding"
    /// t-SNE beyond this many examples would take minutes: a subset or PCA is asked for instead.
    public static let maxTSNEExamples = 20_000

    /// The activations of `model`'s layer `layer` (negative: from the end, -1 the output).
    public init(_ model: Sequential, _ data: Dataset, layer: Int = -2, method: Method = .pca, title: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight,
                checkInterrupt: () throws -> Void = {}) throws {
        let count = model.layers.count
        let index = layer < 0 ? count + layer : layer
        guard index >= 0, index < count else {
            throw ModelViewError.unsuitable(view: Self.view, argument: "layer",
                                            reason: "is \(layer), but the model has \(count) layers (0…\(count - 1), or -1…-\(count) from the end)")
        }
        if let inputs = model.inputFeatures, data.features.rank == 2, inputs != data.featureCount {
            throw ModelViewError.featureCount(view: Self.view, argument: "data", expected: inputs, actual: data.featureCount)
        }
        var activations = data.features
        do {
            for step in model.layers.prefix(index + 1) { activations = try step.forward(activations, training: false) }
        } catch {
            throw ModelViewError.unsuitable(view: Self.view, argument: "model", reason: "could not run on the data: \(error)")
        }
        let fact = LayerFacts.of(model)[index]
        let units = activations.scalarCount / Swift.max(1, data.count)
        try self.init(values: activations.scalars, columns: units, data: data, method: method,
                      source: "layer \(index) · \(fact.title) · \(Count.noun(units, "unit"))", title: title,
                      width: width, height: height, checkInterrupt: checkInterrupt)
    }

    /// The dataset's features themselves.
    public init(_ data: Dataset, method: Method = .pca, title: String? = nil, width: Double = ChartOptions.defaultWidth,
                height: Double = ChartOptions.defaultHeight, checkInterrupt: () throws -> Void = {}) throws {
        let columns = data.features.scalarCount / Swift.max(1, data.count)
        try self.init(values: data.features.scalars, columns: columns, data: data, method: method,
                      source: "the " + Count.noun(columns, "feature"), title: title, width: width, height: height,
                      checkInterrupt: checkInterrupt)
    }

    private init(values: [Double], columns: Int, data: Dataset, method: Method, source: String, title: String?,
                 width: Double, height: Double, checkInterrupt: () throws -> Void) throws {
        let rows = data.count
        guard rows >= 3 else {
            throw ModelViewError.empty(view: Self.view, argument: "data", expected: "at least 3 examples to project")
        }
        guard columns >= 2 else {
            throw ModelViewError.unsuitable(view: Self.view, argument: "data",
                                            reason: "has \(columns) value per example; a 2-D projection needs at least 2")
        }
        guard columns <= PrincipalComponents.maxColumns else {
            throw ModelViewError.tooLarge(view: Self.view, argument: "data", what: "values per example", count: columns,
                                          limit: PrincipalComponents.maxColumns, suggestion: "project a narrower layer")
        }
        guard values.allSatisfy(\.isFinite) else {
            throw ModelViewError.unsuitable(view: Self.view, argument: "data", reason: "has NaN or infinite values to project")
        }
        if method == .tsne, rows > Self.maxTSNEExamples {
            throw ModelViewError.tooLarge(view: Self.view, argument: "data", what: "examples", count: rows, limit: Self.maxTSNEExamples,
                                          suggestion: "embed a subset (data.split) or use method: .pca")
        }
        let pca = try PrincipalComponents(values, rows: rows, columns: columns, checkInterrupt: checkInterrupt)
        var projected = pca.project(values, rows: rows).flatMap { $0 }
        var run: TSNE.Result?
        if method == .tsne {
            let first = stride(from: 0, to: projected.count, by: 2).map { projected[$0] }
            let mean = first.reduce(0, +) / Double(rows)
            let std = (first.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(rows)).squareRoot()
            let start = projected.map { std > 0 ? $0 / std * 1e-4 : 0 }
            let result = try TSNE().embed(values, rows: rows, columns: columns, start: start, checkInterrupt: checkInterrupt)
            projected = result.points
            run = result
        }
        let classes = ClassData.indices(data)
        let names = classes.map { _ in ClassData.names(data) } ?? []
        points = projected
        labels = classes
        classNames = names
        self.method = method
        self.source = source
        explainedVariance = method == .pca ? pca.explainedRatio : nil
        tsne = run
        let order = classes.map { c in (0..<rows).sorted { (c[$0], $0) < (c[$1], $1) } } ?? Array(0..<rows)
        let axisNames = method == .pca
            ? pca.explainedRatio.prefix(2).enumerated().map { "PC\($0.offset + 1) (\(LossText.percent($0.element)) of variance)" }
            : ["t-SNE 1", "t-SNE 2"]
        scatter = try ScatterPlot(x: order.map { projected[2 * $0] }, y: order.map { projected[2 * $0 + 1] },
                                  labels: classes.map { c in order.map { names[c[$0]] } },
                                  xLabel: axisNames[0], yLabel: axisNames.count > 1 ? axisNames[1] : nil)
        options = ChartOptions(title: title ?? "\(method == .pca ? "PCA" : "t-SNE") of \(source)", xLabel: axisNames[0],
                               yLabel: axisNames.count > 1 ? axisNames[1] : nil, width: width, height: height)
    }

    public var layers: [ChartLayer] { scatter.layers }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        layeredNodes(size: size, measurer: measurer)
    }

    public func text(columns: Int) -> String {
        EmbeddingText.render(self, columns: columns)
    }
}
