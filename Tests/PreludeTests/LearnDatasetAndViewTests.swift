import Foundation
import Testing
import Prelude
import Script

/// Datasets from cells, and the model views as charts (SVG + PNG + text).
@Suite struct LearnDatasetAndViewTests {
    private func text(_ harness: PreludeHarness, _ source: String) throws -> String? {
        try harness.run(source).get()?.plainText
    }

    @Test func generatorsAndMembers() throws {
        let harness = PreludeHarness()
        #expect(try text(harness, "Dataset.moons(count: 100, noise: 0.1, seed: 1).features.shape") == "[100, 2]")
        #expect(try text(harness, "Dataset.circles(count: 50, noise: 0.05, factor: 0.5, seed: 1).count") == "50")
        #expect(try text(harness, "Dataset.blobs(count: 60, centers: 4, std: 1.0, seed: 1).classNames.count") == "4")
        #expect(try text(harness, "Dataset.spirals(count: 90, classes: 3, noise: 0.2, seed: 1).labels.shape") == "[90]")
        #expect(try text(harness, "Dataset.xor(count: 40, noise: 0.1, seed: 1).count") == "40")
        #expect(try text(harness, "Dataset.regression(count: 30, noise: 0.1, seed: 1).features.shape") == "[30, 1]")
        #expect(try text(harness, "Dataset.iris.count") == "150")
        #expect(try text(harness, "Dataset.iris.featureNames.count") == "4")
        #expect(try text(harness, "Dataset.iris.split(ratio: 0.8, seed: 1).train.count") == "120")
        #expect(try text(harness, "Dataset.iris.batches(size: 32).count") == "5")
        let mean = try #require(Double(try text(harness, "Dataset.iris.standardized().features.mean().scalarized()") ?? ""))
        #expect(abs(mean) < 1e-9)
    }

    @Test func seededGeneratorsRepeatAndUnseededOnesFollowTheCellSeed() throws {
        let harness = PreludeHarness()
        let a = try text(harness, "Dataset.moons(count: 5, seed: 3).features.scalars")
        let b = try text(harness, "Dataset.moons(count: 5, seed: 3).features.scalars")
        #expect(a == b)
        let c = try text(harness, "seed(1)\nDataset.moons(count: 5).features.scalars")
        let d = try text(harness, "seed(1)\nDataset.moons(count: 5).features.scalars")
        let e = try text(harness, "Dataset.moons(count: 5).features.scalars")
        #expect(c == d)
        #expect(c != e)
    }

    @Test func csvDatasetFromAFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("loupe-learn-\(UUID().uuidString).csv").path
        try "a,b,species\n1,2,x\n3,4,y\n5,6,x\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let harness = PreludeHarness()
        #expect(try text(harness, "Dataset(csv: \"\(path)\", label: \"species\").classNames") == "[\"x\", \"y\"]")
        guard case .failure(let error) = harness.run("Dataset(csv: \"\(path)\", label: \"nope\")") else {
            Issue.record("a missing label column must be an error"); return
        }
        #expect(error.message.contains("nope"))
    }

    @Test func everyModelViewIsAChartWithSVGPNGAndText() throws {
        let harness = PreludeHarness()
        _ = try harness.run("""
            seed(1)
            let data = Dataset.moons(count: 80, noise: 0.1, seed: 1)
            var model = Sequential {
                Dense(inputSize: 2, outputSize: 8, activation: tanh)
                Dense(inputSize: 8, outputSize: 2)
            }
            let history = model.fit(data, epochs: 3, batchSize: 16)
            """).get()
        // Small canvases: the debug-build rasterizer takes seconds for a full-size chart.
        let size = "width: 160, height: 120"
        let views = [
            "NetworkDiagram(model, \(size))", "NetworkDiagram(model, style: .neurons, \(size))", "LossCurve(history, \(size))",
            "WeightHistograms(model, \(size))", "GradientHistograms(history, \(size))", "DecisionBoundary(model, data, \(size))",
            "ConfusionMatrix(model, data, \(size))", "ActivationHeatmap(model, data.features[0..<10], \(size))",
            "ScatterPlot(data, \(size))",
        ]
        for view in views {
            let bundle = try #require(try harness.run(view).get(), "\(view)")
            #expect(bundle.content("image/svg+xml")?.hasPrefix("<svg") == true, "\(view)")
            #expect(bundle.content("image/png")?.isEmpty == false, "\(view)")
            #expect(bundle.plainText?.isEmpty == false, "\(view)")
            #expect(bundle.pngSize?.width == 160 && bundle.pngSize?.height == 120, "\(view)")
        }
        let small = try #require(try harness.run("LossCurve(history, title: \"Loss\", width: 200, height: 100)").get())
        #expect(small.pngSize?.width == 200 && small.pngSize?.height == 100)
        #expect(small.content("image/svg+xml")?.contains("Loss") == true)
    }

    @Test func viewsRejectUnsuitableInputWithClearErrors() {
        let harness = PreludeHarness()
        _ = harness.run("""
            let iris = Dataset.iris
            var model = Sequential { Dense(inputSize: 4, outputSize: 3) }
            """)
        let cases: [(String, String)] = [
            ("DecisionBoundary(model, iris)", "data"),
            ("NetworkDiagram(model, style: .circles)", "style"),
            ("NetworkDiagram(42)", "model"),
            ("ScatterPlot(Dataset.regression(count: 10, seed: 1))", "2 features"),
        ]
        for (source, named) in cases {
            guard case .failure(let error) = harness.run(source) else {
                Issue.record("expected an error from \(source)"); continue
            }
            #expect(error.message.contains(named), "\(source): \(error.message)")
        }
    }
}
