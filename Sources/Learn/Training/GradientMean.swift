/// The running mean of a model's gradients over the steps of one epoch, for
/// `History.gradients(layer:)`.
struct GradientMean {
    private var sums: [[Tensor]] = []
    private var steps = 0

    /// Adds one step's gradients (the first step fixes the shapes).
    mutating func add(_ gradients: ModelGradients) {
        if sums.isEmpty || steps == 0 {
            sums = gradients.layers.map { $0.map(\.detached) }
            steps = 1
            return
        }
        steps += 1
        for layer in sums.indices where layer < gradients.layers.count {
            for parameter in sums[layer].indices where parameter < gradients.layers[layer].count {
                let step = gradients.layers[layer][parameter].scalars
                guard step.count == sums[layer][parameter].scalarCount else { continue }
                sums[layer][parameter].scalars.withUnsafeMutableBufferPointer { total in
                    step.withUnsafeBufferPointer { added in
                        for i in 0..<total.count { total[i] += added[i] }
                    }
                }
            }
        }
    }

    /// The mean gradient of every parameter over the steps added since the
    /// last call, then starts a new epoch.
    mutating func takeMean() -> [[Tensor]] {
        let count = Double(max(steps, 1))
        var means = sums
        sums = []
        steps = 0
        for layer in means.indices {
            for parameter in means[layer].indices {
                means[layer][parameter].scalars.withUnsafeMutableBufferPointer { values in
                    for i in 0..<values.count { values[i] /= count }
                }
            }
        }
        return means
    }
}
