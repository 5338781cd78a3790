import Charts
import Learn
import Testing
@testable import ModelViews

/// `PairPlot(data)`: what it counts and correlates is the data's own, checked against numpy;
/// shared axes per feature; the limits and refusals.
@Suite struct PairPlotTests {
    /// `numpy.corrcoef(load_iris().data.T)` (scikit-learn 1.x, numpy 2.x).
    static let irisCorrelations: [[Double]] = [
        [1, -0.11756978413300205, 0.8717537758865829, 0.817941126271576],
        [-0.11756978413300205, 1, -0.42844010433054014, -0.36612593253643955],
        [0.8717537758865829, -0.4284401043305401, 1, 0.9628654314027958],
        [0.817941126271576, -0.3661259325364395, 0.9628654314027958, 1],
    ]

    @Test func correlationsEqualNumpys() throws {
        let plot = try PairPlot(try Dataset.iris)
        for a in 0..<4 {
            for b in 0..<4 where a != b {
                let r = try #require(plot.correlation(a, b))
                #expect(abs(r - Self.irisCorrelations[a][b]) < 1e-12, "r(\(a), \(b)) = \(r)")
            }
        }
        #expect(plot.text().contains("+0.87") && plot.text().contains("−0.43"))
    }

    @Test func histogramsCountEveryExampleOfEachClass() throws {
        let data = try Dataset.iris
        let plot = try PairPlot(data)
        #expect(plot.featureNames == data.featureNames && plot.classNames == ["setosa", "versicolor", "virginica"])
        for j in 0..<4 {
            let (edges, counts) = plot.histogram(j, bins: plot.bins)
            #expect(counts.map { $0.reduce(0, +) } == [50, 50, 50])
            let column = (0..<150).map { data.features.scalars[$0 * 4 + j] }
            #expect(edges.first == column.min() && edges.last == column.max())
            // Every value falls in the bin whose edges hold it (the last bin closed).
            for v in column {
                let bin = try #require(edges.indices.dropLast().last { edges[$0] <= v })
                #expect(bin < edges.count - 1)
            }
        }
    }

    @Test func eachFeatureHasOneAxisCoveringItsData() throws {
        let plot = try PairPlot(try Dataset.iris)
        for (j, domain) in plot.domains.enumerated() {
            let lo = plot.columns[j].min() ?? 0, hi = plot.columns[j].max() ?? 0
            #expect(domain.lo < lo && domain.hi > hi, "feature \(j): \(domain) around \(lo)…\(hi)")
            #expect((hi - lo) / (domain.hi - domain.lo) >= 0.9, "feature \(j): the data fill at least 90% of the axis")
        }
    }

    @Test func limitsAndRefusals() throws {
        let wide = try Dataset(features: try Tensor(shape: [3, 9], scalars: (0..<27).map(Double.init)), labels: Tensor([0, 1, 0]))
        #expect(throws: ModelViewError.tooLarge(view: "PairPlot", argument: "data", what: "features", count: 9, limit: 8,
                                                suggestion: "pick at most 8 features, or project them with Embedding(data, method: .pca)")) {
            try PairPlot(wide)
        }
        let gaps = try Dataset(features: try Tensor(shape: [3, 2], scalars: [1, 2, .nan, 4, 5, 6]), labels: Tensor([0, 1, 1]))
        let plot = try PairPlot(gaps)
        #expect(plot.dropped == 1 && plot.columns == [[1, 5], [2, 6]])
        #expect(plot.text().contains("1 example with NaN or infinite features left out"))
        let allNaN = try Dataset(features: try Tensor(shape: [1, 2], scalars: [.nan, 1]), labels: Tensor([0]))
        #expect(throws: ModelViewError.unsuitable(view: "PairPlot", argument: "data", reason: "has no example whose features are all finite")) {
            try PairPlot(allNaN)
        }
        let regression = try Dataset(features: try Tensor(shape: [4, 2], scalars: [1, 2, 3, 4, 5, 6, 7, 8]), labels: Tensor([0.5, 1.5, 2, 3]))
        let plain = try PairPlot(regression)
        #expect(plain.labels == nil && plain.classNames.isEmpty)
    }

    @Test func manyExamplesDrawAnEvenSubsetAndSaySo() throws {
        let n = 7_000
        let data = try Dataset(features: try Tensor(shape: [n, 2], scalars: (0..<2 * n).map { Double($0 % 97) }),
                               labels: Tensor((0..<n).map { Double($0 % 2) }))
        let plot = try PairPlot(data)
        #expect(plot.drawnExamples.count == PairPlot.maxDrawnPoints && plot.drawnExamples.first == 0)
        #expect(plot.histogram(0, bins: 10).counts.map { $0.reduce(0, +) } == [3_500, 3_500])
    }
}
