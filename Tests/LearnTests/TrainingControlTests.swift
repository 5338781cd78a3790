import Foundation
import Testing
@testable import Learn

/// `fit`'s metrics against scikit-learn, early stopping, learning-rate schedules and weight decay.
@Suite(.isolatedRandom) struct TrainingControlTests {
    @Test(arguments: MetricReference.cases.map(\.name))
    func metricsMatchScikitLearn(name: String) throws {
        let reference = try #require(MetricReference.cases.first { $0.name == name })
        let scores = ClassScores(labels: reference.labels, probabilities: reference.probabilities, classes: reference.classes)
        for (metric, expected) in zip([Metric.precision, .recall, .f1, .auc], reference.figures) {
            #expect(Swift.abs(metric.value(scores) - expected) <= 1e-12, "\(name) \(metric): \(metric.value(scores)) vs \(expected)")
        }
    }

    func model(_ widths: [Int], output: Activation = .identity) throws -> Sequential {
        Learn.seed(6)
        return Sequential(try (0..<(widths.count - 1)).map { i in
            try Dense(inputSize: widths[i], outputSize: widths[i + 1], activation: i == widths.count - 2 ? output : .tanh)
        })
    }

    @Test(arguments: [true, false])
    func fitsMetricsAreTheFiguresOfItsPredictions(direct: Bool) throws {
        let (train, test) = try Dataset.blobs(count: 240, centers: 3, std: 2, seed: 3).split(ratio: 0.75, seed: 1)
        var net = try model([2, 8, 3])
        let options = FitOptions(validation: test, metrics: [.accuracy, .precision, .recall, .f1, .auc])
        Learn.seed(2)
        let history = try net.fit(train, epochs: 3, batchSize: 32, optimizer: SGD(for: net, learningRate: 0.1), options: options,
                                  progress: nil, shouldStop: nil, allowDirectPass: direct)
        let scores = try net.classScores(test)
        for metric in [Metric.precision, .recall, .f1, .auc] {
            #expect(history.metrics[metric.key(validation: true)]?.last == metric.value(scores), "\(metric)")
            #expect(history.metrics[metric.key(validation: false)]?.count == 3)
        }
        #expect(history.figureNames == ["loss", "accuracy", "precision", "recall", "f1", "auc", "validationLoss",
                                        "validationAccuracy", "validationPrecision", "validationRecall", "validationF1", "validationAuc"])
    }

    @Test func theDirectPassAndTheTapeGiveTheSameTrainingMetrics() throws {
        let data = try Dataset.spirals(count: 120, classes: 3, noise: 0.2, seed: 1)
        func run(direct: Bool) throws -> History {
            var net = try model([2, 8, 3])
            Learn.seed(4)
            return try net.fit(data, epochs: 2, batchSize: 16, optimizer: Adam(for: net, learningRate: 0.01),
                               options: FitOptions(metrics: [.f1, .auc]), progress: nil, shouldStop: nil, allowDirectPass: direct)
        }
        let (direct, taped) = (try run(direct: true), try run(direct: false))
        #expect(direct.metrics == taped.metrics && direct.loss == taped.loss)
    }

    @Test func earlyStoppingRestoresTheBestEpoch() throws {
        let (train, test) = try Dataset.moons(count: 60, noise: 0.35, seed: 2).split(ratio: 0.5, seed: 3)
        var net = try model([2, 64, 64, 2])
        let stop = try EarlyStopping(monitor: "validationLoss", patience: 2, restoreBestWeights: true)
        let history = try net.fit(train, epochs: 300, batchSize: 8, optimizer: Adam(for: net, learningRate: 0.05),
                                  options: FitOptions(validation: test, earlyStopping: stop))
        let stopped = try #require(history.stoppedEpoch)
        let best = try #require(history.bestEpoch)
        #expect(stopped == history.epochs && stopped < 300 && stopped == best + 2)
        #expect(history.validationLoss[best - 1] == history.validationLoss.min())
        #expect(try net.evaluate(test).loss == history.validationLoss[best - 1], "the best epoch's weights are back")
    }

    @Test func earlyStoppingNeedsTheFigureItMonitors() throws {
        var net = try model([2, 4, 2])
        let data = try Dataset.moons(count: 20, seed: 1)
        let stop = try EarlyStopping(monitor: "validationLoss", patience: 1)
        let error = #expect(throws: LearnError.self) {
            try net.fit(data, epochs: 2, batchSize: 8, optimizer: SGD(for: net), options: FitOptions(earlyStopping: stop))
        }
        #expect(error?.description.contains("fit has no validation data") == true)
        #expect(throws: LearnError.self) { try EarlyStopping(patience: -1) }
    }

    @Test func schedulesSetTheRateBeforeEveryStep() throws {
        let data = try Dataset.moons(count: 40, seed: 1)
        func rates(_ schedule: LearningRateSchedule) throws -> [Double] {
            var net = try model([2, 4, 2])
            let optimizer = try SGD(for: net, learningRate: 0.5)
            var seen: [Double] = []
            _ = try net.fit(data, epochs: 4, batchSize: 20, optimizer: optimizer, options: FitOptions(learningRate: schedule),
                            progress: { if !$0.isEpochEnd { seen.append(optimizer.learningRate) } })
            return seen
        }
        #expect(try rates(.stepDecay(initial: 0.1, factor: 0.5, every: 2)) == [0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05])
        let cosine = try rates(.cosine(initial: 0.1, minimum: 0.01))
        #expect(cosine.count == 8 && cosine[0] == 0.1)
        for (step, rate) in cosine.enumerated() {
            #expect(Swift.abs(rate - (0.01 + 0.09 * 0.5 * (1 + cos(Double.pi * Double(step) / 8)))) < 1e-15)
        }
        #expect(try rates(.constant(0.03)).allSatisfy { $0 == 0.03 })
        #expect(throws: LearnError.self) { try rates(.cosine(initial: 0.01, minimum: 0.1)) }
    }

    @Test func weightDecayAddsDecayTimesEachParameterToItsGradient() throws {
        let data = try Dataset.blobs(count: 16, centers: 3, seed: 2)
        let start = try model([2, 5, 3])
        var fitted = start
        _ = try fitted.fit(data, epochs: 1, batchSize: 16, optimizer: SGD(for: start, learningRate: 0.1),
                           options: FitOptions(weightDecay: 0.01))
        let (_, gradients) = try valueWithGradient(at: start) { m in try softmaxCrossEntropy(logits: m(data.features), labels: data.labels) }
        for (layer, parameters) in start.layers.map(\.parameters).enumerated() {
            for (index, theta) in parameters.enumerated() {
                let g = gradients.layers[layer][index].scalars
                let expected = zip(theta.scalars, g).map { $0 - 0.1 * ($1 + 0.01 * $0) }
                let actual = fitted.layers[layer].parameters[index].scalars
                for (a, b) in zip(actual, expected) { #expect(Swift.abs(a - b) <= 1e-12) }
            }
        }
    }
}


/// `model.report(data)` against scikit-learn's `classification_report` (numbers and text).
@Suite struct ClassificationReportTests {
    @Test(arguments: MetricReference.cases.map(\.name))
    func reportMatchesScikitLearnsText(name: String) throws {
        let reference = try #require(MetricReference.cases.first { $0.name == name })
        let scores = ClassScores(labels: reference.labels, probabilities: reference.probabilities, classes: reference.classes)
        let report = ClassificationReport(scores, classNames: reference.classNames)
        let text = report.text()
        let first = Array(zip(text, reference.report)).firstIndex { $0 != $1 } ?? Swift.min(text.count, reference.report.count)
        #expect(text == reference.report, "first difference at character \(first):\n\(text)\nvs\n\(reference.report)")
        #expect(report.classes.map(\.support).reduce(0, +) == reference.labels.count)
    }

    @Test func aModelsReportComesFromItsPredictions() throws {
        let data = try Dataset.blobs(count: 90, centers: 3, std: 2, seed: 8)
        Learn.seed(2)
        var net = Sequential([try Dense(inputSize: 2, outputSize: 3)])
        _ = try net.fit(data, epochs: 3, batchSize: 16, optimizer: SGD(for: net, learningRate: 0.1))
        let report = try net.report(data)
        #expect(report.accuracy == (try net.evaluate(data).accuracy))
        #expect(report.classes.map(\.name) == ["0", "1", "2"])
        let regression = try Dataset.regression(count: 10, seed: 1)
        let line = Sequential([try Dense(inputSize: 1, outputSize: 1)])
        #expect(throws: LearnError.self) { try line.report(regression) }
    }
}
