/// Stops `fit` when the monitored figure has not improved for `patience` epochs, as Keras's
/// `EarlyStopping` does (min_delta 0, no baseline): a loss improves by falling, any other
/// figure by rising; training never stops after the first epoch; with `restoreBestWeights`,
/// stopping puts back the weights of the best epoch (a run that ends without stopping keeps
/// its last weights, as in Keras).
public struct EarlyStopping: Sendable, Equatable {
    /// A History key: "loss", "validationLoss", "accuracy", "validationAccuracy",
    /// "precision", "validationAuc", ….
    public let monitor: String
    public let patience: Int
    public let restoreBestWeights: Bool

    public init(monitor: String = "validationLoss", patience: Int = 0, restoreBestWeights: Bool = false) throws {
        guard patience >= 0 else {
            throw LearnError.invalidArgument(name: "patience", reason: "must not be negative, got \(patience)")
        }
        self.monitor = monitor
        self.patience = patience
        self.restoreBestWeights = restoreBestWeights
    }

    /// True when a smaller value is better.
    var minimizes: Bool { monitor.lowercased().hasSuffix("loss") }

    /// The running state of one `fit`.
    struct Watch {
        let rule: EarlyStopping
        var best: Double
        var bestEpoch = 0
        var bestWeights: [[Tensor]]?
        var wait = 0

        init(_ rule: EarlyStopping) {
            self.rule = rule
            best = rule.minimizes ? .infinity : -.infinity
        }

        /// Takes epoch `epoch`'s (1-based) value; returns true when training should stop.
        mutating func observe(_ value: Double, epoch: Int, weights: () -> [[Tensor]]) -> Bool {
            wait += 1
            if rule.minimizes ? value < best : value > best {
                best = value
                bestEpoch = epoch
                if rule.restoreBestWeights { bestWeights = weights() }
                wait = 0
                return false
            }
            return wait >= rule.patience && epoch > 1
        }
    }
}
