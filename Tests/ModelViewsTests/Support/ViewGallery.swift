import Charts
import Foundation
import Learn
@testable import ModelViews
import RenderTestSupport

/// Deterministic models, data and training runs for the view tests. Weights
/// come from a local generator (never the global one, which tests share), and
/// the one `fit` run happens once, under a fixed seed.
enum ViewGallery {
    struct Training: Sendable {
        let model: Sequential
        let history: History
        let data: Dataset
    }

    /// A `sizes[0]-…-sizes.last` MLP with He-scaled normal weights and small biases, ReLU between.
    static func mlp(_ sizes: [Int], seed: UInt64, last: Activation = .identity) throws -> Sequential {
        var rng = SplitMix(state: seed)
        var layers: [any Layer] = []
        for (i, (a, b)) in zip(sizes, sizes.dropFirst()).enumerated() {
            let scale = (2 / Double(a)).squareRoot()
            let weight = try Tensor(shape: [a, b], scalars: (0..<(a * b)).map { _ in rng.normal() * scale })
            let bias = Tensor((0..<b).map { _ in rng.normal() * 0.1 })
            layers.append(try Dense(weight: weight, bias: bias, activation: i == sizes.count - 2 ? last : .relu))
        }
        return Sequential(layers)
    }

    /// A 2-16-16-3 classifier trained for 30 epochs on a 300-point spiral, with validation data.
    static let spiral: Result<Training, any Error> = Result {
        let data = try Dataset.spirals(count: 300, classes: 3, noise: 0.15, seed: 7)
        let (train, test) = try data.split(ratio: 0.8, seed: 3)
        var model = try mlp([2, 16, 16, 3], seed: 11)
        Learn.seed(5)
        let history = try model.fit(train, epochs: 30, batchSize: 16, optimizer: Adam(for: model, learningRate: 0.02),
                                    validation: test)
        return Training(model: model, history: history, data: data)
    }

    static func trained() throws -> Training { try spiral.get() }

    /// Every view, as the goldens record them (built once).
    static func all() throws -> [(name: String, chart: any Chart)] { try gallery.get() }

    static let gallery: Result<[(name: String, chart: any Chart)], any Error> = Result { try build() }

    private static func build() throws -> [(name: String, chart: any Chart)] {
        let t = try trained()
        let names = ["setosa", "versicolor", "virginica"]
        let labelled = try Dataset(features: t.data.features, labels: t.data.labels, classNames: names,
                                   featureNames: ["x₁", "x₂"])
        return [
            ("diagram-layers", try ModelDiagram(t.model, title: "Spiral classifier")),
            ("diagram-neurons", try ModelDiagram(t.model, style: .neurons, inputNames: ["x₁", "x₂"], outputNames: names,
                                                 title: "Every weight")),
            ("loss-curve", try LossCurve(t.history, title: "Training")),
            ("loss-curve-no-validation", try LossCurve(TrainingCurves(loss: t.history.loss), smoothing: 0.3)),
            ("weight-histograms", try WeightHistograms(t.model)),
            ("weight-histograms-untrained", try WeightHistograms(try mlp([2, 16, 16, 3], seed: 2))),
            ("gradient-histograms", try GradientHistograms(t.history, model: t.model)),
            ("decision-boundary", try DecisionBoundary(t.model, labelled, title: "Decision boundary")),
            ("confusion-matrix", try ConfusionMatrix(t.model, labelled)),
            ("activation-heatmap", try ActivationHeatmap(t.model, try t.data.features.gathering(rows: Array(stride(from: 0, to: 300, by: 12))))),
            ("progress", TrainingProgress(epoch: 3, epochs: 20, step: 40, stepsPerEpoch: 94, loss: 0.4123, accuracy: 0.875)),
            ("loss-curve-dark", try LossCurve(t.history, title: "Dark").theme(.dark)),
        ]
    }
}
