/// A classifier's reading of its outputs: the probability of every class and the predicted
/// class of every example.
///
/// This is the one route every classification figure comes from — `fit`'s and `evaluate`'s
/// accuracy, `predict`, `predictProbabilities`, the confusion matrix, `report`, ROC and PR
/// curves — so they agree exactly. Get it with `Sequential.classProbabilities(_:for:loss:)`.
///
/// - Softmax cross-entropy: the output of a final `softmax` as it is; the output of a final
///   `sigmoid` divided by each row's sum (as Keras reads probabilities); any other output
///   through softmax. The predicted class is the first most probable one.
/// - Sigmoid cross-entropy (one output): `p`, the probability of class 1, is the output of a
///   final `sigmoid` (or `softmax`) as it is, any other output through the sigmoid; the
///   predicted class is 1 when `p > 0.5` (Keras's binary accuracy), and the two columns are
///   `1 − p` and `p`.
public struct ClassProbabilities: Sendable, Equatable {
    /// Row-major `[rows, classes]`.
    public let values: [Double]
    public let rows: Int
    public let classes: Int
    /// The predicted class of each row (class 0 for a row of NaN).
    public let predictedClasses: [Int]
    /// The loss the outputs were read by.
    public let loss: LossKind

    /// Reads `output` (`[n, classes]`, or `[n, 1]` / `[n]` for sigmoid cross-entropy) as the
    /// classifier trained with `loss` sees it.
    public init(output: Tensor, loss: LossKind) throws {
        switch loss {
        case .softmaxCrossEntropy:
            guard output.rank == 2, output.shape[1] >= 1 else {
                throw LearnError.invalidArgument(name: "model", reason: "a classifier's output must be [examples, classes], got \(output.shape)")
            }
            self.init(categorical: output, loss: loss)
        case .sigmoidCrossEntropy:
            guard output.rank >= 1, output.rank <= 2, output.scalarCount == output.shape[0] else {
                throw LearnError.invalidArgument(name: "model", reason: "a binary classifier has one output per example, got shape \(output.shape)")
            }
            self.init(binary: output, loss: loss)
        case .meanSquaredError, .meanAbsoluteError:
            throw LearnError.notAClassifier(loss: loss.rawValue)
        }
    }

    private init(categorical output: Tensor, loss: LossKind) {
        let (n, k) = (output.shape[0], output.shape[1])
        var values: [Double]
        switch output.probabilityOrigin?.link {
        case .softmax?: values = output.scalars
        case .sigmoid?:
            values = output.scalars
            for row in 0..<n {
                var total = 0.0
                for c in 0..<k { total += values[row * k + c] }
                for c in 0..<k { values[row * k + c] /= total }
            }
        case nil: values = SoftmaxKernels.softmax(output.scalars, width: k)
        }
        var predicted = [Int](repeating: 0, count: n)
        for row in 0..<n {
            var best = 0
            for c in 1..<Swift.max(k, 1) where values[row * k + c] > values[row * k + best] { best = c }
            predicted[row] = best
        }
        self.init(values: values, rows: n, classes: k, predictedClasses: predicted, loss: loss)
    }

    private init(binary output: Tensor, loss: LossKind) {
        let n = output.scalarCount
        let asProbabilities = output.probabilityOrigin != nil
        var values = [Double](repeating: 0, count: 2 * n)
        var predicted = [Int](repeating: 0, count: n)
        for (row, x) in output.scalars.enumerated() {
            let p = asProbabilities ? x : UnaryFunction.sigmoid(x)
            values[2 * row] = 1 - p
            values[2 * row + 1] = p
            predicted[row] = p > 0.5 ? 1 : 0
        }
        self.init(values: values, rows: n, classes: 2, predictedClasses: predicted, loss: loss)
    }

    private init(values: [Double], rows: Int, classes: Int, predictedClasses: [Int], loss: LossKind) {
        self.loss = loss
        self.values = values
        self.rows = rows
        self.classes = classes
        self.predictedClasses = predictedClasses
    }

    /// The probability of `klass` for row `row`.
    public func probability(row: Int, class klass: Int) -> Double { values[row * classes + klass] }

    /// The predicted class of row `i` and its probability.
    public func predicted(_ i: Int) -> (index: Int, probability: Double) {
        let index = predictedClasses[i]
        return (index, values[i * classes + index])
    }

    /// How many rows predict their label (labels are class indices, one per row).
    public func correctCount(_ labels: Tensor) -> Int {
        zip(predictedClasses, labels.scalars).reduce(0) { $0 + (Double($1.0) == $1.1 ? 1 : 0) }
    }
}
