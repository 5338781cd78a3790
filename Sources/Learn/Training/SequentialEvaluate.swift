/// Measuring a model on data.
extension Sequential {
    /// The mean loss and the accuracy (0 for regression) of the model on `data`,
    /// in inference mode.
    public func evaluate(_ data: Dataset, loss lossKind: LossKind? = nil) throws -> (loss: Double, accuracy: Double) {
        let kind = try checkedLoss(lossKind, for: data, argument: "data")
        var inference = self
        inference.isTraining = false
        let output = try inference(data.features)
        let loss = try kind.loss(output, data.labels).scalars.first ?? .nan
        let accuracy = Double(kind.correctCount(output, data.labels)) / Double(data.count)
        return (loss, accuracy)
    }
}
