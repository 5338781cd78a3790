/// Training a `Sequential` model on a `Dataset`.
extension Sequential {
    /// Trains for `epochs` passes over `data` in shuffled mini-batches
    /// (shuffles come from the global generator, so `Learn.seed` makes runs
    /// repeat), and returns the per-epoch history.
    ///
    /// - `progress` is called after every step and at the end of each epoch.
    /// - `shouldStop` is polled before every step; when it returns true,
    ///   training stops, the weights reached are kept and the history of the
    ///   completed epochs is returned with `wasInterrupted` set.
    /// - A loss or gradient that is NaN or infinite stops training with
    ///   `LearnError.nonFiniteLoss`, keeping the weights from before that step.
    public mutating func fit(
        _ data: Dataset, epochs: Int, batchSize: Int = 32, optimizer: any Optimizer,
        validation: Dataset? = nil, loss lossKind: LossKind? = nil,
        progress: ((FitProgress) -> Void)? = nil, shouldStop: (() -> Bool)? = nil
    ) throws -> History {
        try fit(data, epochs: epochs, batchSize: batchSize, optimizer: optimizer, validation: validation,
                loss: lossKind, progress: progress, shouldStop: shouldStop, allowDirectPass: true)
    }

    /// `fit`, with `allowDirectPass: false` forcing every step through the
    /// recorded tape (the tests compare the two).
    mutating func fit(
        _ data: Dataset, epochs: Int, batchSize: Int, optimizer: any Optimizer,
        validation: Dataset?, loss lossKind: LossKind?,
        progress: ((FitProgress) -> Void)?, shouldStop: (() -> Bool)?, allowDirectPass: Bool
    ) throws -> History {
        guard epochs >= 0 else {
            throw LearnError.invalidArgument(name: "epochs", reason: "must not be negative, got \(epochs)")
        }
        guard batchSize > 0 else {
            throw LearnError.invalidArgument(name: "batchSize", reason: "a batch size must be positive, got \(batchSize)")
        }
        let kind = try checkedLoss(lossKind, for: data, argument: "data")
        if let validation { _ = try checkedLoss(kind, for: validation, argument: "validation") }
        loss = kind
        let stepsPerEpoch = (data.count + batchSize - 1) / batchSize
        inputShape = data.exampleShape
        var history = History()
        var trainer = TrainingLoop(model: self, data: data, batchSize: batchSize, kind: kind, allowDirectPass: allowDirectPass)
        for epoch in 1...max(epochs, 1) where epochs > 0 {
            let order = RandomState.withGlobal { $0.permutation(data.count) }
            var totals = (loss: 0.0, correct: 0, seen: 0)
            for step in 1...stepsPerEpoch {
                if shouldStop?() == true {
                    history.wasInterrupted = true
                    return history
                }
                let rows = order[((step - 1) * batchSize)..<min(step * batchSize, data.count)]
                let result = try trainer.step(&self, rows: rows, optimizer: optimizer, epoch: epoch, step: step)
                totals.loss += result.loss * Double(rows.count)
                totals.correct += result.correct
                totals.seen += rows.count
                progress?(FitProgress(epoch: epoch, epochs: epochs, step: step, stepsPerEpoch: stepsPerEpoch,
                                      loss: totals.loss / Double(totals.seen),
                                      accuracy: kind.isClassification ? Double(totals.correct) / Double(totals.seen) : nil,
                                      isEpochEnd: false, validationLoss: nil, validationAccuracy: nil))
            }
            history.loss.append(totals.loss / Double(totals.seen))
            if kind.isClassification { history.accuracy.append(Double(totals.correct) / Double(totals.seen)) }
            var validationFigures: (loss: Double, accuracy: Double)?
            if let validation {
                let figures = try evaluate(validation, loss: kind)
                history.validationLoss.append(figures.loss)
                if kind.isClassification { history.validationAccuracy.append(figures.accuracy) }
                validationFigures = figures
            }
            history.weightSnapshots.append(layers.map(\.parameters))
            history.gradientSnapshots.append(trainer.takeMeanGradients())
            progress?(FitProgress(epoch: epoch, epochs: epochs, step: stepsPerEpoch, stepsPerEpoch: stepsPerEpoch,
                                  loss: history.loss[epoch - 1], accuracy: history.accuracy.last,
                                  isEpochEnd: true, validationLoss: validationFigures?.loss,
                                  validationAccuracy: kind.isClassification ? validationFigures?.accuracy : nil))
        }
        return history
    }

    /// The loss to use (`lossKind(output:data:requested:)`), after checking that `data` fits
    /// the model: not empty, the right number of features, labels that the loss can read.
    func checkedLoss(_ requested: LossKind?, for data: Dataset, argument: String) throws -> LossKind {
        guard data.count > 0 else { throw LearnError.emptyDataset(argument) }
        let probe = try inferenceOutput(data.features[0..<1])
        guard probe.rank == 2 else {
            throw LearnError.invalidArgument(name: "model", reason: "its output must be [examples, outputs], got \(probe.shape)")
        }
        let kind = lossKind(output: probe, data: data, requested: requested)
        let width = probe.shape[1]
        switch kind {
        case .softmaxCrossEntropy:
            _ = try classIndices(data.labels, classes: width)
        case .sigmoidCrossEntropy:
            guard width == 1 else {
                throw LearnError.invalidArgument(name: "loss", reason: "sigmoidCrossEntropy needs a model with 1 output (a binary classifier), this one has \(width)")
            }
            _ = try classIndices(data.labels, classes: 2)
        case .meanSquaredError, .meanAbsoluteError:
            guard width == 1 else {
                throw LearnError.invalidArgument(name: argument, reason: "regression targets need a model with 1 output, this one has \(width)")
            }
        }
        return kind
    }
}
