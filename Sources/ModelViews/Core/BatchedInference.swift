import Learn

extension Sequential {
    /// Rows per forward pass of `inferenceOutputs`: a convolution's activations
    /// for 60 000 images at once would take gigabytes.
    static let inferenceBatch = 256

    /// The model's outputs for every row of `features` in inference mode,
    /// computed `inferenceBatch` rows at a time (the same numbers as one pass:
    /// rows do not interact in inference mode).
    func inferenceOutputs(_ features: Tensor) throws -> Tensor {
        var inference = self
        inference.isTraining = false
        let rows = features.shape.first ?? 0
        guard features.rank >= 1, rows > Self.inferenceBatch else { return try inference(features) }
        var outputs: [Double] = []
        var shape: [Int] = []
        for start in stride(from: 0, to: rows, by: Self.inferenceBatch) {
            let output = try inference(try features[start..<Swift.min(start + Self.inferenceBatch, rows)])
            shape = Array(output.shape.dropFirst())
            outputs += output.scalars
        }
        return try Tensor(shape: [rows] + shape, scalars: outputs)
    }
}
