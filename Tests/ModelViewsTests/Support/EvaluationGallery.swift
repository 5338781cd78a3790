import Charts
import Learn
@testable import ModelViews

/// Trained classifiers and the evaluation views the goldens record. Training draws from an
/// isolated generator, so tests running beside it cannot change the weights.
enum EvaluationGallery {
    struct Trained: Sendable {
        let model: Sequential
        let data: Dataset
    }

    /// A 4-16-3 ReLU classifier trained on standardized iris (25 epochs of Adam).
    static let iris: Result<Trained, any Error> = Result {
        let data = try Dataset.iris.standardized()
        var model = try ViewGallery.mlp([4, 16, 3], seed: 31)
        _ = try RandomState.withIsolatedGlobal(seed: 7) {
            try model.fit(data, epochs: 25, batchSize: 16, optimizer: Adam(for: model, learningRate: 0.01))
        }
        return Trained(model: model, data: data)
    }

    /// Iris by its sepals alone (length and width), where versicolor and virginica overlap: a
    /// 2-16-3 classifier with curves that are not all in the corner.
    static let sepals: Result<Trained, any Error> = Result {
        let iris = try Dataset.iris.standardized()
        let columns = iris.features.scalars.enumerated().filter { $0.offset % 4 < 2 }.map(\.element)
        let data = try Dataset(features: try Tensor(shape: [iris.count, 2], scalars: columns), labels: iris.labels,
                               classNames: iris.classNames, featureNames: Array(iris.featureNames.prefix(2)))
        var model = try ViewGallery.mlp([2, 16, 3], seed: 31)
        _ = try RandomState.withIsolatedGlobal(seed: 7) {
            try model.fit(data, epochs: 25, batchSize: 16, optimizer: Adam(for: model, learningRate: 0.01))
        }
        return Trained(model: model, data: data)
    }

    /// A 2-16-2 classifier trained on noisy moons (two classes).
    static let moons: Result<Trained, any Error> = Result {
        let data = try Dataset.moons(count: 300, noise: 0.3, seed: 4)
        var model = try ViewGallery.mlp([2, 16, 2], seed: 32)
        _ = try RandomState.withIsolatedGlobal(seed: 8) {
            try model.fit(data, epochs: 15, batchSize: 32, optimizer: Adam(for: model, learningRate: 0.02))
        }
        return Trained(model: model, data: data)
    }

    /// The gallery's spiral run with Adam, and the same model trained with SGD.
    static let runs: Result<[RunComparison.Run], any Error> = Result {
        let adam = try ViewGallery.trained()
        let (train, test) = try adam.data.split(ratio: 0.8, seed: 3)
        var model = try ViewGallery.mlp([2, 16, 16, 3], seed: 11)
        let sgd = try RandomState.withIsolatedGlobal(seed: 5) {
            try model.fit(train, epochs: 30, batchSize: 16, optimizer: SGD(for: model, learningRate: 0.1), validation: test)
        }
        return [RunComparison.Run(name: "adam", curves: TrainingCurves(adam.history)),
                RunComparison.Run(name: "sgd", curves: TrainingCurves(sgd))]
    }

    static func all() throws -> [(name: String, chart: any Chart)] {
        let sepals = try self.sepals.get(), moons = try self.moons.get()
        return [
            ("roc-iris-sepals", try ROCCurve(sepals.model, sepals.data)),
            ("precision-recall-iris-sepals", try PrecisionRecallCurve(sepals.model, sepals.data)),
            ("roc-moons", try ROCCurve(moons.model, moons.data, title: "Moons")),
            ("precision-recall-moons-dark", try PrecisionRecallCurve(moons.model, moons.data).theme(.dark)),
            ("attributions-iris", try Attributions(try iris.get().model, try iris.get().data)),
            ("embedding-iris-pca", try Embedding(try iris.get().model, try iris.get().data)),
            ("embedding-iris-tsne", try Embedding(try iris.get().data, method: .tsne)),
            ("loss-curve-runs", try RunComparison(try runs.get())),
            ("pair-plot-iris", try PairPlot(try Dataset.iris)),
            ("weight-histograms-history", try WeightHistory(try ViewGallery.trained().history, model: try ViewGallery.trained().model)),
        ]
    }

    static var names: [String] { (try? all().map(\.name)) ?? [] }
}
