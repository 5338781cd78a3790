/// A forward and backward pass `fit` can run instead of the recorded tape,
/// computing the same loss and gradients bit for bit.
protocol DirectTrainingPass {
    /// The gradients of the last step, parallel to the model's parameters.
    var gradients: ModelGradients { get set }
    /// When set, every example's prediction is added to it (for `fit`'s metrics).
    var scores: ClassScores? { get set }
    /// Runs the examples at `rows` of `data` through `model` and fills
    /// `gradients`; returns the mean loss and how many rows were classified correctly.
    mutating func run(_ model: Sequential, data: Dataset, rows: ArraySlice<Int>) -> (loss: Double, correct: Int)
}

extension DirectTrainingPass {
    /// Adds `decay · θ` to the last step's gradients, in their storage.
    mutating func addWeightDecay(_ decay: Double, of model: Sequential) {
        gradients.addWeightDecay(decay, of: model)
    }
}

extension DenseStackPass: DirectTrainingPass {}
extension ConvolutionStackPass: DirectTrainingPass {}

enum DirectPasses {
    /// The direct pass that covers `model`, or nil when only the tape does.
    static func make(model: Sequential, data: Dataset, batchSize: Int, kind: LossKind) -> (any DirectTrainingPass)? {
        if let dense = DenseStackPass(model: model, data: data, batchSize: batchSize, kind: kind) { return dense }
        return ConvolutionStackPass(model: model, data: data, batchSize: batchSize, kind: kind)
    }
}

extension DirectTrainingPass {
    /// Copies the examples at `rows` of `data` one after another into `batch`.
    func gather(_ data: Dataset, rows: ArraySlice<Int>, into batch: ScratchBuffer) {
        let width = data.featureCount
        data.features.scalars.withUnsafeBufferPointer { source in
            let from = MatrixKernels.base(source)
            var target = batch.pointer
            for row in rows {
                target.update(from: from + row * width, count: width)
                target += width
            }
        }
    }
}
