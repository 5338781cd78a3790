import Testing
@testable import Learn

/// Image layers against PyTorch float64 on fixed inputs and weights: outputs
/// and gradients to 1e-9 (`Reference/convolution_reference.py` prints `ConvolutionReference.swift`).
@Suite struct ConvolutionReferenceTests {
    func image(_ shape: [Int]) -> Tensor { pattern(shape, 37, 11, 101, scale: 2) }

    func checkConvolution(_ reference: [String: [Double]], shape: [Int], filterShape: [Int], strides: (Int, Int),
                          padding: Padding, activation: Activation) throws {
        let x = image(shape)
        let layer = try Conv2D(filter: pattern(filterShape, 53, 7, 89, scale: 0.8), bias: pattern([filterShape[3]], 5, 1, 7, scale: 0.2),
                               strides: strides, padding: padding, activation: activation)
        expectClose(try layer(x).scalars, reference["output"], "output")
        expectClose(try gradient(at: x) { x in try projected(layer(x)) }.scalars, reference["input"], "input gradient")
        let gradients = try gradient(at: Sequential([layer])) { m in try projected(m(x)) }
        expectClose(gradients.layers[0][0].scalars, reference["filter"], "filter gradient")
        expectClose(gradients.layers[0][1].scalars, reference["bias"], "bias gradient")
    }

    @Test func samePaddingWithReLU() throws {
        try checkConvolution(ConvolutionReference.sameReLU, shape: [2, 5, 6, 2], filterShape: [3, 3, 2, 3],
                             strides: (1, 1), padding: .same, activation: .relu)
    }

    @Test func validPaddingStride2() throws {
        try checkConvolution(ConvolutionReference.validStride2, shape: [2, 7, 6, 3], filterShape: [3, 3, 3, 4],
                             strides: (2, 2), padding: .valid, activation: .identity)
    }

    @Test func samePaddingWithUnequalStridesAndWindow() throws {
        try checkConvolution(ConvolutionReference.sameOddStrides, shape: [1, 6, 5, 1], filterShape: [2, 3, 1, 2],
                             strides: (2, 1), padding: .same, activation: .identity)
    }

    @Test func pointwiseConvolution() throws {
        try checkConvolution(ConvolutionReference.pointwise, shape: [2, 3, 4, 3], filterShape: [1, 1, 3, 5],
                             strides: (1, 1), padding: .valid, activation: .relu)
    }

    func checkPooling(_ reference: [String: [Double]], shape: [Int], layer: any Layer) throws {
        let x = image(shape)
        expectClose(try layer(x).scalars, reference["output"], "output")
        expectClose(try gradient(at: x) { x in try projected(layer(x)) }.scalars, reference["input"], "input gradient")
    }

    @Test func maxPooling() throws {
        try checkPooling(ConvolutionReference.maxPool, shape: [2, 6, 6, 3], layer: MaxPool2D(poolSize: (2, 2), strides: (2, 2)))
        try checkPooling(ConvolutionReference.maxPoolSame, shape: [1, 5, 5, 2],
                         layer: MaxPool2D(poolSize: (3, 3), strides: (2, 2), padding: .same))
    }

    @Test func averagePooling() throws {
        try checkPooling(ConvolutionReference.avgPoolSame, shape: [2, 5, 4, 2],
                         layer: AvgPool2D(poolSize: (3, 3), strides: (2, 2), padding: .same))
        try checkPooling(ConvolutionReference.globalAverage, shape: [2, 3, 4, 3], layer: GlobalAvgPool2D())
    }

    @Test func batchNormalisationInBothModes() throws {
        let reference = ConvolutionReference.batchNorm
        let x = image([3, 4, 2, 3])
        var layer = try BatchNorm(featureCount: 3)
        layer.scale = pattern([3], 3, 1, 5, scale: 0.5) + 1
        layer.offset = pattern([3], 2, 1, 3, scale: 0.3)
        layer.runningMean = pattern([3], 7, 2, 11, scale: 0.4)
        layer.runningVariance = pattern([3], 5, 3, 7, scale: 0.5) + 1
        let trained = layer
        expectClose(try layer.forward(x, training: true).scalars, reference["output"], "training output")
        expectClose(try gradient(at: x) { x in try projected(trained.forward(x, training: true)) }.scalars,
                    reference["input"], "training input gradient")
        let gradients = try gradient(at: Sequential([layer])) { m in try projected(m(x)) }
        expectClose(gradients.layers[0][0].scalars, reference["scale"], "scale gradient")
        expectClose(gradients.layers[0][1].scalars, reference["offset"], "offset gradient")
        expectClose(gradients.states[0]?[0].scalars ?? [], reference["runningMean"], "running mean")
        expectClose(gradients.states[0]?[1].scalars ?? [], reference["runningVariance"], "running variance")

        expectClose(try layer(x).scalars, reference["inferenceOutput"], "inference output")
        expectClose(try gradient(at: x) { x in try projected(trained(x)) }.scalars, reference["inferenceInput"], "inference input gradient")
        let scaleGradient = try gradient(at: layer.scale) { scale in
            var copy = trained
            copy.scale = scale
            return try projected(copy(x))
        }
        expectClose(scaleGradient.scalars, reference["inferenceScale"], "inference scale gradient")
    }

    @Test func runningStatisticsReachTheModelThroughTheOptimizer() throws {
        var model = Sequential([try BatchNorm(featureCount: 3)])
        let x = image([3, 4, 2, 3])
        let gradients = try gradient(at: model) { m in try projected(m(x)) }
        try SGD(for: model, learningRate: 0.1).update(&model, along: gradients)
        let layer = try #require(model.layers[0] as? BatchNorm)
        #expect(layer.runningMean == gradients.states[0]?[0])
        #expect(layer.runningVariance == gradients.states[0]?[1])
        #expect(layer.runningMean != (try Tensor(zeros: [3])))
    }

    /// The reference CNN: two convolutions with max pooling, then a dense layer.
    static func network() throws -> (Sequential, Dataset) {
        let model = Sequential([
            try Conv2D(filter: pattern([3, 3, 1, 4], 53, 7, 89, scale: 1.2), bias: pattern([4], 5, 1, 7, scale: 0.2),
                       padding: .same, activation: .relu),
            try MaxPool2D(poolSize: (2, 2), strides: (2, 2)),
            try Conv2D(filter: pattern([3, 3, 4, 8], 41, 5, 97, scale: 0.6), bias: pattern([8], 3, 2, 11, scale: 0.2),
                       padding: .same, activation: .relu),
            try MaxPool2D(poolSize: (2, 2), strides: (2, 2)),
            Flatten(),
            try Dense(weight: pattern([32, 5], 31, 9, 83, scale: 0.8), bias: pattern([5], 2, 1, 5, scale: 0.1)),
        ])
        let data = try Dataset(features: pattern([6, 8, 8, 1], 37, 11, 101, scale: 1, shift: 0),
                               labels: Tensor((0..<6).map { Double($0 % 5) }), classNames: ["0", "1", "2", "3", "4"])
        return (model, data)
    }

    @Test func smallNetworkOnTheTapeAndTheDirectPass() throws {
        let reference = ConvolutionReference.network
        let (model, data) = try Self.network()
        let (loss, gradients) = try valueWithGradient(at: model) { m in
            try softmaxCrossEntropy(logits: m(data.features), labels: data.labels)
        }
        expectClose(loss.scalars, reference["loss"], "loss")
        let names = [(0, 0, "filter1"), (0, 1, "bias1"), (2, 0, "filter2"), (2, 1, "bias2"), (5, 0, "weight"), (5, 1, "bias3")]
        for (layer, parameter, name) in names {
            expectClose(gradients.layers[layer][parameter].scalars, reference[name], name)
        }
        var pass = try #require(ConvolutionStackPass(model: model, data: data, batchSize: 6, kind: .softmaxCrossEntropy))
        let figures = pass.run(model, data: data, rows: Array(0..<6)[...])
        #expect(figures.loss == loss.scalar)
        #expect(pass.gradients == gradients)
    }
}
