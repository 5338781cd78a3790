/// One optimisation step of `fit`: gather a batch, differentiate, check, add
/// to the epoch's mean gradient, update.
///
/// A model of `Dense` layers, or a convolutional one, trained with softmax
/// cross-entropy takes a direct pass (`DenseStackPass`, `ConvolutionStackPass`:
/// no tape, no allocation per step); any other model is differentiated
/// through the recorded tape.
struct TrainingLoop {
    let data: Dataset
    let kind: LossKind
    private var directPass: (any DirectTrainingPass)?
    private var gradientMean = GradientMean()
    private var batchFeatures: [Double]
    private var batchLabels: [Double]

    init(model: Sequential, data: Dataset, batchSize: Int, kind: LossKind, allowDirectPass: Bool = true) {
        self.data = data
        self.kind = kind
        let batch = min(batchSize, data.count)
        directPass = allowDirectPass ? DirectPasses.make(model: model, data: data, batchSize: batch, kind: kind) : nil
        batchFeatures = []
        batchLabels = []
    }

    /// True when steps take the direct pass rather than the tape.
    var usesDirectPass: Bool { directPass != nil }

    private struct StepResult {
        var loss: Double
        var correct: Int
        var gradients: ModelGradients
    }

    /// The mean gradients over the steps since the last call (one epoch's).
    mutating func takeMeanGradients() -> [[Tensor]] {
        gradientMean.takeMean()
    }

    mutating func step(
        _ model: inout Sequential, rows: ArraySlice<Int>, optimizer: any Optimizer, epoch: Int, step: Int
    ) throws -> (loss: Double, correct: Int) {
        let result = directPass != nil ? directStep(model, rows: rows) : try tapeStep(model, rows: rows)
        guard gradientMean.add(result.gradients), result.loss.isFinite else {
            throw LearnError.nonFiniteLoss(epoch: epoch, step: step, loss: result.loss)
        }
        try optimizer.update(&model, along: result.gradients)
        return (result.loss, result.correct)
    }

    private mutating func directStep(_ model: Sequential, rows: ArraySlice<Int>) -> StepResult {
        // Mutated in place through the optional, so its gradient storage is written without a copy.
        let data = self.data
        guard let figures = directPass?.run(model, data: data, rows: rows), let gradients = directPass?.gradients else {
            return StepResult(loss: .nan, correct: 0, gradients: ModelGradients(layers: []))
        }
        return StepResult(loss: figures.loss, correct: figures.correct, gradients: gradients)
    }

    private mutating func tapeStep(_ model: Sequential, rows: ArraySlice<Int>) throws -> StepResult {
        let width = data.featureCount
        batchFeatures.removeAll(keepingCapacity: true)
        batchLabels.removeAll(keepingCapacity: true)
        data.features.scalars.withUnsafeBufferPointer { source in
            for row in rows { batchFeatures.append(contentsOf: source[(row * width)..<((row + 1) * width)]) }
        }
        for row in rows { batchLabels.append(data.labels.scalars[row]) }
        let x = Tensor(uncheckedShape: [rows.count] + data.exampleShape, scalars: batchFeatures)
        let y = Tensor(uncheckedShape: [rows.count], scalars: batchLabels)
        var correct = 0
        let kind = self.kind
        let (loss, gradients) = try valueWithGradient(at: model) { m in
            let output = try m(x)
            // Counted here, so no tensor of the tape outlives the closure and the update can write weights in place.
            if kind.isClassification { correct = try ClassProbabilities(output: output, loss: kind).correctCount(y) }
            return try kind.loss(output, y)
        }
        return StepResult(loss: loss.scalars.first ?? .nan, correct: correct, gradients: gradients)
    }
}
