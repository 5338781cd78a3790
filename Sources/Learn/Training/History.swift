/// What `fit` recorded, one entry per completed epoch.
public struct History: Sendable {
    /// Mean training loss over each epoch's steps (weighted by batch size).
    public internal(set) var loss: [Double] = []
    /// Training accuracy over each epoch (empty for regression).
    public internal(set) var accuracy: [Double] = []
    /// Loss on the validation data after each epoch (empty without validation data).
    public internal(set) var validationLoss: [Double] = []
    public internal(set) var validationAccuracy: [Double] = []
    /// True when the cancellation check stopped training early.
    public internal(set) var wasInterrupted = false
    /// Per epoch, per layer: the layer's parameters at the end of the epoch.
    var weightSnapshots: [[[Tensor]]] = []
    /// Per epoch, per layer: each parameter's gradient averaged over the epoch's steps.
    var gradientSnapshots: [[[Tensor]]] = []

    public init() {}

    /// The number of completed epochs.
    public var epochs: Int { loss.count }

    /// The weight tensor (first parameter) of `layer` after each epoch;
    /// empty for a layer without parameters.
    public func weights(layer: Int) throws -> [Tensor] {
        try snapshots(weightSnapshots, layer: layer)
    }

    /// The weight gradient of `layer` averaged over the steps of each epoch.
    public func gradients(layer: Int) throws -> [Tensor] {
        try snapshots(gradientSnapshots, layer: layer)
    }

    /// The bias (second parameter) of `layer` after each epoch.
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
}
