import Learn

/// Integrated gradients computed exactly for models made of `Dense` layers whose activations are
/// piecewise linear (identity, relu, leakyRelu), with `Dropout` and `Flatten` passing through at
/// inference. Along the straight path from the baseline, such a network is affine between the
/// points where a unit's pre-activation crosses zero; the path is cut there, each piece's
/// gradient is constant up to the output head, and the head's gradient (a smooth function of a
/// line) is integrated by Gauss–Legendre quadrature, refined until it has converged to rounding.
/// So the attributions of a row sum to f(x) − f(baseline) to within rounding.
struct PiecewiseLinearPath {
    struct Step {
        let weight: [Double]   // [inputs, outputs], row-major
        let bias: [Double]
        let inputs: Int
        let outputs: Int
        /// The slope below zero: nil for no kink (identity), 0 for relu, the slope for leakyRelu.
        let slopeBelowZero: Double?
    }

    let steps: [Step]
    let head: OutputHead
    /// More pieces than this along one path means the network is too wiggly to cut exactly.
    static let maxPieces = 100_000

    /// The chain of `model`, or nil when a layer or activation is not piecewise linear.
    init?(model: Sequential, head: OutputHead, headOnPreActivation: Bool) {
        var steps: [Step] = []
        for (index, layer) in model.layers.enumerated() {
            if layer.kind == "Dropout" || layer.kind == "Flatten" { continue }
            guard let dense = layer as? Dense else { return nil }
            let isLast = index == model.layers.count - 1
            let slope: Double?
            switch dense.activation.name {
            case "identity": slope = nil
            case "relu": slope = 0
            case "leakyRelu": slope = -(dense.activation(Tensor([-1.0])).scalars.first ?? .nan)
            case "softmax", "sigmoid":
                guard isLast && headOnPreActivation else { return nil }
                slope = nil
            default: return nil
            }
            if let slope, !slope.isFinite { return nil }
            steps.append(Step(weight: dense.weight.scalars, bias: dense.bias.scalars, inputs: dense.inputSize,
                              outputs: dense.outputSize, slopeBelowZero: slope))
        }
        guard !steps.isEmpty else { return nil }
        self.steps = steps
        self.head = head
    }

    var width: Int { steps.first?.inputs ?? 0 }
    var outputs: Int { steps.last?.outputs ?? 0 }

    /// One row's attributions, f(x) and f(baseline), or nil when the path has too many pieces.
    func attribute(x: [Double], baseline: [Double], target: Int) -> (attributions: [Double], fx: Double, fb: Double)? {
        var work = Workspace(self)
        let delta = zip(x, baseline).map { $0 - $1 }
        var attributions = [Double](repeating: 0, count: width)
        var alpha = 0.0
        var fb = Double.nan, fx = Double.nan
        var pieces = 0
        while alpha < 1 {
            pieces += 1
            guard pieces <= Self.maxPieces else { return nil }
            let next = Swift.min(1, alpha + work.forward(from: baseline, delta: delta, at: alpha, steps: steps))
            let (y, dy) = work.last
            if alpha == 0 { fb = y.withUnsafeBufferPointer { head.value($0, target: target) } }
            let integral = HeadIntegral.along(head, start: y, direction: dy, length: next - alpha, target: target)
            let g = work.backward(integral, steps: steps)
            for i in 0..<width { attributions[i] += delta[i] * g[i] }
            if next >= 1 {
                let end = zip(y, dy).map { $0 + (1 - alpha) * $1 }
                fx = end.withUnsafeBufferPointer { head.value($0, target: target) }
            }
            alpha = next
        }
        return (attributions, fx, fb)
    }

    /// Per-layer values along the current piece: pre-activations and their derivatives along
    /// the path, and each unit's slope on this piece.
    struct Workspace {
        var values: [[Double]]
        var rates: [[Double]]
        var slopes: [[Double]]

        init(_ path: PiecewiseLinearPath) {
            values = path.steps.map { [Double](repeating: 0, count: $0.outputs) }
            rates = values
            slopes = path.steps.map { [Double](repeating: 1, count: $0.outputs) }
        }

        /// The last layer's values and their derivatives along the path.
        var last: ([Double], [Double]) { (values[values.count - 1], rates[rates.count - 1]) }

        /// Runs the network at `alpha` (each unit's side of its kink decided by its value, or by
        /// where it is heading when it sits on the kink) and returns how far the path goes before
        /// a unit's pre-activation crosses zero.
        mutating func forward(from baseline: [Double], delta: [Double], at alpha: Double, steps: [Step]) -> Double {
            var input = zip(baseline, delta).map { $0 + alpha * $1 }
            var rate = delta
            var reach = Double.infinity
            for (l, step) in steps.enumerated() {
                var z = step.bias, dz = [Double](repeating: 0, count: step.outputs)
                step.weight.withUnsafeBufferPointer { w in
                    for i in 0..<step.inputs where input[i] != 0 || rate[i] != 0 {
                        let (h, r) = (input[i], rate[i])
                        let row = i * step.outputs
                        for j in 0..<step.outputs { z[j] += h * w[row + j]; dz[j] += r * w[row + j] }
                    }
                }
                for j in 0..<step.outputs {
                    guard let below = step.slopeBelowZero else { slopes[l][j] = 1; continue }
                    let scale = Swift.max(abs(z[j]), abs(dz[j]), 1e-300)
                    let onKink = abs(z[j]) <= 1e-12 * scale
                    let above = onKink ? dz[j] > 0 : z[j] > 0
                    slopes[l][j] = above ? 1 : below
                    if !onKink, dz[j] != 0 {
                        let t = -z[j] / dz[j]
                        if t > 1e-13 { reach = Swift.min(reach, t) }
                    }
                    z[j] *= slopes[l][j]; dz[j] *= slopes[l][j]
                }
                values[l] = z; rates[l] = dz
                input = z; rate = dz
            }
            return reach
        }

        /// The gradient with respect to the input of `v · y` on the current piece.
        func backward(_ v: [Double], steps: [Step]) -> [Double] {
            var g = v
            for (l, step) in steps.enumerated().reversed() {
                for j in 0..<step.outputs { g[j] *= slopes[l][j] }
                var previous = [Double](repeating: 0, count: step.inputs)
                step.weight.withUnsafeBufferPointer { w in
                    for i in 0..<step.inputs {
                        var sum = 0.0
                        let row = i * step.outputs
                        for j in 0..<step.outputs { sum += w[row + j] * g[j] }
                        previous[i] = sum
                    }
                }
                g = previous
            }
            return g
        }
    }
}
