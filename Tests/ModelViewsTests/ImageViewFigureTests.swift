import Charts
import Foundation
import Learn
import Testing
@testable import ModelViews

/// The numbers behind the image views: what they show is the model's own
/// weights, activations, predictions and gradients.
@Suite struct ImageViewFigureTests {
    func trained() throws -> ImageViewGallery.Trained { try ImageViewGallery.trained.get() }

    @Test func predictionsAndMisclassifiedAgreeWithTheConfusionMatrix() throws {
        let t = try trained()
        let matrix = try ConfusionMatrix(t.cnn, t.test)
        let correct = matrix.counts.indices.reduce(0) { $0 + matrix.counts[$1][$1] }
        let misclassified = try Misclassified.view(t.cnn, t.test, count: 256)
        #expect(misclassified.wrongCount == t.test.count - correct)
        #expect(misclassified.imageCount == Swift.min(256, misclassified.wrongCount))
        #expect(misclassified.tiles.allSatisfy { $0.isMarked })
        let predictions = try Predictions(t.cnn, t.test, count: 40)
        let firstForty = try ConfusionMatrix(t.cnn, t.test.subset(Array(0..<40)))
        let right = firstForty.counts.indices.reduce(0) { $0 + firstForty.counts[$1][$1] }
        #expect(predictions.wrongCount == 40 - right)
        #expect(predictions.tiles.filter(\.isMarked).count == predictions.wrongCount)
        let names = t.test.classNames
        for (index, tile) in predictions.tiles.enumerated() {
            #expect(tile.caption.last == "true \(names[Int(t.test.labels.scalars[index])])")
        }
    }

    @Test func filtersShowTheWeights() throws {
        let t = try trained()
        let conv = try #require(t.cnn.layers[0] as? Conv2D)
        let filters = try Filters(t.cnn, layer: 0)
        #expect(filters.imageCount == 8)
        for unit in 0..<8 {
            let expected = (0..<9).map { conv.filter.scalars[$0 * 8 + unit] }
            #expect(filters.tiles[unit].values == expected && filters.tiles[unit].width == 3)
        }
        let limit = conv.filter.scalars.map(abs).max() ?? 0
        #expect(filters.scale == .diverging(limit: limit))
        let dense = try #require(t.mlp.layers[1] as? Dense)
        let weights = try Filters(t.mlp, layer: 1)
        #expect(weights.imageCount == 16 && weights.tiles[0].width == 8 && weights.tiles[0].height == 8)
        #expect(weights.tiles[5].values == (0..<64).map { dense.weight.scalars[$0 * 16 + 5] })
        let channels = try Filters(t.cnn, layer: 2)
        #expect(channels.imageCount == 64 && channels.columns == 8)
    }

    @Test func featureMapsShowTheLayersOutput() throws {
        let t = try trained()
        let image = try t.test.features[3]
        let maps = try FeatureMaps(t.cnn, image, layer: 1)
        let output = try Sequential(Array(t.cnn.layers[0...1]))(image.reshaped(to: [1, 8, 8, 1]))
        #expect(maps.channelCount == 8)
        for channel in 0..<8 {
            #expect(maps.tiles[channel].values == (0..<16).map { output.scalars[$0 * 8 + channel] })
        }
    }

    /// A tiny model whose saliency can be worked out by hand.
    func tinyModel() throws -> Sequential {
        let filter = try Tensor(shape: [2, 2, 1, 2], scalars: [0.5, -0.3, 0.2, 0.8, -0.4, 0.1, 0.7, -0.6])
        return Sequential([
            try Conv2D(filter: filter, bias: Tensor([0.1, -0.05]), activation: .tanh),
            GlobalAvgPool2D(),
            try Dense(weight: Tensor([[1.5, -0.7, 0.2], [-0.4, 0.9, 1.1]]), bias: Tensor([0, 0.1, -0.1])),
        ])
    }

    @Test func gradientSaliencyIsTheScoresGradient() throws {
        let model = try tinyModel()
        let image = try Tensor(shape: [1, 4, 4, 1], scalars: (0..<16).map { Double(($0 * 7) % 11) / 10 })
        let target = 1
        let scores = try SaliencyMaps.pixelScores(.gradient, model: model, image: image, shape: (4, 4, 1), target: target)
        for pixel in 0..<16 {
            var plus = image.scalars, minus = image.scalars
            plus[pixel] += 1e-6
            minus[pixel] -= 1e-6
            let up = try model(Tensor(shape: [1, 4, 4, 1], scalars: plus)).scalars[target]
            let down = try model(Tensor(shape: [1, 4, 4, 1], scalars: minus)).scalars[target]
            #expect(abs(scores[pixel] - abs(up - down) / 2e-6) < 1e-6)
        }
    }

    @Test func integratedGradientsAddUpToTheScoreChange() throws {
        let model = try tinyModel()
        let image = try Tensor(shape: [1, 4, 4, 1], scalars: (0..<16).map { Double(($0 * 5) % 9) / 8 })
        let attributions = try SaliencyMaps.pixelScores(.integratedGradients, model: model, image: image, shape: (4, 4, 1), target: 2)
        let change = try model(image).scalars[2] - model(Tensor(zeros: [1, 4, 4, 1])).scalars[2]
        #expect(abs(attributions.reduce(0, +) - change) < 1e-3 * Swift.max(1, abs(change)))
    }

    @Test func gradCAMWeighsTheLastMapsByTheirMeanGradient() throws {
        let model = try tinyModel()
        let image = try Tensor(shape: [1, 4, 4, 1], scalars: (0..<16).map { Double(($0 * 3) % 7) / 6 })
        let cam = try SaliencyMaps.pixelScores(.gradCAM, model: model, image: image, shape: (4, 4, 1), target: 0)
        // Maps A (3 × 3 × 2, valid padding) feed a global average then Dense: the score's gradient
        // with respect to A[i, j, k] is weight[k][0] / 9 everywhere, so α_k = weight[k][0] / 9.
        let maps = try model.layers[0](image)
        let alpha = [1.5 / 9, -0.4 / 9]
        let expected = (0..<9).map { pixel in Swift.max(0, alpha[0] * maps.scalars[pixel * 2] + alpha[1] * maps.scalars[pixel * 2 + 1]) }
        let upsampled = SaliencyMaps.upsampled(expected, from: (3, 3), to: (4, 4))
        for (a, b) in zip(cam, upsampled) { #expect(abs(a - b) < 1e-12) }
        #expect(SaliencyMaps.upsampled([1, 2, 3, 4], from: (2, 2), to: (2, 2)) == [1, 2, 3, 4])
        #expect(SaliencyMaps.upsampled([0, 4], from: (1, 2), to: (1, 4)) == [0, 1, 3, 4])
    }

    @Test func badArgumentsNameWhatIsWrong() throws {
        let t = try trained()
        func failure(_ body: () throws -> any Chart) -> String {
            do { _ = try body(); return "drawn" } catch { return String(describing: error) }
        }
        #expect(failure { try Saliency(t.cnn, Tensor(zeros: [28, 28, 1])) }
                == "Saliency: image has shape [28, 28, 1] but the model takes images of shape [8, 8, 1]")
        #expect(failure { try FeatureMaps(t.cnn, Tensor(zeros: [8, 8, 1]), layer: 5) }.contains("(Dense) outputs [10] per image, not feature maps"))
        #expect(failure { try Filters(t.cnn, layer: 1) }.contains("is a MaxPool2D layer, which has no weights"))
        #expect(failure { try Filters(t.cnn, layer: 9) }.contains("9 is not a layer index"))
        #expect(failure { try Saliency(t.mlp, Tensor(zeros: [8, 8, 1]), method: .gradCAM) }.contains("use method: .gradient"))
        let tabular = try Dataset.blobs(count: 20, centers: 2, seed: 1)
        #expect(failure { try ImageGrid(tabular) }.contains("has examples of shape [2], not images"))
        #expect(failure { try ImageGrid(t.test, count: 0) } == "ImageGrid: count must be between 1 and 256, got 0")
        #expect(failure { try Predictions(t.cnn, try Dataset.regression(count: 9, seed: 1)) }.contains("not images"))
    }
}
