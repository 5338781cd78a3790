/// The loss `fit` and `evaluate` optimise: chosen from the model's output and the data as
/// Keras users expect (see `Sequential.lossKind(for:requested:)`), or given with `loss:`.
public enum LossKind: String, Sendable, CaseIterable {
    case softmaxCrossEntropy, sigmoidCrossEntropy, meanSquaredError, meanAbsoluteError

    /// True for the cross-entropies, whose models are classifiers.
    public var isClassification: Bool { self == .softmaxCrossEntropy || self == .sigmoidCrossEntropy }

    /// The loss of `output` (the model's output, softmax or sigmoid included) against `labels` (`[n]`).
    public func loss(_ output: Tensor, _ labels: Tensor) throws -> Tensor {
        switch self {
        case .softmaxCrossEntropy: return try softmaxLoss(output, labels)
        case .sigmoidCrossEntropy: return try sigmoidLoss(output, labels)
        case .meanSquaredError: return try squaredLoss(output, labels)
        case .meanAbsoluteError: return try absoluteLoss(output, labels)
        }
    }
}

// The loss functions under names the enum's cases do not shadow.
private func softmaxLoss(_ output: Tensor, _ labels: Tensor) throws -> Tensor {
    try softmaxCrossEntropy(logits: output, labels: labels)
}

private func sigmoidLoss(_ output: Tensor, _ labels: Tensor) throws -> Tensor {
    try sigmoidCrossEntropy(logits: output, labels: labels)
}

private func squaredLoss(_ output: Tensor, _ labels: Tensor) throws -> Tensor {
    try meanSquaredError(predicted: output, expected: labels)
}

private func absoluteLoss(_ output: Tensor, _ labels: Tensor) throws -> Tensor {
    try meanAbsoluteError(predicted: output, expected: labels)
}
