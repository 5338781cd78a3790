import Testing
@testable import Learn

/// `fit`'s direct pass over a stack of `Dense` layers must compute exactly
/// what the recorded tape computes.
@Suite(.isolatedRandom) struct DirectPassTests {
    func model(_ activations: [Activation], widths: [Int]) throws -> Sequential {
        Learn.seed(5)
        return Sequential(try activations.indices.map { index in
            try Dense(inputSize: widths[index], outputSize: widths[index + 1], activation: activations[index])
        })
    }

    /// The tape's loss and gradients on the examples at `rows`.
    func tape(_ model: Sequential, _ data: Dataset, rows: [Int]) throws -> (Double, ModelGradients) {
        let x = try data.features.gathering(rows: rows), y = try data.labels.gathering(rows: rows)
        let (loss, gradients) = try valueWithGradient(at: model) { m in try softmaxCrossEntropy(logits: m(x), labels: y) }
        return (try #require(loss.scalar), gradients)
    }

    @Test(arguments: [[Activation.relu, .relu, .identity], [.tanh, .leakyRelu, .identity], [.sigmoid, .gelu, .relu],
                      [.relu, .relu, .softmax]])
    func gradientsEqualTheTapeBitForBit(activations: [Activation]) throws {
        let data = try Dataset.spirals(count: 90, classes: 3, noise: 0.2, seed: 1)
        let net = try model(activations, widths: [2, 13, 9, 3])
        var pass = try #require(DenseStackPass(model: net, data: data, batchSize: 16, kind: .softmaxCrossEntropy))
        for rows in [Array(0..<16), [89, 3, 47, 3, 60], [7]] {
            let figures = pass.run(net, data: data, rows: rows[...])
            let (loss, gradients) = try tape(net, data, rows: rows)
            #expect(figures.loss == loss)
            #expect(pass.gradients == gradients)
            let output = try net(data.features.gathering(rows: rows))
            let read = try ClassProbabilities(output: output, loss: .softmaxCrossEntropy)
            #expect(figures.correct == read.correctCount(try data.labels.gathering(rows: rows)))
        }
    }

    @Test(arguments: [Activation.identity, .softmax])
    func fitTakesTheDirectPassAndEndsWhereTheTapeEnds(output: Activation) throws {
        let data = try Dataset.spirals(count: 150, classes: 3, noise: 0.2, seed: 2)
        func train(direct: Bool) throws -> (Sequential, History) {
            var net = try model([.relu, .relu, output], widths: [2, 16, 16, 3])
            Learn.seed(9)
            let history = try net.fit(data, epochs: 4, batchSize: 32, optimizer: SGD(for: net, learningRate: 0.1, momentum: 0.5),
                                      validation: nil, loss: nil, progress: nil, shouldStop: nil, allowDirectPass: direct)
            return (net, history)
        }
        let (direct, directHistory) = try train(direct: true)
        let (taped, tapedHistory) = try train(direct: false)
        #expect(direct.layers.map(\.parameters) == taped.layers.map(\.parameters))
        #expect(directHistory.loss == tapedHistory.loss && directHistory.accuracy == tapedHistory.accuracy)
        for layer in 0..<3 { #expect(try directHistory.gradients(layer: layer) == tapedHistory.gradients(layer: layer)) }
    }

    @Test func onlyDenseStacksWithSoftmaxCrossEntropyTakeTheDirectPass() throws {
        let data = try Dataset.blobs(count: 20, centers: 3, seed: 1)
        let dense = try model([.relu, .identity], widths: [2, 4, 3])
        #expect(TrainingLoop(model: dense, data: data, batchSize: 8, kind: .softmaxCrossEntropy).usesDirectPass)
        #expect(!TrainingLoop(model: dense, data: data, batchSize: 8, kind: .softmaxCrossEntropy, allowDirectPass: false).usesDirectPass)
        #expect(!TrainingLoop(model: dense, data: data, batchSize: 8, kind: .sigmoidCrossEntropy).usesDirectPass)
        let softmaxOutput = try model([.relu, .softmax], widths: [2, 4, 3])
        #expect(TrainingLoop(model: softmaxOutput, data: data, batchSize: 8, kind: .softmaxCrossEntropy).usesDirectPass)
        let softmaxHidden = try model([.softmax, .identity], widths: [2, 4, 3])
        #expect(!TrainingLoop(model: softmaxHidden, data: data, batchSize: 8, kind: .softmaxCrossEntropy).usesDirectPass)
        let sigmoidOutput = try model([.relu, .sigmoid], widths: [2, 4, 3])
        #expect(!TrainingLoop(model: sigmoidOutput, data: data, batchSize: 8, kind: .softmaxCrossEntropy).usesDirectPass)
        let dropout = Sequential(dense.layers + [try Dropout(probability: 0.5)])
        #expect(!TrainingLoop(model: dropout, data: data, batchSize: 8, kind: .softmaxCrossEntropy).usesDirectPass)
        let wrongWidth = try model([.relu, .identity], widths: [3, 4, 3])
        #expect(!TrainingLoop(model: wrongWidth, data: data, batchSize: 8, kind: .softmaxCrossEntropy).usesDirectPass)
    }

    @Test func stepsWriteTheSameStorage() throws {
        let data = try Dataset.spirals(count: 64, classes: 3, noise: 0.2, seed: 1)
        let net = try model([.relu, .identity], widths: [2, 8, 3])
        var pass = try #require(DenseStackPass(model: net, data: data, batchSize: 32, kind: .softmaxCrossEntropy))
        func storage(_ pass: DenseStackPass) -> [UnsafePointer<Double>?] {
            pass.gradients.layers.joined().map { $0.scalars.withUnsafeBufferPointer(\.baseAddress) }
        }
        _ = pass.run(net, data: data, rows: Array(0..<32)[...])
        let first = storage(pass)
        _ = pass.run(net, data: data, rows: Array(32..<64)[...])
        #expect(storage(pass) == first)
    }

    @Test func historyGradientsAreTheMeanOverTheEpochsSteps() throws {
        let data = try Dataset.blobs(count: 30, centers: 3, seed: 4)
        let start = try model([.relu, .identity], widths: [2, 5, 3])
        var fitted = start
        Learn.seed(21)
        let history = try fitted.fit(data, epochs: 1, batchSize: 10, optimizer: SGD(for: start, learningRate: 0.2))
        var byHand = start
        Learn.seed(21)
        let order = RandomState.withGlobal { $0.permutation(data.count) }
        let optimizer = try SGD(for: byHand, learningRate: 0.2)
        var sums = [Double](repeating: 0, count: 10)
        for step in 0..<3 {
            let (_, gradients) = try tape(byHand, data, rows: Array(order[(step * 10)..<(step * 10 + 10)]))
            for i in sums.indices { sums[i] += gradients.layers[0][0].scalars[i] }
            try optimizer.update(&byHand, along: gradients)
        }
        let mean = try #require(try history.gradients(layer: 0).first)
        #expect(mean.shape == [2, 5])
        for i in sums.indices { #expect(abs(mean.scalars[i] - sums[i] / 3) <= 1e-12) }
        #expect(fitted.layers.map(\.parameters) == byHand.layers.map(\.parameters))
    }
}
