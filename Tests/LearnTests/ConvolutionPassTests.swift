import Testing
@testable import Learn

/// `fit`'s direct pass over convolutional models must compute exactly what the tape computes.
@Suite(.isolatedRandom) struct ConvolutionPassTests {
    static func images(count: Int, size: Int, channels: Int = 1, classes: Int = 3) throws -> Dataset {
        let x = pattern([count, size, size, channels], 37, 11, 101, scale: 1, shift: 0)
        return try Dataset(features: x, labels: Tensor((0..<count).map { Double(($0 * 7) % classes) }),
                           classNames: (0..<classes).map(String.init))
    }

    static let architectures: [[any Layer]] = {
        Learn.seed(3)
        return (try? [
            [Conv2D(filterShape: (3, 3, 1, 16), padding: .same, activation: .relu), MaxPool2D(),
             Conv2D(filterShape: (3, 3, 16, 8), padding: .same, activation: .relu), MaxPool2D(), Flatten(),
             Dense(inputSize: 32, outputSize: 3)],
            [Conv2D(filterShape: (3, 3, 1, 4), strides: (2, 2), activation: .tanh), AvgPool2D(poolSize: (2, 2), strides: (1, 1)),
             Flatten(), Dense(inputSize: 16, outputSize: 5, activation: .relu), Dense(inputSize: 5, outputSize: 3)],
            [Reshape(shape: [-1, 8, 8, 1]), Conv2D(filterShape: (2, 2, 1, 3), activation: .relu),
             Conv2D(filterShape: (1, 1, 3, 3), activation: .leakyRelu), GlobalAvgPool2D()],
            [Conv2D(filterShape: (3, 3, 1, 2), activation: .relu), Flatten(), Dense(inputSize: 72, outputSize: 3, activation: .softmax)],
        ]) ?? []
    }()

    /// The tape's loss and gradients on the examples at `rows`.
    func tape(_ model: Sequential, _ data: Dataset, rows: [Int]) throws -> (Double, ModelGradients) {
        let x = try data.features.gathering(rows: rows), y = try data.labels.gathering(rows: rows)
        let (loss, gradients) = try valueWithGradient(at: model) { m in try softmaxCrossEntropy(logits: m(x), labels: y) }
        return (try #require(loss.scalar), gradients)
    }

    @Test(arguments: 0..<4) func gradientsEqualTheTapeBitForBit(architecture: Int) throws {
        let data = try Self.images(count: 70, size: 8)
        let model = Sequential(Self.architectures[architecture])
        var pass = try #require(ConvolutionStackPass(model: model, data: data, batchSize: 40, kind: .softmaxCrossEntropy))
        for rows in [Array(0..<40), [69, 3, 47, 3, 60], [7], Array((10..<40).reversed())] {
            let figures = pass.run(model, data: data, rows: rows[...])
            let (loss, gradients) = try tape(model, data, rows: rows)
            #expect(figures.loss == loss)
            #expect(pass.gradients == gradients)
            let output = try model(data.features.gathering(rows: rows))
            let read = try ClassProbabilities(output: output, loss: .softmaxCrossEntropy)
            #expect(figures.correct == read.correctCount(try data.labels.gathering(rows: rows)))
        }
    }

    @Test func largeBatchesSplitIntoTasksStillMatch() throws {
        let data = try Self.images(count: 64, size: 12, channels: 2)
        Learn.seed(8)
        let model = Sequential([try Conv2D(filterShape: (3, 3, 2, 16), padding: .same, activation: .relu), try MaxPool2D(),
                                try Conv2D(filterShape: (3, 3, 16, 16), padding: .same, activation: .relu), Flatten(),
                                try Dense(inputSize: 576, outputSize: 3)])
        let plan = ConvolutionKernels.Plan(
            geometry: try #require(ImageGeometry(inputShape: [64, 6, 6, 16], window: (3, 3), strides: (1, 1), padding: .same)),
            outputChannels: 16)
        #expect(plan.taskCount > 1 && plan.chunkCount > plan.taskCount)
        var pass = try #require(ConvolutionStackPass(model: model, data: data, batchSize: 64, kind: .softmaxCrossEntropy))
        let figures = pass.run(model, data: data, rows: Array(0..<64)[...])
        let (loss, gradients) = try tape(model, data, rows: Array(0..<64))
        #expect(figures.loss == loss)
        #expect(pass.gradients == gradients)
    }

    @Test func fitTakesTheDirectPassAndEndsWhereTheTapeEnds() throws {
        let data = try Self.images(count: 50, size: 8)
        func train(direct: Bool) throws -> (Sequential, History) {
            var net = Sequential(Self.architectures[0])
            Learn.seed(9)
            let history = try net.fit(data, epochs: 2, batchSize: 16, optimizer: SGD(for: net, learningRate: 0.05, momentum: 0.9),
                                      validation: nil, loss: nil, progress: nil, shouldStop: nil, allowDirectPass: direct)
            return (net, history)
        }
        #expect(TrainingLoop(model: Sequential(Self.architectures[0]), data: data, batchSize: 16, kind: .softmaxCrossEntropy).usesDirectPass)
        let (direct, directHistory) = try train(direct: true)
        let (taped, tapedHistory) = try train(direct: false)
        #expect(direct.layers.map(\.parameters) == taped.layers.map(\.parameters))
        #expect(directHistory.loss == tapedHistory.loss && directHistory.accuracy == tapedHistory.accuracy)
        #expect(direct.inputShape == [8, 8, 1])
    }

    @Test func otherModelsTakeTheTape() throws {
        let data = try Self.images(count: 20, size: 8)
        func direct(_ layers: [any Layer], _ data: Dataset, kind: LossKind = .softmaxCrossEntropy) -> Bool {
            TrainingLoop(model: Sequential(layers), data: data, batchSize: 8, kind: kind).usesDirectPass
        }
        let conv = try Conv2D(filterShape: (3, 3, 1, 2), activation: .relu)
        #expect(direct([conv, Flatten(), try Dense(inputSize: 72, outputSize: 3)], data))
        #expect(!direct([conv, Flatten(), try Dense(inputSize: 72, outputSize: 3)], data, kind: .meanSquaredError))
        #expect(!direct([conv, try BatchNorm(featureCount: 2), Flatten(), try Dense(inputSize: 72, outputSize: 3)], data))
        #expect(!direct([conv, try Dropout(probability: 0.5), Flatten(), try Dense(inputSize: 72, outputSize: 3)], data))
        #expect(direct([conv, Flatten(), try Dense(inputSize: 72, outputSize: 3, activation: .softmax)], data), "the loss takes a final softmax over")
        #expect(!direct([conv, Flatten(), try Dense(inputSize: 72, outputSize: 3, activation: .sigmoid)], data), "a final sigmoid's outputs are read as probabilities")
        #expect(!direct([conv, Flatten(), try Dense(inputSize: 71, outputSize: 3)], data))
        #expect(!direct([Flatten(), try Dense(inputSize: 64, outputSize: 3)], data))
    }

    @Test func stepsWriteTheSameStorage() throws {
        let data = try Self.images(count: 64, size: 8)
        let model = Sequential(Self.architectures[0])
        var pass = try #require(ConvolutionStackPass(model: model, data: data, batchSize: 32, kind: .softmaxCrossEntropy))
        func storage(_ pass: ConvolutionStackPass) -> [UnsafePointer<Double>?] {
            pass.gradients.layers.joined().map { $0.scalars.withUnsafeBufferPointer(\.baseAddress) }
        }
        _ = pass.run(model, data: data, rows: Array(0..<32)[...])
        let first = storage(pass)
        _ = pass.run(model, data: data, rows: Array(32..<64)[...])
        #expect(storage(pass) == first)
    }
}
