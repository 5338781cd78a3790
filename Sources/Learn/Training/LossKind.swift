/// The loss `fit` and `evaluate` optimise, chosen from the data and model.
public enum LossKind: String, Sendable {
    case softmaxCrossEntropy, sigmoidCrossEntropy, meanSquaredError

    /// Classification data (with class names) uses softmax cross-entropy, or
    /// sigmoid cross-entropy for a single output; other data mean squared error.
    static func automatic(outputWidth: Int, data: Dataset) -> LossKind {
        if data.classNames.isEmpty { return .meanSquaredError }
        return outputWidth == 1 ? .sigmoidCrossEntropy : .softmaxCrossEntropy
    }

    var isClassification: Bool { self != .meanSquaredError }

    /// The loss of `output` against `labels` (`[n]`).
    func loss(_ output: Tensor, _ labels: Tensor) throws -> Tensor {
        switch self {
        case .softmaxCrossEntropy: return try softmaxLoss(output, labels)
        case .sigmoidCrossEntropy: return try sigmoidLoss(output, labels)
        case .meanSquaredError: return try squaredLoss(output, labels)
        }
    }

    /// How many rows of `output` predict their label.
    func correctCount(_ output: Tensor, _ labels: Tensor) -> Int {
        guard isClassification, output.rank == 2 else { return 0 }
        let width = output.shape[1]
        var correct = 0
        output.scalars.withUnsafeBufferPointer { values in
            for (row, label) in labels.scalars.enumerated() {
                let start = row * width
                var predicted = 0
                if width == 1 {
                    predicted = values[start] > 0 ? 1 : 0
                } else {
                    for c in 1..<width where values[start + c] > values[start + predicted] { predicted = c }
                }
                if Double(predicted) == label { correct += 1 }
            }
        }
        return correct
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
