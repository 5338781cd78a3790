extension RasterImage {
    /// The image with each `factorX × factorY` block of pixels averaged into one (a box
    /// filter, alpha-weighted), for drawing it much smaller than its own resolution. The
    /// last block of a row or column may be partial. The frame and interpolation are kept;
    /// gray stays gray, opaque images become RGB, others RGBA.
    public func reduced(factorX: Int, factorY: Int) -> RasterImage {
        let fx = Swift.max(1, Swift.min(factorX, width)), fy = Swift.max(1, Swift.min(factorY, height))
        if fx == 1 && fy == 1 { return self }
        let outWidth = (width + fx - 1) / fx, outHeight = (height + fy - 1) / fy
        let alpha = hasAlpha
        let channels = isGray ? 1 : alpha ? 4 : 3
        var out = [UInt8](repeating: 0, count: outWidth * outHeight * channels)
        // Per output column: Σ r·a, Σ g·a, Σ b·a, Σ a, and the pixel count of the block.
        var sums = [Int](repeating: 0, count: outWidth * 5)
        for outY in 0..<outHeight {
            for i in sums.indices { sums[i] = 0 }
            for y in (outY * fy)..<Swift.min(height, outY * fy + fy) {
                let row = y * width
                for x in 0..<width {
                    let (r, g, b, a) = straight(row + x)
                    let s = (x / fx) * 5, ai = Int(a)
                    sums[s] += Int(r) * ai; sums[s + 1] += Int(g) * ai; sums[s + 2] += Int(b) * ai
                    sums[s + 3] += ai; sums[s + 4] += 1
                }
            }
            for outX in 0..<outWidth {
                let s = outX * 5, alphaSum = sums[s + 3], n = Swift.max(1, sums[s + 4])
                func channel(_ k: Int) -> UInt8 {
                    alphaSum == 0 ? 0 : UInt8(Swift.min(255, (sums[s + k] + alphaSum / 2) / alphaSum))
                }
                let o = (outY * outWidth + outX) * channels
                if channels == 1 { out[o] = channel(0); continue }
                out[o] = channel(0); out[o + 1] = channel(1); out[o + 2] = channel(2)
                if channels == 4 { out[o + 3] = UInt8((alphaSum + n / 2) / n) }
            }
        }
        let reducedPixels: Pixels = channels == 1 ? .gray(out) : channels == 3 ? .rgb(out) : .rgba(out)
        return RasterImage(width: outWidth, height: outHeight, pixels: reducedPixels, frame: frame,
                           interpolation: interpolation) ?? self
    }

    var isGray: Bool {
        if case .gray = pixels { return true }
        return false
    }

    /// The integer block factors that bring the image down to at most `maxWidth × maxHeight`
    /// pixels per axis (1 where it already fits).
    static func reductionFactors(width: Int, height: Int, maxWidth: Double, maxHeight: Double) -> (Int, Int) {
        func factor(_ n: Int, _ limit: Double) -> Int {
            guard limit.isFinite else { return 1 }
            if limit < 1 { return n }
            guard Double(n) > limit else { return 1 }
            return Swift.min(n, Int((Double(n) / limit).rounded(.up)))
        }
        return (factor(width, maxWidth), factor(height, maxHeight))
    }

    /// The image reduced so that it has at most `density` pixels per user unit of its frame
    /// along each axis: what the SVG and PDF writers embed.
    func reducedForEmbedding(density: Double) -> RasterImage {
        let (fx, fy) = Self.reductionFactors(width: width, height: height, maxWidth: abs(frame.width) * density,
                                             maxHeight: abs(frame.height) * density)
        return reduced(factorX: fx, factorY: fy)
    }
}
