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
