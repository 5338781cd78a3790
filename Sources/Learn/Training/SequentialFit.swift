import Platform

/// Training a `Sequential` model on a `Dataset`.
extension Sequential {
    /// Trains for `epochs` passes over `data` in shuffled mini-batches
    /// (shuffles come from the global generator, so `Learn.seed` makes runs
    /// repeat), and returns the per-epoch history.
    ///
    /// - `progress` is called after every step and at the end of each epoch.
    /// - `shouldStop` is polled before every step; when it returns true,
    ///   training stops, the weights reached are kept and the history of the
    ///   completed epochs is returned with `wasInterrupted` set. An interrupt of
    ///   the running cell (`Platform.Interrupt`) in the middle of a step stops
    ///   training the same way, that step not applied.
    /// - A loss or gradient that is NaN or infinite stops training with
    ///   `LearnError.nonFiniteLoss`, keeping the weights from before that step.
    public mutating func fit(
        _ data: Dataset, epochs: Int, batchSize: Int = 32, optimizer: any Optimizer,
        validation: Dataset? = nil, loss lossKind: LossKind? = nil,
        progress: ((FitProgress) -> Void)? = nil, shouldStop: (() -> Bool)? = nil
    ) throws -> History {
        try fit(data, epochs: epochs, batchSize: batchSize, optimizer: optimizer,
                options: FitOptions(validation: validation, loss: lossKind), progress: progress, shouldStop: shouldStop)
    }

    /// `fit` with every option (`FitOptions`); `allowDirectPass: false` forces every step
    /// through the recorded tape (the tests compare the two).
    public mutating func fit(
        _ data: Dataset, epochs: Int, batchSize: Int, optimizer: any Optimizer, options: FitOptions,
        progress: ((FitProgress) -> Void)? = nil, shouldStop: (() -> Bool)? = nil
    ) throws -> History {
        try fit(data, epochs: epochs, batchSize: batchSize, optimizer: optimizer, options: options,
                progress: progress, shouldStop: shouldStop, allowDirectPass: true)
    }

    mutating func fit(
        _ data: Dataset, epochs: Int, batchSize: Int, optimizer: any Optimizer,
        validation: Dataset?, loss lossKind: LossKind?,
        progress: ((FitProgress) -> Void)?, shouldStop: (() -> Bool)?, allowDirectPass: Bool
    ) throws -> History {
        try fit(data, epochs: epochs, batchSize: batchSize, optimizer: optimizer,
                options: FitOptions(validation: validation, loss: lossKind),
                progress: progress, shouldStop: shouldStop, allowDirectPass: allowDirectPass)
    }

    mutating func fit(
        _ data: Dataset, epochs: Int, batchSize: Int, optimizer: any Optimizer, options: FitOptions,
        progress: ((FitProgress) -> Void)?, shouldStop: (() -> Bool)?, allowDirectPass: Bool
    ) throws -> History {
        guard epochs >= 0 else {
            throw LearnError.invalidArgument(name: "epochs", reason: "must not be negative, got \(epochs)")
        }
        guard batchSize > 0 else {
            throw LearnError.invalidArgument(name: "batchSize", reason: "a batch size must be positive, got \(batchSize)")
        }
        let kind = try checkedLoss(options.loss, for: data, argument: "data")
        if let validation = options.validation { _ = try checkedLoss(kind, for: validation, argument: "validation") }
        try options.validate(isClassification: kind.isClassification)
        loss = kind
        let stepsPerEpoch = (data.count + batchSize - 1) / batchSize
        inputShape = data.exampleShape
        var history = History()
        history.planSnapshots(epochs: epochs, parameterCount: parameterCount)
        var watch = options.earlyStopping.map(EarlyStopping.Watch.init)
        var trainer = TrainingLoop(model: self, data: data, batchSize: batchSize, kind: kind, options: options,
                                   allowDirectPass: allowDirectPass)
        for epoch in 1...max(epochs, 1) where epochs > 0 {
            let order = RandomState.withGlobal { $0.permutation(data.count) }
            var totals = (loss: 0.0, correct: 0, seen: 0)
            for step in 1...stepsPerEpoch {
                if shouldStop?() == true {
                    history.wasInterrupted = true
                    return history
                }
                if let schedule = options.learningRate {
                    optimizer.learningRate = schedule.rate(epoch: epoch - 1, step: (epoch - 1) * stepsPerEpoch + step - 1,
                                                           totalSteps: epochs * stepsPerEpoch)
                }
                let rows = order[((step - 1) * batchSize)..<min(step * batchSize, data.count)]
                let result: (loss: Double, correct: Int)
                do {
                    result = try trainer.step(&self, rows: rows, optimizer: optimizer, epoch: epoch, step: step)
                } catch is Interrupted {
                    history.wasInterrupted = true
                    return history
                }
                totals.loss += result.loss * Double(rows.count)
                totals.correct += result.correct
                totals.seen += rows.count
                progress?(FitProgress(epoch: epoch, epochs: epochs, step: step, stepsPerEpoch: stepsPerEpoch,
                                      loss: totals.loss / Double(totals.seen),
                                      accuracy: kind.isClassification ? Double(totals.correct) / Double(totals.seen) : nil,
                                      isEpochEnd: false, validationLoss: nil, validationAccuracy: nil))
            }
            var figures: [(String, Double)] = [("loss", totals.loss / Double(totals.seen))]
            if kind.isClassification { figures.append(("accuracy", Double(totals.correct) / Double(totals.seen))) }
            let trainingScores = trainer.takeEpochScores()
            for metric in options.extraMetrics { figures.append((metric.key(validation: false), metric.value(trainingScores))) }
            if let validation = options.validation {
                let measured = try measure(validation, loss: kind, keepingProbabilities: options.extraMetrics.contains(.auc))
                figures.append(("validationLoss", measured.loss))
                if let scores = measured.scores {
                    figures.append(("validationAccuracy", scores.accuracy))
                    for metric in options.extraMetrics { figures.append((metric.key(validation: true), metric.value(scores))) }
                }
            }
            history.append(figures, weights: layers.map(\.parameters), gradients: trainer.takeMeanGradients())
            progress?(FitProgress(epoch: epoch, epochs: epochs, step: stepsPerEpoch, stepsPerEpoch: stepsPerEpoch,
                                  loss: history.loss[epoch - 1], accuracy: history.accuracy.last,
                                  isEpochEnd: true, validationLoss: history.validationLoss.last,
                                  validationAccuracy: history.validationAccuracy.last,
                                  metrics: figures.filter { !FitProgress.basicKeys.contains($0.0) }))
            if var current = watch, let monitored = figures.first(where: { $0.0 == current.rule.monitor })?.1 {
                let stop = current.observe(monitored, epoch: epoch) { layers.map(\.parameters) }
                watch = current
                if stop {
                    history.stoppedEpoch = epoch
                    history.bestEpoch = current.bestEpoch
                    if let best = current.bestWeights {
                        for index in layers.indices { layers[index].setParameters(best[index]) }
                    }
                    break
                }
            }
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
