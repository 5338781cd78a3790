import Foundation
import Testing
import Prelude
import Script

/// Models, optimizers and `fit` from cells: accuracy, live displays, seeds, manual loops, errors.
@Suite struct LearnTrainingTests {
    private let setup = """
        seed(7)
        let data = Dataset.blobs(count: 150, centers: 3, std: 0.3, seed: 2)
        let (train, test) = data.split(ratio: 0.8, seed: 1)
        var model = Sequential {
            Dense(inputSize: 2, outputSize: 16, activation: relu)
            Dense(inputSize: 16, outputSize: 3)
        }
        """

    private func text(_ harness: PreludeHarness, _ source: String) throws -> String? {
        try harness.run(source).get()?.plainText
    }

    @Test func fitReachesGoodAccuracyAndShowsLiveViewsUpdatedInPlace() throws {
        let harness = PreludeHarness()
        _ = try harness.run(setup).get()
        _ = try harness.run("let history = model.fit(train, epochs: 15, batchSize: 16, optimizer: Adam(for: model, learningRate: 0.05), validation: test)").get()
        let accuracy = try #require(Double(try text(harness, "model.evaluate(test).accuracy") ?? ""))
        #expect(accuracy >= 0.9)
        #expect(try text(harness, "history.loss.count") == "15")
        #expect(try text(harness, "history.validationAccuracy.count") == "15")
        #expect(try text(harness, "history.weights(layer: 0).count") == "15")
        #expect(try text(harness, "history.gradients(layer: 1)[0].shape") == "[16, 3]")
        let progress = harness.shown.filter { $0.id?.hasSuffix("progress") == true }
        let loss = harness.shown.filter { $0.id?.hasSuffix("loss") == true }
        #expect(!progress.isEmpty && !loss.isEmpty)
        #expect(progress.first?.update == false && loss.first?.update == false)
        #expect(progress.dropFirst().allSatisfy(\.update) && loss.dropFirst().allSatisfy(\.update))
        for shown in [progress.last, loss.last] {
            #expect(shown?.bundle.content("image/svg+xml") != nil)
            #expect(shown?.bundle.content("image/png") != nil)
        }
        #expect(progress.last?.bundle.plainText?.contains("epoch 15/15") == true)
    }

    @Test func seedReproducesInitialisationShufflesAndTraining() throws {
        func run() throws -> String? {
            let harness = PreludeHarness()
            _ = try harness.run(setup).get()
            return try text(harness, "model.fit(train, epochs: 2, batchSize: 8).loss")
        }
        let first = try #require(try run())
        #expect(first == (try run()))
        let other = PreludeHarness()
        _ = try other.run(setup.replacingOccurrences(of: "seed(7)", with: "seed(8)")).get()
        #expect(try text(other, "model.fit(train, epochs: 2, batchSize: 8).loss") != first)
    }

    @Test func handWrittenLoopWithValueWithGradientAndUpdateLearns() throws {
        let harness = PreludeHarness()
        _ = try harness.run(setup).get()
        _ = try harness.run("""
            let scaled = train.standardized()
            let optimizer = SGD(for: model, learningRate: 0.3, momentum: 0.9)
            var losses: [Double] = []
            for epoch in 0..<40 {
                let (loss, grads) = valueWithGradient(at: model) { m in
                    softmaxCrossEntropy(logits: m(scaled.features), labels: scaled.labels)
                }
                optimizer.update(&model, along: grads)
                losses.append(loss)
            }
            """).get()
        let first = try #require(Double(try text(harness, "losses[0]") ?? ""))
        let last = try #require(Double(try text(harness, "losses[39]") ?? ""))
        #expect(last < first * 0.5)
        let accuracy = try #require(Double(try text(harness, "model.evaluate(scaled).accuracy") ?? ""))
        #expect(accuracy >= 0.9)
    }

    @Test func modelMembers() throws {
        let harness = PreludeHarness()
        _ = try harness.run(setup).get()
        #expect(try text(harness, "model.parameterCount") == "99")
        #expect(try text(harness, "model.layers.count") == "2")
        #expect(try text(harness, "model[0].weight.shape") == "[2, 16]")
        #expect(try text(harness, "model[1].bias.shape") == "[3]")
        #expect(try text(harness, "model(Tensor(zeros: [5, 2])).shape") == "[5, 3]")
        #expect(try text(harness, "model.predict(train.features).shape") == "[120]")
        let summary = try #require(try text(harness, "model.summary()"))
        #expect(summary.contains("Dense") && summary.contains("99"))
        #expect(try text(harness, "Sequential { Dense(inputSize: 4, outputSize: 2); Dropout(probability: 0.5); Flatten() }.layers.count") == "3")
    }

    @Test func interruptingFitKeepsTheWeightsReachedAndTheHistorySoFar() throws {
        let harness = PreludeHarness()
        _ = try harness.run(setup + "\nlet before = model[0].weight").get()
        let interpreter = harness.interpreter!
        Thread.detachNewThread {
            Thread.sleep(forTimeInterval: 1)
            interpreter.interrupt()
        }
        _ = try harness.run("let history = model.fit(train, epochs: 100000, batchSize: 16)\nprint(\"after\")").get()
        #expect(harness.stdout.contains("fit interrupted after "))
        #expect(harness.stdout.hasSuffix("after\n"))
        #expect(try text(harness, "history.wasInterrupted") == "true")
        let epochs = try #require(Int(try text(harness, "history.epochs") ?? ""))
        #expect(epochs < 100000)
        #expect(try text(harness, "model[0].weight == before") == "false")
        #expect(harness.shown.contains { $0.id?.hasSuffix("progress") == true })
    }

    @Test func nonFiniteLossStopsWithEpochStepAndAdvice() throws {
        let harness = PreludeHarness()
        _ = try harness.run("""
            let data = Dataset.regression(count: 64, seed: 1)
            var model = Sequential { Dense(inputSize: 1, outputSize: 1) }
            """).get()
        guard case .failure(let error) = harness.run("model.fit(data, epochs: 5, optimizer: SGD(for: model, learningRate: 1e150))") else {
            Issue.record("an exploding loss must stop fit"); return
        }
        #expect(error.message.contains("at epoch "))
        #expect(error.message.contains(", step "))
        #expect(error.message.contains("smaller learning rate"))
        #expect(harness.shown.contains { $0.id?.hasSuffix("progress") == true })
    }

    @Test func badInputIsAnErrorNamingTheArgument() {
        let harness = PreludeHarness()
        _ = harness.run(setup)
        let cases: [(String, String)] = [
            ("Dense(inputSize: 0, outputSize: 2)", "inputSize"),
            ("Dense(inputSize: 2, outputSize: 2, activation: 3)", "activation"),
            ("Dropout(probability: 2)", "probability"),
            ("model.fit(train, epochs: -1)", "epochs"),
            ("model.fit(train, epochs: 1, batchSize: 0)", "batchSize"),
            ("model.fit(42, epochs: 1)", "data"),
            ("Adam(for: model, learningRate: -1)", "learningRate"),
            ("model(Tensor(zeros: [3, 5]))", "5"),
            ("model[7]", "7"),
            ("data.split(ratio: 2)", "ratio"),
            ("Dataset(csv: \"/nonexistent/file.csv\", label: \"y\")", "/nonexistent/file.csv"),
            ("Sequential { 3 }", "layer"),
        ]
        for (source, named) in cases {
            guard case .failure(let error) = harness.run(source) else {
                Issue.record("expected an error from \(source)"); continue
            }
            #expect(error.message.contains(named), "\(source): \(error.message)")
        }
    }
}
