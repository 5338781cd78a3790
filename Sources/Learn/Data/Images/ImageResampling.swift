/// Resizing images with a triangle (bilinear) filter, widened by the scale
/// when shrinking so every source pixel counts (the coefficients of Pillow's
/// `Image.resize(…, BILINEAR)`), one axis after the other.
enum ImageResampling {
    /// One output position's first source index and weights (summing to 1).
    struct Taps {
        let start: Int
        let weights: [Double]
    }

    /// The taps of each of `outputSize` positions over `inputSize` source positions.
    static func taps(from inputSize: Int, to outputSize: Int) -> [Taps] {
        let scale = Double(inputSize) / Double(outputSize)
        let stretch = max(scale, 1)
        return (0..<outputSize).map { index in
            let centre = (Double(index) + 0.5) * scale
            let first = max(0, Int(centre - stretch + 0.5))
            let last = min(inputSize, Int(centre + stretch + 0.5))
            var weights = (first..<max(last, first)).map { x in max(0, 1 - abs((Double(x) - centre + 0.5) / stretch)) }
            let total = weights.reduce(0, +)
            if total > 0 { weights = weights.map { $0 / total } }
            return Taps(start: first, weights: weights)
        }
    }

    /// `pixels` (`height × width × channels`, row-major) resized to `size` (height, width).
    static func resize(_ pixels: [Double], height: Int, width: Int, channels: Int, to size: (Int, Int)) -> [Double] {
        let (targetHeight, targetWidth) = size
        if (targetHeight, targetWidth) == (height, width) { return pixels }
        let columns = taps(from: width, to: targetWidth), rows = taps(from: height, to: targetHeight)
        var across = [Double](repeating: 0, count: height * targetWidth * channels)
        for y in 0..<height {
            for (x, tap) in columns.enumerated() {
                let target = (y * targetWidth + x) * channels
                for (k, weight) in tap.weights.enumerated() {
                    let source = (y * width + tap.start + k) * channels
                    for c in 0..<channels { across[target + c] += weight * pixels[source + c] }
                }
            }
        }
        var out = [Double](repeating: 0, count: targetHeight * targetWidth * channels)
        for (y, tap) in rows.enumerated() {
            for (k, weight) in tap.weights.enumerated() {
                let source = (tap.start + k) * targetWidth * channels, target = y * targetWidth * channels
                for i in 0..<(targetWidth * channels) { out[target + i] += weight * across[source + i] }
            }
        }
        return out
    }
}

extension Dataset {
    /// The images resized to `size` (height, width) with `ImageResampling`'s
    /// bilinear filter, labels and class names kept (as Keras's `Resizing`).
    public func resized(to size: (Int, Int)) throws -> Dataset {
        guard size.0 > 0, size.1 > 0, size.0 <= 4096, size.1 <= 4096 else {
            throw LearnError.invalidArgument(name: "size", reason: "must be between (1, 1) and (4096, 4096), got (\(size.0), \(size.1))")
        }
        let shape = exampleShape
        guard shape.count == 3 else {
            throw LearnError.invalidArgument(name: "data", reason: "resizing needs images [n, height, width, channels], got features \(features.shape)")
        }
        let (height, width, channels) = (shape[0], shape[1], shape[2])
        let target = try TensorLimits.scalarCount([count, size.0, size.1, channels])
        var scalars: [Double] = []
        scalars.reserveCapacity(target)
        let imageSize = height * width * channels
        for image in 0..<count {
            let pixels = Array(features.scalars[(image * imageSize)..<((image + 1) * imageSize)])
            scalars += ImageResampling.resize(pixels, height: height, width: width, channels: channels, to: size)
        }
        return try Dataset(features: Tensor(shape: [count, size.0, size.1, channels], scalars: scalars), labels: labels,
                           classNames: classNames)
    }
}
