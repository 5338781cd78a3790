/// Batch normalisation of `rows × channels` storage (a batch of images
/// `[n, h, w, c]` is `n·h·w` rows of `c` channels): each channel shifted by
/// a mean and scaled by `1 / √(variance + ε)`, then by `scale` and `offset`.
enum NormalizationKernels {
    /// The mean and biased variance of every channel over the rows.
    static func statistics(
        _ x: UnsafePointer<Double>, rows: Int, channels: Int,
        mean: UnsafeMutablePointer<Double>, variance: UnsafeMutablePointer<Double>
    ) {
        mean.update(repeating: 0, count: channels)
        variance.update(repeating: 0, count: channels)
        guard rows > 0 else { return }
        for row in 0..<rows {
            let line = x + row * channels
            for c in 0..<channels { mean[c] += line[c] }
        }
        let scale = 1 / Double(rows)
        for c in 0..<channels { mean[c] *= scale }
        for row in 0..<rows {
            let line = x + row * channels
            for c in 0..<channels {
                let d = line[c] - mean[c]
                variance[c] += d * d
            }
        }
        for c in 0..<channels { variance[c] *= scale }
    }

    /// `normalized = (x − mean) · inverseDeviation`, `y = scale · normalized + offset`.
    static func normalize(
        _ x: UnsafePointer<Double>, rows: Int, channels: Int, mean: UnsafePointer<Double>,
        inverseDeviation: UnsafePointer<Double>, scale: UnsafePointer<Double>, offset: UnsafePointer<Double>,
        normalized: UnsafeMutablePointer<Double>, y: UnsafeMutablePointer<Double>
    ) {
        for row in 0..<rows {
            let base = row * channels
            for c in 0..<channels {
                let n = (x[base + c] - mean[c]) * inverseDeviation[c]
                normalized[base + c] = n
                y[base + c] = scale[c] * n + offset[c]
            }
        }
    }

    /// The gradients of `normalize`'s output `y` with respect to `scale` and
    /// `offset`, and to `x`: through the batch's own statistics when
    /// `batchStatistics` (training), else with mean and deviation fixed (inference).
    static func backward(
        _ upstream: UnsafePointer<Double>, normalized: UnsafePointer<Double>, rows: Int, channels: Int,
        scale: UnsafePointer<Double>, inverseDeviation: UnsafePointer<Double>, batchStatistics: Bool,
        scaleGradient: UnsafeMutablePointer<Double>, offsetGradient: UnsafeMutablePointer<Double>,
        inputGradient: UnsafeMutablePointer<Double>?
    ) {
        scaleGradient.update(repeating: 0, count: channels)
        offsetGradient.update(repeating: 0, count: channels)
        for row in 0..<rows {
            let base = row * channels
            for c in 0..<channels {
                offsetGradient[c] += upstream[base + c]
                scaleGradient[c] += upstream[base + c] * normalized[base + c]
            }
        }
        guard let inputGradient, rows > 0 else { return }
        let count = Double(rows)
        for row in 0..<rows {
            let base = row * channels
            for c in 0..<channels {
                let factor = scale[c] * inverseDeviation[c]
                if batchStatistics {
                    let centred = count * upstream[base + c] - offsetGradient[c] - normalized[base + c] * scaleGradient[c]
                    inputGradient[base + c] = factor / count * centred
                } else {
                    inputGradient[base + c] = factor * upstream[base + c]
                }
            }
        }
    }
}
