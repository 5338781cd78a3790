import Foundation
import Testing
import Prelude
import Script

/// The image views from cells: each shows SVG, PNG and text; bad input is a cell error.
@Suite struct LearnImageViewTests {
    @Test func everyImageViewDisplaysFromACell() throws {
        let harness = PreludeHarness()
        _ = try harness.run("""
            seed(5)
            let (train, test) = Dataset.digits.split(ratio: 0.8, seed: 0)
            var model = Sequential {
                Conv2D(filterShape: (3, 3, 1, 4), padding: .same, activation: relu)
                MaxPool2D(poolSize: (2, 2))
                Flatten()
                Dense(inputSize: 64, outputSize: 10)
            }
            let history = model.fit(train, epochs: 1, batchSize: 64)
            let image = test.features[0]
            """).get()
        for view in ["ImageGrid(train, count: 8)", "ImageGrid(images: test.features[0..<4], labels: [\"a\", \"b\", \"c\", \"d\"])",
                     "Predictions(model, test, count: 8)", "Misclassified(model, test)", "Filters(model, layer: 0)",
                     "FeatureMaps(model, image, layer: 1)", "Saliency(model, image)", "Saliency(model, image, method: .gradCAM)",
                     "Saliency(model, image, method: .integratedGradients, title: \"IG\")"] {
            let bundle = try #require(try harness.run(view).get(), "\(view)")
            #expect(bundle.content("image/svg+xml") != nil && bundle.content("image/png") != nil, "\(view)")
            #expect(bundle.plainText?.isEmpty == false, "\(view)")
        }
        guard case .failure(let error) = harness.run("Saliency(model, Tensor(zeros: [28, 28, 1]))") else {
            Issue.record("a wrong-size image was not an error"); return
        }
        #expect(error.message == "Saliency: image has shape [28, 28, 1] but the model takes images of shape [8, 8, 1]")
        guard case .failure(let methodError) = harness.run("Saliency(model, image, method: .occlusion)") else {
            Issue.record("an unknown method was not an error"); return
        }
        #expect(methodError.message.contains(".gradient, .integratedGradients, .gradCAM"))
    }
}
