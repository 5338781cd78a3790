/// The loss functions of LANGUAGE.md section 8, each returning a rank-0 tensor
/// (the mean over examples) that can be differentiated.

/// Mean cross-entropy between `softmax(logits)` and class indices.
/// `logits` is `[n, classes]`, `labels` `[n]` of whole numbers in `0..<classes`.
/// Stable for large logits (computed through log-sum-exp).
public func softmaxCrossEntropy(logits: Tensor, labels: Tensor) throws -> Tensor {
    guard logits.rank == 2 else {
        throw LearnError.invalidArgument(name: "logits", reason: "expected shape [examples, classes], got \(logits.shape)")
    }
    guard labels.rank == 1 else {
        throw LearnError.invalidArgument(name: "labels", reason: "expected class indices of shape [\(logits.shape[0])], got \(labels.shape)")
    }
    guard labels.scalarCount == logits.shape[0] else {
        throw LearnError.countMismatch(argument: "labels", expected: logits.shape[0], actual: labels.scalarCount)
    }
    let indices = try classIndices(labels, classes: logits.shape[1])
    return Primitives.softmaxCrossEntropy(logits, labels: indices)
}

/// Mean of `(predicted − expected)²`. Shapes must match (`[n, 1]` against `[n]` is accepted).
public func meanSquaredError(predicted: Tensor, expected: Tensor) throws -> Tensor {
    let target = try aligned(expected, to: predicted, names: ("predicted", "expected"))
    let difference = try predicted - target
    return try (difference * difference).mean()
}

/// Mean binary cross-entropy of `sigmoid(logits)` against targets in [0, 1],
/// computed stably as `max(x, 0) − x·z + log(1 + exp(−|x|))`.
public func sigmoidCrossEntropy(logits: Tensor, labels: Tensor) throws -> Tensor {
    let z = try aligned(labels, to: logits, names: ("logits", "labels"))
    let softplus = log(exp(-abs(logits)) + 1)
    return try (relu(logits) - logits * z + softplus).mean()
}

/// Validated whole-number class indices.
func classIndices(_ labels: Tensor, classes: Int) throws -> [Int] {
    try labels.scalars.map { label in
        guard label.isFinite, label == label.rounded(), label >= 0, label < Double(classes) else {
            throw LearnError.labelOutOfRange(label: label, classes: classes)
        }
        return Int(label)
    }
}

/// `other` reshaped to `reference`'s shape when only a trailing 1 differs.
private func aligned(_ other: Tensor, to reference: Tensor, names: (String, String)) throws -> Tensor {
    if other.shape == reference.shape { return other }
    if other.scalarCount == reference.scalarCount,
       other.shape.filter({ $0 != 1 }) == reference.shape.filter({ $0 != 1 }) {
        return try other.reshaped(to: reference.shape)
    }
    throw LearnError.invalidArgument(
        name: names.1, reason: "shape \(other.shape) does not match '\(names.0)' shape \(reference.shape)")
}
