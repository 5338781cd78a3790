/// Batch normalisation along the last axis (Swift for TensorFlow's and
/// Keras's `BatchNorm`): `scale · (x − μ) / √(σ² + ε) + offset` per feature.
///
/// In training mode μ and σ² are the batch's (σ² biased), and the running
/// statistics move towards them: `running ← momentum · running + (1 − momentum) · batch`.
/// In inference mode (`evaluate`, `predict`, the views) the running statistics are used.
public struct BatchNorm: StatefulLayer {
    public var scale: Tensor
    public var offset: Tensor
    public var runningMean: Tensor
    public var runningVariance: Tensor
    public let momentum: Double
    public let epsilon: Double

    public init(featureCount: Int, momentum: Double = 0.99, epsilon: Double = 0.001) throws {
        guard featureCount > 0 else {
            throw LearnError.invalidArgument(name: "featureCount", reason: "must be positive, got \(featureCount)")
        }
        guard momentum.isFinite, momentum >= 0, momentum <= 1 else {
            throw LearnError.invalidArgument(name: "momentum", reason: "must be in 0...1, got \(Tensor.format(momentum))")
        }
        guard epsilon.isFinite, epsilon > 0 else {
            throw LearnError.invalidArgument(name: "epsilon", reason: "must be a positive number, got \(Tensor.format(epsilon))")
        }
        scale = try Tensor(ones: [featureCount])
        offset = try Tensor(zeros: [featureCount])
        runningMean = try Tensor(zeros: [featureCount])
        runningVariance = try Tensor(ones: [featureCount])
        self.momentum = momentum
        self.epsilon = epsilon
    }

    public var featureCount: Int { scale.scalarCount }
    public var kind: String { "BatchNorm" }
    public var parameters: [Tensor] { [scale, offset] }
    public var inputFeatures: Int? { nil }
    public var state: [Tensor] { [runningMean, runningVariance] }

    public mutating func setParameters(_ parameters: [Tensor]) {
        guard parameters.count == 2 else { return }
        scale = parameters[0]
        offset = parameters[1]
    }

    public mutating func setState(_ state: [Tensor]) {
        guard state.count == 2 else { return }
        runningMean = state[0]
        runningVariance = state[1]
    }

    public func outputShape(for inputShape: [Int]) -> [Int] { inputShape }

    public func forward(_ input: Tensor, training: Bool) throws -> Tensor {
        training ? try trainingForward(input).output : try normalized(input, mean: runningMean.scalars,
                                                                      variance: runningVariance.scalars, batch: false)
    }

    public func trainingForward(_ input: Tensor) throws -> (output: Tensor, state: [Tensor]) {
        try checkInput(input)
        let channels = featureCount
        var mean = [Double](repeating: 0, count: channels), variance = [Double](repeating: 0, count: channels)
        input.scalars.withUnsafeBufferPointer { x in
            NormalizationKernels.statistics(MatrixKernels.base(x), rows: input.scalarCount / channels, channels: channels,
                                            mean: &mean, variance: &variance)
        }
        let output = try normalized(input, mean: mean, variance: variance, batch: true)
        let keep = momentum
        let movedMean = zip(runningMean.scalars, mean).map { keep * $0 + (1 - keep) * $1 }
        let movedVariance = zip(runningVariance.scalars, variance).map { keep * $0 + (1 - keep) * $1 }
        return (output, [Tensor(uncheckedShape: [channels], scalars: movedMean),
                         Tensor(uncheckedShape: [channels], scalars: movedVariance)])
    }

    private func normalized(_ input: Tensor, mean: [Double], variance: [Double], batch: Bool) throws -> Tensor {
        try checkInput(input)
        return try Primitives.batchNormalization(input, scale: scale, offset: offset, mean: mean, variance: variance,
                                                 epsilon: epsilon, batchStatistics: batch)
    }

    private func checkInput(_ input: Tensor) throws {
        guard [scale, offset, runningMean, runningVariance].allSatisfy({ $0.shape == [featureCount] }) else {
            throw LearnError.invalidArgument(name: "BatchNorm", reason: "scale, offset and running statistics must all have shape [\(featureCount)]")
        }
        guard input.rank >= 2, input.shape.last == featureCount else {
            throw ImageInputError.featureMismatch(layer: "BatchNorm(featureCount: \(featureCount))", expected: featureCount, shape: input.shape)
        }
    }

    public var description: String {
        "BatchNorm(featureCount: \(featureCount), momentum: \(Tensor.format(momentum)), epsilon: \(Tensor.format(epsilon)))"
    }
}
