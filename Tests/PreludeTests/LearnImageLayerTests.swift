import Foundation
import Testing
import Prelude
import Script

/// Image layers from cells: a CNN on the digits with fit's live views, its
/// summary and diagram, interrupting, layer members and bad input.
@Suite struct LearnImageLayerTests {
    private let setup = """
        seed(3)
        let (train, test) = Dataset.digits.split(ratio: 0.8, seed: 0)
        var model = Sequential {
            Conv2D(filterShape: (3, 3, 1, 8), padding: .same, activation: relu)
            MaxPool2D(poolSize: (2, 2), strides: (2, 2))
            Conv2D(filterShape: (3, 3, 8, 16), padding: .same, activation: relu)
            MaxPool2D(poolSize: (2, 2), strides: (2, 2))
            Flatten()
            Dense(inputSize: 64, outputSize: 10)
        }
        """

    private func text(_ harness: PreludeHarness, _ source: String) throws -> String? {
        try harness.run(source).get()?.plainText
    }

    private func failure(_ harness: PreludeHarness, _ source: String) -> String {
        if case .failure(let error) = harness.run(source) { return error.message }
        return "no error"
    }

    @Test func cnnOnTheDigitsLearnsWithLiveViewsAndShowsItsShapes() throws {
        let harness = PreludeHarness()
        _ = try harness.run(setup).get()
        _ = try harness.run("let history = model.fit(train, epochs: 4, batchSize: 32, optimizer: SGD(for: model, learningRate: 0.05, momentum: 0.9), validation: test)").get()
        let accuracy = try #require(Double(try text(harness, "model.evaluate(test).accuracy") ?? ""))
        #expect(accuracy >= 0.9)
        let progress = harness.shown.filter { $0.id?.hasSuffix("progress") == true }
        let loss = harness.shown.filter { $0.id?.hasSuffix("loss") == true }
        #expect(!progress.isEmpty && !loss.isEmpty && progress.dropFirst().allSatisfy(\.update))
        #expect(progress.last?.bundle.plainText?.contains("epoch 4/4") == true)
        let summary = try #require(try text(harness, "model.summary()"))
        for row in ["0 Conv2D      [?, 8, 8, 8]", "1 MaxPool2D   [?, 4, 4, 8]", "2 Conv2D      [?, 4, 4, 16]", "4 Flatten     [?, 64]",
                    "Total parameters: 1898"] {
            #expect(summary.contains(row), "\(row) in\n\(summary)")
        }
        #expect(try text(harness, "model.parameterCount") == "1898")
        let diagram = try #require(try text(harness, "NetworkDiagram(model)"))
        #expect(diagram.contains("[?, 8, 8, 1]") && diagram.contains("[?, 4, 4, 16]") && diagram.contains("Conv2D · relu"))
    }

    @Test func interruptingACNNKeepsTheWeightsReached() throws {
        let harness = PreludeHarness()
        _ = try harness.run(setup + "\nlet before = model[0].filter").get()
        let interpreter = harness.interpreter!
        Thread.detachNewThread {
            Thread.sleep(forTimeInterval: 1)
            interpreter.interrupt()
        }
        _ = try harness.run("let history = model.fit(train, epochs: 100000, batchSize: 32)").get()
        #expect(harness.stdout.contains("fit interrupted after "))
        #expect(try text(harness, "history.wasInterrupted") == "true")
        #expect(try text(harness, "model[0].filter == before") == "false")
    }

    @Test func layerMembers() throws {
        let harness = PreludeHarness()
        _ = try harness.run(setup).get()
        #expect(try text(harness, "model[0].filterShape") == "(3, 3, 1, 8)")
        #expect(try text(harness, "model[0].filter.shape") == "[3, 3, 1, 8]")
        #expect(try text(harness, "model[0].bias.shape") == "[8]")
        #expect(try text(harness, "model[0].strides") == "(1, 1)")
        #expect(try text(harness, "model[1].poolSize") == "(2, 2)")
        #expect(try text(harness, "BatchNorm(featureCount: 4).runningVariance") == "[1.0, 1.0, 1.0, 1.0]")
        #expect(try text(harness, "Reshape(shape: [-1, 8, 8, 1]).shape") == "[-1, 8, 8, 1]")
        #expect(try text(harness, "GlobalAvgPool2D()(Tensor(ones: [2, 3, 3, 4])).shape") == "[2, 4]")
        #expect(try text(harness, "AvgPool2D(poolSize: (2, 2))(Tensor(ones: [1, 4, 4, 1])).shape") == "[1, 2, 2, 1]")
    }

    @Test func badInputNamesBothShapes() {
        let harness = PreludeHarness()
        _ = harness.run("let conv = Conv2D(filterShape: (3, 3, 1, 16))")
        #expect(failure(harness, "conv(Tensor(zeros: [4, 64]))")
                == "Conv2D (3, 3, 1, 16) needs a batch of images [batch, height, width, 1] (channels last), got shape [4, 64]")
        #expect(failure(harness, "conv(Tensor(zeros: [4, 8, 8, 3]))")
                == "Conv2D's filter [3, 3, 1, 16] takes images with 1 channel, got shape [4, 8, 8, 3] (3 channels)")
        #expect(failure(harness, "Conv2D(filterShape: (5, 5, 1, 2))(Tensor(zeros: [1, 3, 3, 1]))")
                == "Conv2D (5, 5, 1, 2)'s 5×5 window is larger than the padded input: shape [1, 3, 3, 1] (3×3 pixels) with padding .valid")
        #expect(failure(harness, "MaxPool2D(poolSize: (4, 4))(Tensor(zeros: [1, 3, 3, 1]))")
                == "MaxPool2D's 4×4 window is larger than the padded input: shape [1, 3, 3, 1] (3×3 pixels) with padding .valid")
        #expect(failure(harness, "Conv2D(filterShape: (3, 0, 1, 2))").contains("'filterShape'"))
        #expect(failure(harness, "Conv2D(filterShape: (3, 3, 1))").contains("tuple of 4 integers"))
        #expect(failure(harness, "Conv2D(filterShape: (3, 3, 1, 2), padding: .full)").contains(".same, .valid"))
        #expect(failure(harness, "BatchNorm(featureCount: 3)(Tensor(zeros: [2, 4]))")
                == "BatchNorm(featureCount: 3) needs inputs whose last axis has 3 features, got shape [2, 4]")
        #expect(failure(harness, "Reshape(shape: [-1, 5])(Tensor(zeros: [2, 8]))").contains("[2, 8]"))
        _ = harness.run("""
            var model = Sequential { Conv2D(filterShape: (3, 3, 1, 4)); Flatten(); Dense(inputSize: 10, outputSize: 2) }
            """)
        #expect(failure(harness, "model(Tensor(zeros: [2, 8, 8, 1]))").contains("[2, 144]"))
    }
}
