#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The two cross-entropies computed from logits, each one primitive with its exact gradient
/// (composing them from `relu` and `abs` would give a wrong gradient at a logit of exactly 0).
extension Primitives {
    /// Mean over rows of `-log softmax(logits)[row, label]`; labels already validated.
    static func softmaxCrossEntropy(_ logits: Tensor, labels: [Int]) -> Tensor {
        let width = logits.shape.last ?? 1
        let (loss, probabilities) = SoftmaxKernels.crossEntropy(logits.scalars, labels: labels, width: width)
        let value = Tensor(loss)
        return Tensor.record(value, inputs: [logits]) { g in
            let scale = g.scalars[0] / Double(max(labels.count, 1))
            var grad = probabilities
            for (row, label) in labels.enumerated() { grad[row * width + label] -= 1 }
            for i in 0..<grad.count { grad[i] *= scale }
            return [Tensor(uncheckedShape: logits.shape, scalars: grad)]
        }
    }

    /// Mean over elements of the binary cross-entropy of `sigmoid(x)` against targets `z` (same
    /// shape), computed stably as `max(x, 0) − x·z + log(1 + exp(−|x|))`;
    /// ∂/∂x = (σ(x) − z) / n, ∂/∂z = −x / n.
    static func sigmoidCrossEntropy(_ logits: Tensor, targets: Tensor) -> Tensor {
        let (x, z) = (logits.scalars, targets.scalars)
        var total = 0.0
        for i in 0..<x.count {
            total += Swift.max(x[i], 0) - x[i] * z[i] + log1p(exp(-Swift.abs(x[i])))
        }
        let n = Double(Swift.max(x.count, 1))
        let value = Tensor(total / n)
        return Tensor.record(value, inputs: [logits, targets]) { g in
            let scale = g.scalars[0] / n
            let gx = logits.node == nil ? nil : Tensor(uncheckedShape: logits.shape, scalars: (0..<x.count).map { i in
                (UnaryFunction.sigmoid(x[i]) - z[i]) * scale
            })
            let gz = targets.node == nil ? nil : Tensor(uncheckedShape: targets.shape, scalars: x.map { -$0 * scale })
            return [gx, gz]
        }
    }
}
