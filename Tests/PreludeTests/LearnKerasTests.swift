import Testing
import Prelude
import Script

/// Models written as Keras users write them (LANGUAGE.md 8a), from cells: a sigmoid binary
/// classifier whose every figure agrees, a final softmax, the `loss:` override, data from tensors.
@Suite struct LearnKerasTests {
    private func text(_ harness: PreludeHarness, _ source: String) throws -> String? {
        try harness.run(source).get()?.plainText
    }

    private func number(_ harness: PreludeHarness, _ source: String) throws -> Double {
        try #require(Double(try text(harness, source) ?? ""), "\(source)")
    }

    @Test func aSigmoidBinaryClassifiersFiguresAllAgree() throws {
        let harness = PreludeHarness()
        _ = try harness.run("""
            seed(1)
            let (train, test) = Dataset.circles(count: 400, noise: 0.05, seed: 3).split(ratio: 0.75, seed: 1)
            var model = Sequential {
                Dense(inputSize: 2, outputSize: 64, activation: relu)
                Dense(inputSize: 64, outputSize: 1, activation: sigmoid)
            }
            let history = model.fit(train, epochs: 40, batchSize: 32, optimizer: Adam(for: model, learningRate: 0.01), validation: test)
            let predicted = model.predict(test.features).scalars
            var correct = 0
            for (p, y) in zip(predicted, test.labels.scalars) where p == y { correct += 1 }
            let matrix = ConfusionMatrix(model, test)
            """).get()
        let evaluated = try number(harness, "model.evaluate(test).accuracy")
        #expect(evaluated > 0.95)
        #expect(try number(harness, "history.validationAccuracy.last!") == evaluated)
        #expect(try number(harness, "Double(correct) / Double(test.count)") == evaluated)
        #expect(try number(harness, "model.report(test).accuracy") == evaluated)
        let percent = (evaluated * 1000).rounded() / 10
        let title = try #require(try text(harness, "matrix"))
        #expect(title.contains("accuracy \(percent)%") || title.contains("accuracy \(Int(percent))%"), "\(title.prefix(80))")
        #expect(try text(harness, "[predicted.contains(0), predicted.contains(1), predicted.allSatisfy { $0 == 0 || $0 == 1 }]") == "[true, true, true]")
        #expect(try text(harness, "model.predictProbabilities(test.features).shape") == "[100]")
    }

    @Test func theLossArgumentAndDataFromTensors() throws {
        let harness = PreludeHarness()
        _ = try harness.run("""
            seed(2)
            let x = Tensor(randomNormal: [64, 3])
            let data = Dataset(features: x, labels: x.sum(squeezingAxes: 1), task: .regression)
            var model = Sequential { Dense(inputSize: 3, outputSize: 1) }
            let history = model.fit(data, epochs: 3, batchSize: 16, optimizer: SGD(for: model, learningRate: 0.01), loss: .meanAbsoluteError)
            """).get()
        let loss = try number(harness, "model.evaluate(data).loss")
        #expect(try number(harness, "meanAbsoluteError(predicted: model(x), expected: data.labels).scalarized()") == loss)
        #expect(try text(harness, "model.evaluate(data).accuracy") == "nan")
        #expect(try text(harness, "Dataset(features: x, labels: Tensor([0, 2, 1] + Array(repeating: 0, count: 61))).classNames")
                    == #"["0", "1", "2"]"#)
        let error = try #require(harness.run("model.fit(data, loss: .hinge)").failure)
        #expect(error.message.contains("'loss' must be one of .softmaxCrossEntropy, .sigmoidCrossEntropy, .meanSquaredError, .meanAbsoluteError, got '.hinge'"))
        let probabilities = try #require(harness.run("model.predictProbabilities(x)").failure)
        #expect(probabilities.message.contains("no class probabilities"))
    }

    @Test func aModelSavedInACellLoadsBackWithTheSameOutputs() throws {
        let harness = PreludeHarness()
        let path = "/tmp/loupe-prelude-\(UInt64.random(in: 0...UInt64.max)).safetensors"
        _ = try harness.run("""
            seed(4)
            var model = Sequential {
                Conv2D(filterShape: (3, 3, 1, 2), padding: .same, activation: relu)
                BatchNorm(featureCount: 2)
                MaxPool2D(poolSize: (2, 2))
                Flatten()
                Dense(inputSize: 32, outputSize: 3, activation: softmax)
            }
            let images = Tensor(randomNormal: [5, 8, 8, 1])
            model.save(to: "\(path)")
            let loaded = Sequential(contentsOf: "\(path)")
            """).get()
        #expect(try text(harness, "loaded(images).scalars == model(images).scalars") == "true")
        #expect(try text(harness, "loaded") == (try text(harness, "model")))
        let missing = try #require(harness.run("Sequential(contentsOf: \"/nonexistent/m.safetensors\")").failure)
        #expect(missing.message.contains("/nonexistent/m.safetensors: no such file"))
    }

    @Test func aFinalSoftmaxInAHandWrittenLoopIsNotAppliedTwice() throws {
        let harness = PreludeHarness()
        _ = try harness.run("""
            seed(3)
            var model = Sequential { Dense(inputSize: 2, outputSize: 3, activation: softmax) }
            let x = Tensor([[0.5, -1.0], [1.5, 0.25]])
            let y = Tensor([2, 0])
            """).get()
        let fused = try number(harness, "softmaxCrossEntropy(logits: model(x), labels: y).scalarized()")
        let byHand = try number(harness, "softmaxCrossEntropy(logits: x • model[0].weight + model[0].bias, labels: y).scalarized()")
        #expect(fused == byHand)
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
