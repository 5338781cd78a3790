/// Measuring a model on data.
extension Sequential {
    /// The mean loss and the accuracy of the model on `data`, in inference mode, with the loss
    /// `fit` would use (`lossKind(output:data:requested:)`); the accuracy comes from
    /// `ClassProbabilities` (NaN for a regression model).
    public func evaluate(_ data: Dataset, loss lossKind: LossKind? = nil) throws -> (loss: Double, accuracy: Double) {
        let kind = try checkedLoss(lossKind, for: data, argument: "data")
        let output = try inferenceOutput(data.features)
        let loss = try kind.loss(output, data.labels).scalars.first ?? .nan
        guard kind.isClassification else { return (loss, .nan) }
        let correct = try ClassProbabilities(output: output, loss: kind).correctCount(data.labels)
        return (loss, Double(correct) / Double(data.count))
    }
}
