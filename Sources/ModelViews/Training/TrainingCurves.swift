import Learn

/// Per-epoch figures of a training run: what `LossCurve` draws. Built from a
/// `History` (also a partial one, while `fit` runs) or given directly.
public struct TrainingCurves: Sendable, Equatable {
    public var loss: [Double]
    public var accuracy: [Double]
    public var validationLoss: [Double]
    public var validationAccuracy: [Double]

    public init(loss: [Double], accuracy: [Double] = [], validationLoss: [Double] = [], validationAccuracy: [Double] = []) {
        self.loss = loss; self.accuracy = accuracy
        self.validationLoss = validationLoss; self.validationAccuracy = validationAccuracy
    }

    public init(_ history: History) {
        self.init(loss: history.loss, accuracy: history.accuracy,
                  validationLoss: history.validationLoss, validationAccuracy: history.validationAccuracy)
    }

    /// The number of epochs recorded.
    public var epochs: Int { loss.count }

    /// The 1-based epoch with the lowest validation loss, or the lowest
    /// training loss without validation data (nil when nothing is finite).
    public var bestEpoch: Int? {
        let source = validationLoss.contains(where: \.isFinite) ? validationLoss : loss
        var best: Int?
        for (i, v) in source.enumerated() where v.isFinite {
            if let b = best, source[b] <= v { continue }
            best = i
        }
        return best.map { $0 + 1 }
    }

    /// Whether the best epoch is judged on validation loss.
    public var bestIsValidation: Bool { validationLoss.contains(where: \.isFinite) }
}

/// TensorBoard's debiased exponential moving average (as `LinePlot(smoothing:)`).
enum Smoothing {
    static func ema(_ values: [Double], weight: Double) -> [Double] {
        guard weight > 0 else { return values }
        var last = 0.0, count = 0.0, factor = 1.0
        return values.map { v in
            guard v.isFinite else { return v }
            last = last * weight + (1 - weight) * v
            count += 1
            factor *= weight
            return last / (1 - factor)
        }
    }
}
