/// What `fit` recorded: the figures of every completed epoch, and weight and gradient
/// snapshots of some of them (LANGUAGE.md 8a: at most 25 epochs spread over the run, the first
/// and the last always, within `snapshotBudget` bytes, so a large model trained long keeps a
/// bounded history).
public struct History: Sendable {
    /// Mean training loss over each epoch's steps (weighted by batch size).
    public internal(set) var loss: [Double] = []
    /// Training accuracy over each epoch (empty for regression).
    public internal(set) var accuracy: [Double] = []
    /// Loss on the validation data after each epoch (empty without validation data).
    public internal(set) var validationLoss: [Double] = []
    public internal(set) var validationAccuracy: [Double] = []
    /// The other figures by name ("precision", "validationAuc", …), one per epoch.
    public internal(set) var metrics: [String: [Double]] = [:]
    /// Every figure's name in the order `fit` reported them.
    public internal(set) var figureNames: [String] = []
    /// True when the cancellation check stopped training early.
    public internal(set) var wasInterrupted = false
    /// The epoch (1-based) after which `EarlyStopping` stopped training, if it did.
    public internal(set) var stoppedEpoch: Int?
    /// The best epoch of the figure `EarlyStopping` monitored, when it stopped training.
    public internal(set) var bestEpoch: Int?
    /// The epochs (1-based) whose weights and gradients were kept, in order.
    public private(set) var snapshotEpochs: [Int] = []
    /// Per kept epoch, per layer: the layer's parameters at the end of the epoch.
    var weightSnapshots: [[[Tensor]]] = []
    /// Per kept epoch, per layer: each parameter's gradient averaged over the epoch's steps.
    var gradientSnapshots: [[[Tensor]]] = []
    /// The epochs planned to be kept (set by `planSnapshots`); the latest epoch is kept too
    /// until a later one replaces it.
    private var plannedSnapshots: Set<Int> = []
    private var latestIsPlanned = true

    /// The most epochs whose weights and gradients are kept.
    public static let maximumSnapshots = 25
    /// The most bytes the kept weights and gradients may take (at least two epochs are kept).
    public static let snapshotBudget = 64 << 20

    public init() {}

    /// The number of completed epochs.
    public var epochs: Int { loss.count }

    /// Chooses which of `epochs` epochs to keep for a model of `parameterCount` scalars: as
    /// many as the budget allows (2 to 25), evenly spaced, the first and the last included.
    mutating func planSnapshots(epochs: Int, parameterCount: Int) {
        let perEpoch = Swift.max(1, 2 * 8 * parameterCount)
        let count = Swift.min(epochs, Self.maximumSnapshots, Swift.max(2, Self.snapshotBudget / perEpoch))
        guard count > 1 else { plannedSnapshots = [1]; return }
        plannedSnapshots = Set((0..<count).map { 1 + Int((Double($0) * Double(epochs - 1) / Double(count - 1)).rounded()) })
    }

    /// Records one epoch's figures (name, value), and its weights and mean gradients when the
    /// epoch is planned to be kept or is the latest one.
    mutating func append(_ figures: [(String, Double)], weights: [[Tensor]], gradients: [[Tensor]]) {
        for (name, value) in figures {
            switch name {
            case "loss": loss.append(value)
            case "accuracy": accuracy.append(value)
            case "validationLoss": validationLoss.append(value)
            case "validationAccuracy": validationAccuracy.append(value)
            default: metrics[name, default: []].append(value)
            }
            if !figureNames.contains(name) { figureNames.append(name) }
        }
        let epoch = loss.count
        if !latestIsPlanned, !snapshotEpochs.isEmpty {
            snapshotEpochs.removeLast()
            weightSnapshots.removeLast()
            gradientSnapshots.removeLast()
        }
        latestIsPlanned = plannedSnapshots.isEmpty || plannedSnapshots.contains(epoch)
        snapshotEpochs.append(epoch)
        weightSnapshots.append(weights)
        gradientSnapshots.append(gradients)
    }

    /// The values of a figure by its name ("loss", "validationPrecision", …), or nil.
    public func figure(_ name: String) -> [Double]? {
        switch name {
        case "loss": loss
        case "accuracy": figureNames.contains(name) ? accuracy : nil
        case "validationLoss": figureNames.contains(name) ? validationLoss : nil
        case "validationAccuracy": figureNames.contains(name) ? validationAccuracy : nil
        default: metrics[name]
        }
    }

    /// The weight tensor (first parameter) of `layer` at each kept epoch (`snapshotEpochs`);
    /// empty for a layer without parameters.
    public func weights(layer: Int) throws -> [Tensor] {
        try snapshots(weightSnapshots, layer: layer)
    }

    /// The weight gradient of `layer` averaged over the steps of each kept epoch.
    public func gradients(layer: Int) throws -> [Tensor] {
        try snapshots(gradientSnapshots, layer: layer)
    }

    /// The bias (second parameter) of `layer` at each kept epoch.
    public func biases(layer: Int) throws -> [Tensor] {
        try snapshots(weightSnapshots, layer: layer, parameter: 1)
    }

    private func snapshots(_ source: [[[Tensor]]], layer: Int, parameter: Int = 0) throws -> [Tensor] {
        let layerCount = source.first?.count ?? 0
        guard layer >= 0, layer < layerCount else {
            throw LearnError.layerIndexOutOfRange(index: layer, count: layerCount)
        }
        return source.compactMap { epoch in epoch[layer].count > parameter ? epoch[layer][parameter] : nil }
    }
}

/// One report to `fit`'s progress callback: after every step, and with
/// `isEpochEnd` (and the validation figures) once per epoch.
public struct FitProgress: Sendable {
    /// 1-based epoch and step.
    public let epoch: Int
    public let epochs: Int
    public let step: Int
    public let stepsPerEpoch: Int
    /// Running mean loss and accuracy of the epoch so far (accuracy nil for regression).
    public let loss: Double
    public let accuracy: Double?
    public let isEpochEnd: Bool
    public let validationLoss: Double?
    public let validationAccuracy: Double?
    /// At an epoch's end, the figures of `fit(metrics:)` by name, in order.
    public let metrics: [(String, Double)]

    /// The figures shown on their own, not among `metrics`.
    static let basicKeys: Set<String> = ["loss", "accuracy", "validationLoss", "validationAccuracy"]

    public init(epoch: Int, epochs: Int, step: Int, stepsPerEpoch: Int, loss: Double, accuracy: Double?,
                isEpochEnd: Bool, validationLoss: Double?, validationAccuracy: Double?, metrics: [(String, Double)] = []) {
        self.epoch = epoch
        self.epochs = epochs
        self.step = step
        self.stepsPerEpoch = stepsPerEpoch
        self.loss = loss
        self.accuracy = accuracy
        self.isEpochEnd = isEpochEnd
        self.validationLoss = validationLoss
        self.validationAccuracy = validationAccuracy
        self.metrics = metrics
    }
}
