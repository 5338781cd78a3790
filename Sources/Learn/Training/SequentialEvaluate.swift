/// Measuring a model on data.
extension Sequential {
    /// The mean loss and the accuracy of the model on `data`, in inference mode, with the loss
    /// `fit` would use (`lossKind(output:data:requested:)`); the accuracy comes from
    /// `ClassProbabilities` (NaN for a regression model).
    public func evaluate(_ data: Dataset, loss lossKind: LossKind? = nil) throws -> (loss: Double, accuracy: Double) {
        let measured = try measure(data, loss: checkedLoss(lossKind, for: data, argument: "data"), keepingProbabilities: false)
        return (measured.loss, measured.scores?.accuracy ?? .nan)
    }

    /// The predictions of a classifier on `data` against its labels (what `report` and the
    /// metrics are computed from).
    public func classScores(_ data: Dataset, loss lossKind: LossKind? = nil) throws -> ClassScores {
        let kind = try checkedLoss(lossKind, for: data, argument: "data")
        guard let scores = try measure(data, loss: kind, keepingProbabilities: true).scores else {
            throw LearnError.notAClassifier(loss: kind.rawValue)
        }
        return scores
    }

    /// The loss on `data` and, for a classifier, its scores.
    func measure(_ data: Dataset, loss kind: LossKind, keepingProbabilities: Bool) throws -> (loss: Double, scores: ClassScores?) {
        let output = try inferenceOutput(data.features)
        let loss = try kind.loss(output, data.labels).scalars.first ?? .nan
        guard kind.isClassification else { return (loss, nil) }
        let read = try ClassProbabilities(output: output, loss: kind)
        return (loss, ClassScores(read, labels: data.labels, keepingProbabilities: keepingProbabilities))
    }
}
