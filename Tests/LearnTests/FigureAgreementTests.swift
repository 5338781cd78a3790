import Testing
@testable import Learn

/// Every classifier figure for each pair of output activation and cross-entropy (LANGUAGE.md
/// 8a): on fixed weights, the probabilities, predicted classes and accuracy that `evaluate`,
/// `predict`, `classProbabilities` and `report` give equal PyTorch's reading of the same
/// outputs (`Reference/loss_reference.py`, probabilities to 1e-9); after training, fit's last
/// validation figures, `evaluate`, `predict`'s accuracy and `report` are the same numbers.
@Suite(.isolatedRandom) struct FigureAgreementTests {
    static let pairs = [LossKind.softmaxCrossEntropy, .sigmoidCrossEntropy].flatMap { loss in
        LossReferenceTests.activations.map { (loss, $0) }
    }

    @Test(arguments: pairs)
    func everyFigureOnFixedWeightsIsPyTorchs(loss: LossKind, activation: Activation) throws {
        let (probabilities, predicted, accuracy) = try #require(LossReference.readings["\(activation.name) \(loss.rawValue)"])
        var net = try LossReferenceTests().model(activation, width: loss == .softmaxCrossEntropy ? 3 : 1)
        let x = try Tensor(LossReference.features)
        let labels = loss == .softmaxCrossEntropy ? LossReference.classLabels : LossReference.binaryLabels
        let data = try Dataset(features: x, labels: Tensor(labels), task: .classification)
        let read = try net.classProbabilities(x, for: data, loss: loss)
        #expect(read.predictedClasses == predicted)
        #expect(read.values.count == probabilities.count)
        for (i, (a, b)) in zip(read.values, probabilities).enumerated() {
            #expect(Swift.abs(a - b) <= 1e-9, "probability \(i): \(a) vs PyTorch \(b)")
        }
        #expect(try net.evaluate(data, loss: loss).accuracy == accuracy)
        #expect(try net.report(data, loss: loss).accuracy == accuracy)
        net.loss = loss
        #expect(try net.predict(x).scalars == predicted.map(Double.init))
        #expect(try net.evaluate(data).accuracy == accuracy)
    }

    @Test(arguments: pairs)
    func fitsLastValidationFiguresAreEvaluates(loss: LossKind, activation: Activation) throws {
        let data = loss == .softmaxCrossEntropy
            ? try Dataset.blobs(count: 200, centers: 3, std: 1.5, seed: 7)
            : try Dataset.moons(count: 200, noise: 0.2, seed: 7)
        let (train, test) = try data.split(ratio: 0.75, seed: 3)
        Learn.seed(5)
        var net = Sequential([try Dense(inputSize: 2, outputSize: 8, activation: .tanh),
                              try Dense(inputSize: 8, outputSize: loss == .softmaxCrossEntropy ? 3 : 1, activation: activation)])
        let history = try net.fit(train, epochs: 4, batchSize: 16, optimizer: Adam(for: net, learningRate: 0.02),
                                  validation: test, loss: loss)
        let evaluated = try net.evaluate(test)
        #expect(history.validationLoss.last == evaluated.loss)
        #expect(history.validationAccuracy.last == evaluated.accuracy)
        let predicted = try net.predict(test.features).scalars
        let correct = zip(predicted, test.labels.scalars).filter { $0 == $1 }.count
        #expect(Double(correct) / Double(test.count) == evaluated.accuracy)
        #expect(try net.report(test).accuracy == evaluated.accuracy)
        #expect(try net.classProbabilities(test.features, for: test).correctCount(test.labels) == correct)
    }
}
