import Charts
import Foundation
import Learn
@testable import ModelViews

/// A small CNN and an MLP trained once on part of the bundled digits, under
/// a fixed seed, and every image view of them, as the goldens record them.
enum ImageViewGallery {
    struct Trained: Sendable {
        let cnn: Sequential
        let mlp: Sequential
        let train: Dataset
        let test: Dataset
    }

    static let trained: Result<Trained, any Error> = Result {
        let digits = try Dataset.digits
        let (train, test) = try digits.split(ratio: 0.5, seed: 2)
        Learn.seed(4)
        var cnn = try Sequential {
            try Conv2D(filterShape: (3, 3, 1, 8), padding: .same, activation: .relu)
            try MaxPool2D(poolSize: (2, 2), strides: (2, 2))
            try Conv2D(filterShape: (3, 3, 8, 8), padding: .same, activation: .relu)
            try MaxPool2D(poolSize: (2, 2), strides: (2, 2))
            Flatten()
            try Dense(inputSize: 32, outputSize: 10)
        }
        _ = try cnn.fit(train, epochs: 4, batchSize: 32, optimizer: SGD(for: cnn, learningRate: 0.05, momentum: 0.9))
        var mlp = try Sequential {
            Flatten()
            try Dense(inputSize: 64, outputSize: 16, activation: .relu)
            try Dense(inputSize: 16, outputSize: 10)
        }
        _ = try mlp.fit(train, epochs: 4, batchSize: 32, optimizer: Adam(for: mlp, learningRate: 0.01))
        return Trained(cnn: cnn, mlp: mlp, train: train, test: test)
    }

    static let gallery: Result<[(name: String, chart: any Chart)], any Error> = Result {
        let t = try trained.get()
        let image = try t.test.features[0]
        return [
            ("image-grid", try ImageGrid(t.train, count: 16)),
            ("predictions", try Predictions(t.cnn, t.test, count: 16)),
            ("misclassified", try Misclassified.view(t.cnn, t.test, count: 12)),
            ("filters-conv", try Filters(t.cnn, layer: 0)),
            ("filters-conv-channels", try Filters(t.cnn, layer: 2)),
            ("filters-dense", try Filters(t.mlp, layer: 1)),
            ("feature-maps", try FeatureMaps(t.cnn, image, layer: 0)),
            ("saliency-gradient", try Saliency(t.cnn, image, method: .gradient)),
            ("saliency-integrated", try Saliency(t.cnn, image, method: .integratedGradients)),
            ("saliency-gradcam", try Saliency(t.cnn, image, method: .gradCAM).theme(.dark)),
        ]
    }

    static func all() throws -> [(name: String, chart: any Chart)] { try gallery.get() }
    static var names: [String] { (try? all().map(\.name)) ?? [] }
}
