import Testing
@testable import Learn

/// How a model's outputs are read (LANGUAGE.md 8a): the loss chosen from the output activation
/// and the data, and every classification figure — fit's last validation accuracy, evaluate,
/// predict — agreeing exactly because they share `ClassProbabilities`.
@Suite(.isolatedRandom) struct OutputReadingTests {
    func model(_ widths: [Int], output: Activation, seed: Int = 3) throws -> Sequential {
        Learn.seed(seed)
        return Sequential(try (0..<(widths.count - 1)).map { i in
            try Dense(inputSize: widths[i], outputSize: widths[i + 1], activation: i == widths.count - 2 ? output : .relu)
        })
    }

    /// The accuracy of `predict` on `data`, counted by hand.
    func predictAccuracy(_ net: Sequential, _ data: Dataset) throws -> Double {
        let predicted = try net.predict(data.features).scalars
        return Double(zip(predicted, data.labels.scalars).filter { $0 == $1 }.count) / Double(data.count)
    }

    @Test func aOneUnitSigmoidIsABinaryClassifier() throws {
        let (train, test) = try Dataset.circles(count: 400, noise: 0.05, seed: 1).split(ratio: 0.75, seed: 2)
        var net = try model([2, 16, 16, 1], output: .sigmoid)
        let history = try net.fit(train, epochs: 60, batchSize: 32, optimizer: Adam(for: net, learningRate: 0.01), validation: test)
        #expect(net.loss == .sigmoidCrossEntropy)
        let evaluated = try net.evaluate(test)
        #expect(evaluated.accuracy > 0.9)
        #expect(history.validationAccuracy.last == evaluated.accuracy)
        #expect(history.validationLoss.last == evaluated.loss)
        #expect(try predictAccuracy(net, test) == evaluated.accuracy)
        let predicted = try net.predict(test.features)
        #expect(predicted.shape == [test.count] && Set(predicted.scalars) == [0, 1])
        let p = try net.predictProbabilities(test.features)
        #expect(p.shape == [test.count])
        #expect(zip(p.scalars, predicted.scalars).allSatisfy { ($0 > 0.5 ? 1 : 0) == $1 })
        #expect(p.scalars == (try net(test.features)).scalars, "a final sigmoid's output is the probability")
    }

    @Test func aFinalSoftmaxTrainsOnItsLogits() throws {
        let data = try Dataset.blobs(count: 300, centers: 4, std: 1, seed: 5)
        let (train, test) = try data.split(ratio: 0.8, seed: 1)
        var net = try model([2, 16, 4], output: .softmax)
        var logits = try model([2, 16, 4], output: .identity)
        Learn.seed(8)
        let history = try net.fit(train, epochs: 20, batchSize: 32, optimizer: Adam(for: net, learningRate: 0.01), validation: test)
        Learn.seed(8)
        let logitsHistory = try logits.fit(train, epochs: 20, batchSize: 32, optimizer: Adam(for: logits, learningRate: 0.01))
        #expect(net.loss == .softmaxCrossEntropy)
        #expect(history.loss == logitsHistory.loss, "trains exactly as the same model without the softmax")
        #expect(net.layers.map(\.parameters) == logits.layers.map(\.parameters))
        let evaluated = try net.evaluate(test)
        #expect(history.validationAccuracy.last == evaluated.accuracy)
        #expect(try predictAccuracy(net, test) == evaluated.accuracy)
        let probabilities = try net.predictProbabilities(test.features)
        #expect(probabilities == (try net(test.features)))
    }

    @Test func aLinearOutputOnClassesKeepsItsReadingAfterFit() throws {
        let (train, test) = try Dataset.moons(count: 300, noise: 0.1, seed: 4).split(ratio: 0.8, seed: 1)
        var net = try model([2, 16, 1], output: .identity)
        #expect(try net.predict(test.features).scalars.contains { $0 != 0 && $0 != 1 }, "before fit: a regression output")
        let history = try net.fit(train, epochs: 30, batchSize: 16, optimizer: Adam(for: net, learningRate: 0.02), validation: test)
        #expect(net.loss == .sigmoidCrossEntropy)
        let evaluated = try net.evaluate(test)
        #expect(evaluated.accuracy > 0.8)
        #expect(history.validationAccuracy.last == evaluated.accuracy)
        #expect(try predictAccuracy(net, test) == evaluated.accuracy)
    }

    @Test func aLinearOutputOnRealTargetsIsRegression() throws {
        let data = try Dataset.regression(count: 100, noise: 0.1, seed: 2)
        #expect(data.task == .regression)
        var net = try model([1, 16, 1], output: .identity)
        _ = try net.fit(data, epochs: 5, batchSize: 16, optimizer: Adam(for: net, learningRate: 0.01))
        #expect(net.loss == .meanSquaredError)
        let evaluated = try net.evaluate(data)
        #expect(evaluated.accuracy.isNaN)
        let predicted = try net.predict(data.features)
        let output = try net(data.features)
        #expect(predicted.shape == [100] && predicted.scalars == output.scalars)
        #expect(throws: LearnError.notAClassifier(loss: "meanSquaredError")) { try net.predictProbabilities(data.features) }
    }

    @Test func theLossArgumentOverridesAndIsRemembered() throws {
        let data = try Dataset.regression(count: 64, noise: 0.1, seed: 3)
        var net = try model([1, 8, 1], output: .identity)
        _ = try net.fit(data, epochs: 2, batchSize: 16, optimizer: SGD(for: net, learningRate: 0.01), loss: .meanAbsoluteError)
        #expect(net.loss == .meanAbsoluteError)
        let output = try net(data.features)
        let expected = try meanAbsoluteError(predicted: output, expected: data.labels).scalar
        #expect(try net.evaluate(data).loss == expected)
        #expect(try net.evaluate(data, loss: .meanSquaredError).loss == (try meanSquaredError(predicted: output, expected: data.labels)).scalar)
    }

    @Test func theLossIsChosenFromTheOutputAndTheData() throws {
        let classes = try Dataset.blobs(count: 10, centers: 3, seed: 1)
        let binary = try Dataset.moons(count: 10, seed: 1)
        let targets = try Dataset.regression(count: 10, seed: 1)
        let cases: [(Activation, Int, Dataset?, LossKind)] = [
            (.softmax, 3, classes, .softmaxCrossEntropy), (.softmax, 3, nil, .softmaxCrossEntropy),
            (.sigmoid, 1, binary, .sigmoidCrossEntropy), (.sigmoid, 1, nil, .sigmoidCrossEntropy),
            (.sigmoid, 1, targets, .meanSquaredError), (.sigmoid, 3, classes, .softmaxCrossEntropy),
            (.identity, 3, classes, .softmaxCrossEntropy), (.identity, 3, nil, .softmaxCrossEntropy),
            (.identity, 1, binary, .sigmoidCrossEntropy), (.identity, 1, nil, .meanSquaredError),
            (.identity, 1, targets, .meanSquaredError), (.tanh, 1, targets, .meanSquaredError),
        ]
        for (activation, width, data, expected) in cases {
            let net = try model([2, width], output: activation)
            let output = try net(Tensor(zeros: [1, 2]))
            #expect(net.lossKind(output: output, data: data, requested: nil) == expected, "\(activation) × \(width), \(String(describing: data?.task))")
            #expect(net.lossKind(output: output, data: data, requested: .meanAbsoluteError) == .meanAbsoluteError)
        }
    }

    @Test func aBinaryThresholdIsStrictlyAboveOneHalf() throws {
        let read = try ClassProbabilities(output: Tensor([0, 1e-300, -1e-300]), loss: .sigmoidCrossEntropy)
        #expect(read.predictedClasses == [0, 0, 0], "sigmoid(±1e-300) rounds to 0.5, which is not above 0.5")
        #expect(read.values == [0.5, 0.5, 0.5, 0.5, 0.5, 0.5])
        let ties = try ClassProbabilities(output: Tensor([[1, 1, 0]]), loss: .softmaxCrossEntropy)
        #expect(ties.predictedClasses == [0])
    }
}
