#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Learn

/// The scalar an attribution explains, as a function of a model's last values: the probability
/// the model's probability route (`ClassProbabilities`) gives the target class — softmax over
/// several outputs, the sigmoid of one output for two classes — or, for a regression model, its
/// output itself.
struct OutputHead: Sendable, Equatable {
    enum Kind: Sendable, Equatable { case softmax, sigmoid, identity }
    let kind: Kind

    /// The head for `model` on `data`: regression data explains the (single) output; a model
    /// whose last layer ends in softmax (or sigmoid with one output) has the head applied to that
    /// layer's pre-activation (`onPreActivation`); otherwise the head is the route's own
    /// softmax or sigmoid over the outputs.
    static func of(_ model: Sequential, outputs: Int, classification: Bool) -> (head: OutputHead, onPreActivation: Bool) {
        guard classification else { return (OutputHead(kind: .identity), false) }
        let last = (model.layers.last as? Dense)?.activation.name
        if last == "softmax", outputs > 1 { return (OutputHead(kind: .softmax), true) }
        if last == "sigmoid", outputs == 1 { return (OutputHead(kind: .sigmoid), true) }
        return (OutputHead(kind: outputs == 1 ? .sigmoid : .softmax), false)
    }

    /// The value for target `c` of the last values `y`.
    func value(_ y: UnsafeBufferPointer<Double>, target c: Int) -> Double {
        switch kind {
        case .identity: return y[c]
        case .sigmoid:
            let p = 1 / (1 + exp(-y[0]))
            return c == 1 ? p : 1 - p
        case .softmax:
            var top = -Double.infinity
            for v in y { top = Swift.max(top, v) }
            var sum = 0.0
            for v in y { sum += exp(v - top) }
            return exp(y[c] - top) / sum
        }
    }

    /// Adds `weight` × ∂value/∂y at `y` into `gradient` (`scratch` holds y.count values).
    func addGradient(_ y: UnsafeBufferPointer<Double>, target c: Int, weight: Double,
                     into gradient: UnsafeMutableBufferPointer<Double>, scratch: UnsafeMutableBufferPointer<Double>) {
        switch kind {
        case .identity:
            gradient[c] += weight
        case .sigmoid:
            let p = 1 / (1 + exp(-y[0]))
            gradient[0] += weight * (c == 1 ? 1 : -1) * p * (1 - p)
        case .softmax:
            var top = -Double.infinity
            for v in y { top = Swift.max(top, v) }
            var sum = 0.0
            for j in 0..<y.count { scratch[j] = exp(y[j] - top); sum += scratch[j] }
            let pc = scratch[c] / sum
            for j in 0..<y.count { gradient[j] -= weight * pc * scratch[j] / sum }
            gradient[c] += weight * pc
        }
    }

    /// The head as differentiable tensor operations on a batch of last values `[n, k]`, summed over
    /// rows with each row's target (one-hot `mask`, `[n, k]`): the tape's route for any model.
    func summed(_ y: Tensor, mask: Tensor, targets: [Int]) throws -> Tensor {
        switch kind {
        case .identity:
            return try (y * mask).sum()
        case .softmax:
            return try (Activation.softmax(y) * mask).sum()
        case .sigmoid:
            let sign = Tensor(targets.map { $0 == 1 ? 1.0 : -1.0 })
            let offset = Double(targets.filter { $0 == 0 }.count)
            let p = try Activation.sigmoid(y).reshaped(to: [targets.count])
            return try (p * sign).sum() + offset
        }
    }
}
