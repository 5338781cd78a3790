/// The running mean of a model's gradients over the steps of one epoch, for
/// `History.gradients(layer:)`; adding a step also tells whether all of its
/// gradients are finite (one pass over them for both).
struct GradientMean {
    private var sums: [[Tensor]] = []
    private var steps = 0

    /// Adds one step's gradients (the first step fixes the shapes) and returns
    /// true when none of them is NaN or infinite.
    mutating func add(_ gradients: ModelGradients) -> Bool {
        if !holdsSums(shaped: gradients) {
            sums = gradients.layers.map { layer in
                layer.map { Tensor(uncheckedShape: $0.shape, scalars: Array(repeating: 0, count: $0.scalarCount)) }
            }
            steps = 0
        }
        steps += 1
        var nonFinite: UInt64 = 0
        for layer in sums.indices {
            for parameter in sums[layer].indices {
                gradients.layers[layer][parameter].scalars.withUnsafeBufferPointer { added in
                    sums[layer][parameter].scalars.withUnsafeMutableBufferPointer { total in
                        nonFinite |= Self.add(added, to: total)
                    }
                }
            }
        }
        return nonFinite & Self.signBit == 0
    }

    /// True when `sums` has one tensor of the same size per gradient.
    private func holdsSums(shaped gradients: ModelGradients) -> Bool {
        guard sums.count == gradients.layers.count else { return false }
        for (layer, sumLayer) in zip(gradients.layers, sums) {
            guard layer.count == sumLayer.count else { return false }
            for (gradient, sum) in zip(layer, sumLayer) where gradient.scalarCount != sum.scalarCount { return false }
        }
        return true
    }

    /// The mean gradient of every parameter over the steps added since the
    /// last call; the next step added starts a new mean.
    mutating func takeMean() -> [[Tensor]] {
        let count = Double(max(steps, 1))
        let means = sums.map { layer in
            layer.map { Tensor(uncheckedShape: $0.shape, scalars: $0.scalars.map { $0 / count }) }
        }
        for layer in sums.indices {
            for parameter in sums[layer].indices {
                sums[layer][parameter].scalars.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
            }
        }
        steps = 0
        return means
    }

    private static let exponentMask: UInt64 = 0x7FF0_0000_0000_0000
    private static let exponentOne: UInt64 = 0x0010_0000_0000_0000
    private static let signBit: UInt64 = 0x8000_0000_0000_0000

    /// `total += added`, returning a word whose sign bit is set exactly when
    /// one of the added values is NaN or infinite: the exponent field plus one
    /// carries into the sign bit only when the field is all ones (integer
    /// operations ORed together, so the loop vectorises).
    private static func add(_ added: UnsafeBufferPointer<Double>, to total: UnsafeMutableBufferPointer<Double>) -> UInt64 {
        var flags: UInt64 = 0
        for i in 0..<min(added.count, total.count) {
            let value = added[i]
            total[i] += value
            flags |= (value.bitPattern & exponentMask) &+ exponentOne
        }
        return flags
    }
}
