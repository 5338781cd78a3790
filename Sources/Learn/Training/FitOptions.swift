/// Everything `fit` takes besides the data, the epochs, the batch size and the optimizer
/// (Keras's `fit` and `compile` arguments).
public struct FitOptions: Sendable {
    /// Measured after every epoch (`validationLoss`, `validationAccuracy`, validation metrics).
    public var validation: Dataset?
    /// Overrides the loss chosen from the model and the data.
    public var loss: LossKind?
    /// Figures besides loss and accuracy, for the training epoch and the validation data.
    public var metrics: [Metric] = []
    public var earlyStopping: EarlyStopping?
    /// Sets the optimizer's learning rate before every step.
    public var learningRate: LearningRateSchedule?
    /// L2 regularisation: `weightDecay · θ` is added to every parameter's gradient (PyTorch's
    /// `weight_decay`), the gradient of `(weightDecay / 2)·‖θ‖²`; the reported loss leaves it out.
    public var weightDecay: Double = 0

    public init(validation: Dataset? = nil, loss: LossKind? = nil, metrics: [Metric] = [],
                earlyStopping: EarlyStopping? = nil, learningRate: LearningRateSchedule? = nil, weightDecay: Double = 0) {
        self.validation = validation
        self.loss = loss
        self.metrics = metrics
        self.earlyStopping = earlyStopping
        self.learningRate = learningRate
        self.weightDecay = weightDecay
    }

    /// The metrics to compute besides accuracy, which a classifier always reports.
    var extraMetrics: [Metric] { metrics.filter { $0 != .accuracy } }

    /// Throws for an argument out of range or an early stop monitoring a figure `fit` will not have.
    func validate(isClassification: Bool) throws {
        guard weightDecay.isFinite, weightDecay >= 0 else {
            throw LearnError.invalidArgument(name: "weightDecay", reason: "must be a finite number ≥ 0, got \(Tensor.format(weightDecay))")
        }
        try learningRate?.validate()
        if !isClassification, let metric = extraMetrics.first {
            throw LearnError.invalidArgument(name: "metrics", reason: "\(metric.rawValue) needs a classifier; this model is trained for regression")
        }
        guard let monitor = earlyStopping?.monitor else { return }
        var available = ["loss"] + (isClassification ? ["accuracy"] : []) + extraMetrics.map { $0.key(validation: false) }
        if validation != nil {
            available += ["validationLoss"] + (isClassification ? ["validationAccuracy"] : []) + extraMetrics.map { $0.key(validation: true) }
        }
        guard available.contains(monitor) else {
            let hint = monitor.hasPrefix("validation") && validation == nil ? " (fit has no validation data)" : ""
            throw LearnError.invalidArgument(name: "monitor", reason: "EarlyStopping monitors '\(monitor)', which fit does not record\(hint); it records \(available.joined(separator: ", "))")
        }
    }
}
