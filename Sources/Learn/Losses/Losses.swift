/// The loss functions of LANGUAGE.md sections 8 and 8a, each returning a rank-0 tensor
/// (the mean over examples) that can be differentiated.
///
/// The cross-entropies read their input as Keras does: the output of a `softmax` (or a
/// `sigmoid`) is replaced by the logits it was made from, so the activation is never applied
/// twice; the output of the other activation (probabilities, but not the ones this loss
/// expects) is read as probabilities, clipped to `[ε, 1 − ε]` with Keras's ε = 1e-7; any other
/// input is read as logits (where Keras would read probabilities; see docs/learn.md).

/// Keras's `epsilon()`, the clipping of probabilities read by a cross-entropy.
public let probabilityEpsilon = 1e-7

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
    switch logits.probabilityOrigin {
    case let origin? where origin.link == .softmax:
        return Primitives.softmaxCrossEntropy(origin.logits, labels: indices)
    case _?:
        return try probabilityCrossEntropy(logits, labels: indices)
    case nil:
        return Primitives.softmaxCrossEntropy(logits, labels: indices)
    }
}

/// Mean binary cross-entropy of `sigmoid(logits)` against targets in [0, 1], computed stably
/// as `max(x, 0) − x·z + log(1 + exp(−|x|))`.
public func sigmoidCrossEntropy(logits: Tensor, labels: Tensor) throws -> Tensor {
    let z = try aligned(labels, to: logits, names: ("logits", "labels"))
    switch logits.probabilityOrigin {
    case let origin? where origin.link == .sigmoid:
        return Primitives.sigmoidCrossEntropy(origin.logits, targets: z)
    case _?:
        let p = clipped(logits)
        let positive = try z * log(p)
        let negative = try (1 - z) * log(1 - p)
        return try -(positive + negative).mean()
    case nil:
        return Primitives.sigmoidCrossEntropy(logits, targets: z)
    }
}

/// Mean of `(predicted − expected)²`. Shapes must match (`[n, 1]` against `[n]` is accepted).
public func meanSquaredError(predicted: Tensor, expected: Tensor) throws -> Tensor {
    let target = try aligned(expected, to: predicted, names: ("predicted", "expected"))
    let difference = try predicted - target
    return try (difference * difference).mean()
}

/// Mean of `|predicted − expected|`. Shapes must match (`[n, 1]` against `[n]` is accepted).
public func meanAbsoluteError(predicted: Tensor, expected: Tensor) throws -> Tensor {
    let target = try aligned(expected, to: predicted, names: ("predicted", "expected"))
    return try abs(predicted - target).mean()
}

/// Keras's categorical cross-entropy of probabilities: each row divided by its sum, clipped,
/// and the mean of `−log p[label]`.
private func probabilityCrossEntropy(_ probabilities: Tensor, labels: [Int]) throws -> Tensor {
    let normalised = try probabilities / probabilities.sum(alongAxes: 1)
    let width = probabilities.shape[1]
    var oneHot = [Double](repeating: 0, count: probabilities.scalarCount)
    for (row, label) in labels.enumerated() { oneHot[row * width + label] = 1 }
    let picked = try log(clipped(normalised)) * Tensor(uncheckedShape: probabilities.shape, scalars: oneHot)
    return try -(picked.sum() / Double(Swift.max(labels.count, 1)))
}

/// Probabilities clipped to `[ε, 1 − ε]` (the gradient is zero where clipped).
private func clipped(_ p: Tensor) -> Tensor {
    min(max(p, probabilityEpsilon), 1 - probabilityEpsilon)
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
