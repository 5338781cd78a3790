import Platform

/// One optimisation step of `fit`: gather a batch, differentiate, add the weight decay, check,
/// add to the epoch's mean gradient, update; and the epoch's predictions when metrics need them.
///
/// A model of `Dense` layers, or a convolutional one, trained with softmax
/// cross-entropy takes a direct pass (`DenseStackPass`, `ConvolutionStackPass`:
/// no tape, no allocation per step); any other model is differentiated
/// through the recorded tape.
struct TrainingLoop {
    let data: Dataset
    let kind: LossKind
    let weightDecay: Double
    private var directPass: (any DirectTrainingPass)?
    private var gradientMean = GradientMean()
    private var batchFeatures: [Double]
    private var batchLabels: [Double]
    /// The epoch's predictions, kept when a metric besides accuracy is asked for.
    private var scores: ClassScores?

    init(model: Sequential, data: Dataset, batchSize: Int, kind: LossKind, options: FitOptions = FitOptions(),
         allowDirectPass: Bool = true) {
        self.data = data
        self.kind = kind
        weightDecay = options.weightDecay
        let batch = min(batchSize, data.count)
        directPass = allowDirectPass ? DirectPasses.make(model: model, data: data, batchSize: batch, kind: kind) : nil
        batchFeatures = []
        batchLabels = []
        if kind.isClassification, !options.extraMetrics.isEmpty {
            scores = ClassScores(classes: kind == .sigmoidCrossEntropy ? 2 : 0,
                                 keepingProbabilities: options.extraMetrics.contains(.auc))
            directPass?.scores = scores
        }
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

    /// The predictions since the last call (one epoch's), empty without extra metrics.
    mutating func takeEpochScores() -> ClassScores {
        let taken = directPass?.scores ?? scores ?? ClassScores(classes: 0, keepingProbabilities: false)
        directPass?.scores?.removeAll()
        scores?.removeAll()
        return taken
    }

    mutating func step(
        _ model: inout Sequential, rows: ArraySlice<Int>, optimizer: any Optimizer, epoch: Int, step: Int
    ) throws -> (loss: Double, correct: Int) {
        let result = directPass != nil ? directStep(model, rows: rows) : try tapeStep(model, rows: rows)
        // Interrupted products leave the step's figures incomplete: neither kept nor applied.
        try Interrupt.check()
        guard gradientMean.add(result.gradients), result.loss.isFinite else {
            throw LearnError.nonFiniteLoss(epoch: epoch, step: step, loss: result.loss)
        }
        try optimizer.update(&model, along: result.gradients)
        return (result.loss, result.correct)
    }

    private mutating func directStep(_ model: Sequential, rows: ArraySlice<Int>) -> StepResult {
        // Mutated in place through the optional, so its gradient storage is written without a copy.
        let data = self.data
        guard let figures = directPass?.run(model, data: data, rows: rows) else {
            return StepResult(loss: .nan, correct: 0, gradients: ModelGradients(layers: []))
        }
        let decay = weightDecay
        if decay > 0 { directPass?.addWeightDecay(decay, of: model) }
        guard let gradients = directPass?.gradients else {
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
        var read: ClassProbabilities?
        let kind = self.kind
        var (loss, gradients) = try valueWithGradient(at: model) { m in
            let output = try m(x)
            // Read here, so no tensor of the tape outlives the closure and the update can write weights in place.
            if kind.isClassification { read = try ClassProbabilities(output: output, loss: kind) }
            return try kind.loss(output, y)
        }
        if let read { scores?.add(read, labels: y) }
        if weightDecay > 0 { gradients.addWeightDecay(weightDecay, of: model) }
        return StepResult(loss: loss.scalars.first ?? .nan, correct: read?.correctCount(y) ?? 0, gradients: gradients)
    }
}

extension ModelGradients {
    /// Adds `decay · θ` to the gradient of every parameter θ of `model` (L2 regularisation).
    mutating func addWeightDecay(_ decay: Double, of model: Sequential) {
        for (layer, parameters) in model.layers.map(\.parameters).enumerated() where layer < layers.count {
            for (index, parameter) in parameters.enumerated() where index < layers[layer].count {
                parameter.scalars.withUnsafeBufferPointer { theta in
                    layers[layer][index].scalars.withUnsafeMutableBufferPointer { g in
                        for i in 0..<min(g.count, theta.count) { g[i] += decay * theta[i] }
                    }
                }
            }
        }
    }
}
