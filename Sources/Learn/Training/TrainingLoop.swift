/// One optimisation step of `fit`: gather a batch, differentiate, check, update.
struct TrainingLoop {
    let data: Dataset
    let kind: LossKind
    private var batchFeatures: [Double]
    private var batchLabels: [Double]

    init(data: Dataset, batchSize: Int, kind: LossKind) {
        self.data = data
        self.kind = kind
        batchFeatures = []
        batchFeatures.reserveCapacity(batchSize * data.featureCount)
        batchLabels = []
        batchLabels.reserveCapacity(batchSize)
    }

    struct StepResult {
        var loss: Double
        var correct: Int
        var gradients: ModelGradients
    }

    mutating func step(
        _ model: inout Sequential, rows: [Int], optimizer: any Optimizer, epoch: Int, step: Int
    ) throws -> StepResult {
        let width = data.featureCount
        batchFeatures.removeAll(keepingCapacity: true)
        batchLabels.removeAll(keepingCapacity: true)
        data.features.scalars.withUnsafeBufferPointer { source in
            for row in rows { batchFeatures.append(contentsOf: source[(row * width)..<((row + 1) * width)]) }
        }
        for row in rows { batchLabels.append(data.labels.scalars[row]) }
        let x = Tensor(uncheckedShape: [rows.count, width], scalars: batchFeatures)
        let y = Tensor(uncheckedShape: [rows.count], scalars: batchLabels)
        var output = x
        let kind = self.kind
        let (loss, gradients) = try valueWithGradient(at: model) { m in
            let logits = try m(x)
            output = logits.detached  // keeps no tape alive, so the update can write weights in place
            return try kind.loss(logits, y)
        }
        let value = loss.scalars.first ?? .nan
        guard value.isFinite, gradients.allFinite else {
            throw LearnError.nonFiniteLoss(epoch: epoch, step: step, loss: value)
        }
        try optimizer.update(&model, along: gradients)
        return StepResult(loss: value, correct: kind.correctCount(output, y), gradients: gradients)
    }
}
