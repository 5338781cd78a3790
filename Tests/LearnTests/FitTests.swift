import Foundation
import Testing
@testable import Learn

@Suite(.isolatedRandom) struct FitTests {
    func classifier(inputs: Int = 2, classes: Int = 2) throws -> Sequential {
        Learn.seed(11)
        return try Sequential {
            try Dense(inputSize: inputs, outputSize: 16, activation: .relu)
            try Dense(inputSize: 16, outputSize: classes)
        }
    }

    @Test func learnsMoonsAndRecordsHistory() throws {
        let data = try Dataset.moons(count: 200, noise: 0.1, seed: 1)
        let (train, test) = try data.split(ratio: 0.8, seed: 2)
        var model = try classifier()
        let history = try model.fit(train, epochs: 30, batchSize: 16,
                                    optimizer: Adam(for: model, learningRate: 0.02), validation: test)
        #expect(history.loss.count == 30 && history.accuracy.count == 30)
        #expect(history.validationLoss.count == 30 && history.validationAccuracy.count == 30)
        #expect(try #require(history.loss.last) < history.loss[0] / 3)
        #expect(try #require(history.accuracy.last) > 0.95)
        #expect(try model.evaluate(test).accuracy > 0.9)
        let weights = try history.weights(layer: 0)
        #expect(history.snapshotEpochs.count == 25 && history.snapshotEpochs.first == 1 && history.snapshotEpochs.last == 30)
        #expect(weights.count == 25 && weights[0].shape == [2, 16])
        #expect(weights[0] != weights[24])
        #expect(weights[24] == model.layers[0].parameters[0], "the last kept epoch is the last one")
        #expect(try history.gradients(layer: 1).map(\.shape) == Array(repeating: [16, 2], count: 25))
        #expect(throws: LearnError.layerIndexOutOfRange(index: 2, count: 2)) { try history.weights(layer: 2) }
        #expect(try model.predict(test.features).shape == [test.count])
    }

    @Test func trainingRepeatsWithTheGlobalSeed() throws {
        let data = try Dataset.xor(count: 64, seed: 3)
        func run() throws -> [Double] {
            var model = try classifier()
            Learn.seed(99)
            return try model.fit(data, epochs: 3, batchSize: 8, optimizer: SGD(for: model, learningRate: 0.1)).loss
        }
        #expect(try run() == run())
    }

    @Test func reportsProgressEveryStepAndEpoch() throws {
        let data = try Dataset.blobs(count: 50, centers: 2, seed: 1)
        var model = try classifier()
        var reports: [FitProgress] = []
        _ = try model.fit(data, epochs: 2, batchSize: 20, optimizer: SGD(for: model, learningRate: 0.05),
                          progress: { reports.append($0) })
        #expect(reports.count == 2 * 3 + 2)
        #expect(reports.filter(\.isEpochEnd).map(\.epoch) == [1, 2])
        #expect(reports[0].step == 1 && reports[0].stepsPerEpoch == 3 && reports[0].epochs == 2)
        #expect(reports.allSatisfy { $0.loss.isFinite && $0.accuracy != nil })
    }

    @Test func interruptionKeepsWeightsAndCompletedEpochs() throws {
        let data = try Dataset.blobs(count: 40, centers: 2, seed: 1)
        var model = try classifier()
        let before = model.layers[0].parameters[0]
        var steps = 0
        let history = try model.fit(data, epochs: 10, batchSize: 10, optimizer: SGD(for: model, learningRate: 0.05),
                                    progress: { _ in steps += 1 }, shouldStop: { steps >= 9 })
        #expect(history.wasInterrupted)
        #expect(history.epochs == 2)
        #expect(model.layers[0].parameters[0] != before)
    }

    @Test func divergingLossStopsWithTheWeightsBeforeTheStep() throws {
        let data = try Dataset(features: Tensor([[1e200], [2e200]]), labels: Tensor([1e200, -1e200]))
        var model = try Sequential { try Dense(weight: Tensor([[1e100]]), bias: Tensor([0])) }
        let before = model.layers[0].parameters
        let error = #expect(throws: LearnError.self) {
            try model.fit(data, epochs: 1, batchSize: 2, optimizer: SGD(for: model, learningRate: 0.1))
        }
        #expect(error == .nonFiniteLoss(epoch: 1, step: 1, loss: .infinity))
        #expect(error?.description.contains("smaller learning rate") == true)
        #expect(model.layers[0].parameters == before)
    }

    @Test func regressionUsesMeanSquaredError() throws {
        let data = try Dataset.regression(count: 100, noise: 0.05, seed: 4)
        Learn.seed(1)
        var model = try Sequential {
            try Dense(inputSize: 1, outputSize: 32, activation: .tanh)
            try Dense(inputSize: 32, outputSize: 1)
        }
        let history = try model.fit(data, epochs: 60, batchSize: 16, optimizer: Adam(for: model, learningRate: 0.02))
        #expect(history.accuracy.isEmpty)
        #expect(try #require(history.loss.last) < 0.05)
    }
}

/// Issue 7: bad input never crashes; each error names what is wrong.
@Suite(.isolatedRandom) struct FitInputErrorTests {
    let model: Sequential
    let data: Dataset

    init() throws {
        model = try Sequential { try Dense(inputSize: 2, outputSize: 3) }
        data = try Dataset.blobs(count: 20, centers: 3, seed: 1)
    }

    @Test func featureCountMismatch() throws {
        var m = model
        let wide = try Dataset(features: Tensor(zeros: [4, 5]), labels: Tensor([0, 1, 2, 0]), classNames: ["a", "b", "c"])
        #expect(throws: LearnError.inputMismatch(layer: 0, expected: 2, shape: [1, 5])) {
            try m.fit(wide, epochs: 1, optimizer: SGD(for: m, learningRate: 0.1))
        }
    }

    @Test func labelsOutOfRange() throws {
        var m = model
        let fourClasses = try Dataset.blobs(count: 20, centers: 4, seed: 1)
        #expect(throws: LearnError.labelOutOfRange(label: 3, classes: 3)) {
            try m.fit(fourClasses, epochs: 1, optimizer: SGD(for: m, learningRate: 0.1))
        }
    }

    @Test func emptyDataZeroBatchAndBadEpochs() throws {
        var m = model
        let empty = try Dataset(features: Tensor(zeros: [0, 2]), labels: Tensor([Double]()), classNames: ["a"])
        #expect(throws: LearnError.emptyDataset("data")) { try m.fit(empty, epochs: 1, optimizer: SGD(for: m, learningRate: 0.1)) }
        let zeroBatch = #expect(throws: LearnError.self) {
            try m.fit(data, epochs: 1, batchSize: 0, optimizer: SGD(for: m, learningRate: 0.1))
        }
        #expect(zeroBatch?.description.contains("'batchSize'") == true)
        #expect(throws: LearnError.self) { try m.fit(data, epochs: -1, optimizer: SGD(for: m, learningRate: 0.1)) }
        #expect(throws: LearnError.emptyDataset("validation")) {
            try m.fit(data, epochs: 1, optimizer: SGD(for: m, learningRate: 0.1), validation: empty)
        }
    }

    @Test func nonFiniteLearningRate() {
        let error = #expect(throws: LearnError.self) { try SGD(for: model, learningRate: .infinity) }
        #expect(error?.description == "invalid 'learningRate': must be a finite positive number, got inf")
    }
}

@Suite(.isolatedRandom) struct TapeMemoryTests {
    @Test func recordedOperationsAreFreedAfterDifferentiation() throws {
        weak var recorded: GradientNode?
        _ = try valueWithGradient(at: Tensor([1, 2])) { x in
            let y = try x * x
            recorded = y.node
            return y.sum()
        }
        #expect(recorded == nil)
    }

    @Test func modelLeavesNoTrackingBehind() throws {
        var model = try Sequential { try Dense(inputSize: 2, outputSize: 2) }
        let grads = try gradient(at: model) { m in try m(Tensor([[1, 2]])).sum() }
        try SGD(for: model, learningRate: 0.1).update(&model, along: grads)
        #expect(model.layers[0].parameters.allSatisfy { !$0.isDifferentiable })
    }
}

/// History's snapshots: at most 25 epochs spread over the run, the first and the last always,
/// fewer for a model too large for the budget (LANGUAGE.md 8a).
@Suite struct HistorySnapshotTests {
    func kept(epochs: Int, parameters: Int, stopAfter: Int? = nil) -> [Int] {
        var history = History()
        history.planSnapshots(epochs: epochs, parameterCount: parameters)
        for _ in 0..<(stopAfter ?? epochs) { history.append([("loss", 1)], weights: [], gradients: []) }
        return history.snapshotEpochs
    }

    @Test func snapshotsAreSpreadAndBounded() {
        #expect(kept(epochs: 10, parameters: 100) == Array(1...10))
        let hundred = kept(epochs: 100, parameters: 100)
        #expect(hundred.count == 25 && hundred.first == 1 && hundred.last == 100 && hundred == hundred.sorted())
        let gaps = zip(hundred.dropFirst(), hundred).map { $0 - $1 }
        #expect(gaps.allSatisfy { $0 == 4 || $0 == 5 })
        #expect(kept(epochs: 100, parameters: 2_000_000) == [1, 100], "two million parameters: 32 MB an epoch, first and last")
        #expect(kept(epochs: 100, parameters: 100, stopAfter: 10) == [1, 5, 9, 10], "stopped early: the last epoch reached is kept")
        #expect(kept(epochs: 100, parameters: 2_000_000, stopAfter: 50) == [1, 50])
    }
}
