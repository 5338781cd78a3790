import Learn

/// Integrated gradients for any model, through the tape: the gradient of the head at points along
/// the path (all rows in one batch per point), integrated by composite Gauss–Legendre quadrature
/// (8 nodes per panel), the panels doubled until each row's attributions sum to f(x) − f(baseline)
/// within `tolerance` or `maxPanels` is reached. Smooth networks converge in a few panels; the
/// kinks of ReLU layers the exact path cannot cut (after convolutions) converge slowly, and the gap
/// that is left is reported with the attributions.
struct PathQuadrature {
    let model: Sequential
    let head: OutputHead
    static let rule = GaussLegendre(points: 8)
    static let tolerance = 1e-9
    static let maxPanels = 256

    /// `model` with its last layer's softmax or sigmoid removed when the head applies it.
    init(model: Sequential, head: OutputHead, headOnPreActivation: Bool) throws {
        var inference = model
        inference.isTraining = false
        if headOnPreActivation, let last = inference.layers.last as? Dense {
            inference.layers[inference.layers.count - 1] = try Dense(weight: last.weight, bias: last.bias)
        }
        self.model = inference
        self.head = head
    }

    /// Attributions `[rows][features]`, with f(x) and f(baseline) per row and the panels used.
    func attribute(inputs: Tensor, baseline: [Double], targets: [Int],
                   checkInterrupt: () throws -> Void) throws -> (attributions: [[Double]], fx: [Double], fb: [Double], panels: Int) {
        let rows = inputs.shape[0], width = inputs.scalarCount / Swift.max(1, rows)
        let baselines = try Tensor(shape: inputs.shape, scalars: (0..<rows).flatMap { _ in baseline })
        let delta = try inputs - baselines
        let outputs = try model(inputs).shape.last ?? 1
        var mask = [Double](repeating: 0, count: rows * outputs)
        for (i, c) in targets.enumerated() where c < outputs { mask[i * outputs + c] = 1 }
        let oneHot = try Tensor(shape: [rows, outputs], scalars: mask)
        let fx = try values(inputs, targets: targets), fb = try values(baselines, targets: targets)
        var panels = 4
        while true {
            var integral = [Double](repeating: 0, count: rows * width)
            for panel in 0..<panels {
                for (node, weight) in zip(Self.rule.nodes, Self.rule.weights) {
                    try checkInterrupt()
                    let alpha = (Double(panel) + (node + 1) / 2) / Double(panels)
                    let point = try baselines + delta * alpha
                    let g = try gradient(at: point) { x in try head.summed(try model(x), mask: oneHot, targets: targets) }
                    let w = weight / 2 / Double(panels)
                    g.scalars.withUnsafeBufferPointer { gs in
                        for k in 0..<integral.count { integral[k] += w * gs[k] }
                    }
                }
            }
            let d = delta.scalars
            let attributions = (0..<rows).map { r in (0..<width).map { integral[r * width + $0] * d[r * width + $0] } }
            let gap = zip(attributions, zip(fx, fb)).map { abs($0.reduce(0, +) - ($1.0 - $1.1)) }.max() ?? 0
            if gap <= Self.tolerance || panels >= Self.maxPanels { return (attributions, fx, fb, panels) }
            panels *= 2
        }
    }

    /// The head's value for each row's target.
    private func values(_ x: Tensor, targets: [Int]) throws -> [Double] {
        let y = try model(x)
        let k = y.shape.last ?? 1
        return y.scalars.withUnsafeBufferPointer { all in
            targets.indices.map { i in head.value(UnsafeBufferPointer(rebasing: all[(i * k)..<((i + 1) * k)]), target: targets[i]) }
        }
    }
}
