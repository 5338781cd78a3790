import Testing
import Prelude
import Script

/// The evaluating and explaining views from cells: SVG + PNG + text, overlays, clear refusals.
@Suite struct EvaluationViewTests {
    static let setup = """
        seed(3)
        let data = Dataset.iris.standardized()
        var model = Sequential {
            Dense(inputSize: 4, outputSize: 8, activation: relu)
            Dense(inputSize: 8, outputSize: 3)
        }
        let history = model.fit(data, epochs: 3, batchSize: 16)
        """

    @Test func curvesAreChartsWithSVGPNGAndText() throws {
        let harness = PreludeHarness()
        _ = try harness.run(Self.setup).get()
        for view in ["ROCCurve(model, data, width: 200, height: 140)", "PrecisionRecallCurve(model, data, width: 200, height: 140)",
                     "ROCCurve(model, data, width: 200, height: 140) + Rule(x: 0.1, label: \"budget\")"] {
            let bundle = try #require(try harness.run(view).get(), "\(view)")
            #expect(bundle.content("image/svg+xml")?.contains("setosa (A") == true, "\(view)")
            #expect(bundle.content("image/png")?.isEmpty == false, "\(view)")
            #expect(bundle.plainText?.contains("setosa") == true, "\(view)")
        }
        for view in ["Attributions(model, data, width: 640, height: 160)", "Attributions(model, data, baseline: .zero, width: 640, height: 160)"] {
            let bundle = try #require(try harness.run(view).get(), "\(view)")
            #expect(bundle.content("image/svg+xml")?.contains("petal") == true, "\(view)")
            #expect(bundle.plainText?.contains("add up to f(x) − f(baseline)") == true, "\(view)")
        }
        for view in ["Embedding(model, data, width: 240, height: 160)", "Embedding(model, data, layer: 0, method: .tsne, width: 240, height: 160)",
                     "Embedding(data, method: .pca, width: 240, height: 160)", "Embedding(data, width: 240, height: 160)"] {
            let bundle = try #require(try harness.run(view).get(), "\(view)")
            #expect(bundle.content("image/svg+xml")?.contains("virginica") == true, "\(view)")
            #expect(bundle.plainText?.contains("vir") == true, "\(view)")
        }
        let pairs = try #require(try harness.run("PairPlot(Dataset.iris, width: 320, height: 300)").get())
        #expect(pairs.content("image/svg+xml")?.contains("versicolor") == true)
        #expect(pairs.plainText?.contains("+0.96") == true, "petal length against petal width, numpy's r 0.9629")
        let text = try #require(try harness.run("ROCCurve(model, data)").get()?.plainText)
        #expect(text.hasPrefix("ROC curve · macro AUC "))
        #expect(text.contains("(as evaluate)"))
    }

    @Test func refusalsNameTheViewAndTheArgument() {
        let harness = PreludeHarness()
        _ = harness.run(Self.setup)
        let cases: [(String, String)] = [
            ("ROCCurve(model, Dataset.moons(count: 20, seed: 1))", "ROCCurve: data must have 4 features, got 2"),
            ("PrecisionRecallCurve(model, Dataset.regression(count: 10, seed: 1))", "PrecisionRecallCurve: data has labels that are not class indices"),
            ("ROCCurve(data, model)", "cannot convert value of type 'Dataset' to expected argument type 'Sequential'"),
            ("ConfusionMatrix(model, data) + ROCCurve(model, data)", "cannot overlay ConfusionMatrix with +"),
            ("Attributions(model, data, baseline: .median)", "'baseline' must be .mean or .zero, got .median"),
            ("Embedding(data, method: .umap)", "'method' must be .pca or .tsne, got .umap"),
            ("Embedding(model, data, layer: 7)", "Embedding: layer is 7, but the model has 2 layers"),
            ("Attributions(model, Dataset.moons(count: 20, seed: 1))", "Attributions: data must have 4 features, got 2"),
            ("PairPlot(Dataset.digits)", "PairPlot: data has 64 features, more than the 8 this view can draw legibly"),
        ]
        for (source, expected) in cases {
            guard case .failure(let error) = harness.run(source) else { Issue.record("expected an error from \(source)"); continue }
            #expect(error.message.contains(expected), "\(source): \(error.message)")
        }
    }
}

/// Runs side by side from cells.
@Suite struct RunComparisonCellTests {
    @Test func twoHistoriesOnOneChartAndWeightsOverEpochs() throws {
        let harness = PreludeHarness()
        _ = try harness.run("""
            seed(2)
            let data = Dataset.moons(count: 60, noise: 0.1, seed: 1)
            var a = Sequential { Dense(inputSize: 2, outputSize: 6, activation: relu); Dense(inputSize: 6, outputSize: 2) }
            var b = a
            let h1 = a.fit(data, epochs: 3, batchSize: 16, optimizer: SGD(for: a, learningRate: 0.1))
            let h2 = b.fit(data, epochs: 4, batchSize: 16)
            """).get()
        let runs = try #require(try harness.run("LossCurve([\"sgd\": h1, \"adam\": h2], width: 240, height: 160)").get())
        #expect(runs.content("image/svg+xml")?.contains(">sgd<") == true)
        #expect(runs.plainText?.contains("adam: loss") == true)
        let weights = try #require(try harness.run("WeightHistograms(h2, width: 240, height: 160)").get())
        #expect(weights.plainText?.contains("epoch 4") == true)
        #expect(try harness.run("LossCurve(h1, width: 240, height: 160)").get()?.plainText?.contains("loss") == true)
        guard case .failure(let error) = harness.run("LossCurve([\"a\": 1])") else { Issue.record("expected an error"); return }
        #expect(error.message.contains("not a History"))
    }
}
