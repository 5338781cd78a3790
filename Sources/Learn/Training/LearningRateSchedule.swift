#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The learning rate `fit(learningRate:)` sets on the optimizer before each step.
public enum LearningRateSchedule: Sendable, Equatable {
    /// The same rate throughout.
    case constant(Double)
    /// `initial · factor^⌊epoch / every⌋` (epochs counted from 0), as Keras's step decay.
    case stepDecay(initial: Double, factor: Double, every: Int)
    /// From `initial` down to `minimum` along half a cosine over all the run's steps
    /// (Keras's `CosineDecay` with `alpha = minimum / initial` and the run as its decay steps).
    case cosine(initial: Double, minimum: Double)

    /// Throws unless every rate the schedule gives is finite and positive.
    func validate() throws {
        func positive(_ value: Double, _ name: String) throws {
            guard value.isFinite, value > 0 else {
                throw LearnError.invalidArgument(name: name, reason: "must be a finite positive number, got \(Tensor.format(value))")
            }
        }
        switch self {
        case .constant(let rate): try positive(rate, "learningRate")
        case let .stepDecay(initial, factor, every):
            try positive(initial, "initial")
            try positive(factor, "factor")
            guard every > 0 else { throw LearnError.invalidArgument(name: "every", reason: "must be positive, got \(every)") }
        case let .cosine(initial, minimum):
            try positive(initial, "initial")
            try positive(minimum, "minimum")
            guard minimum <= initial else {
                throw LearnError.invalidArgument(name: "minimum", reason: "must not exceed 'initial' (\(Tensor.format(initial))), got \(Tensor.format(minimum))")
            }
        }
    }

    /// The rate for step `step` (0-based, counted over the whole run) of `totalSteps`, in epoch
    /// `epoch` (0-based).
    func rate(epoch: Int, step: Int, totalSteps: Int) -> Double {
        switch self {
        case .constant(let rate): return rate
        case let .stepDecay(initial, factor, every): return initial * pow(factor, Double(epoch / every))
        case let .cosine(initial, minimum):
            let progress = Double(step) / Double(Swift.max(totalSteps, 1))
            return minimum + (initial - minimum) * 0.5 * (1 + cos(Double.pi * progress))
        }
    }

    /// The rate of the first step.
    var initialRate: Double { rate(epoch: 0, step: 0, totalSteps: 1) }
}
