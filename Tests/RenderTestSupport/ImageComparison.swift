/// Pixel comparison with a per-channel tolerance, and a diff image for failures.
public struct ImageComparison {
    public let differing: Int
    public let total: Int
    public let diff: [UInt8]

    public var fraction: Double { total == 0 ? 0 : Double(differing) / Double(total) }

    /// Compares two straight-RGBA images composited over white.
    public init(_ a: DecodedImage, _ b: DecodedImage, tolerance: Int) {
        let pa = a.overWhite(), pb = b.overWhite()
        total = a.width * a.height
        var count = 0
        var d = [UInt8](repeating: 255, count: pa.count)
        if a.width == b.width, a.height == b.height {
            for i in 0..<total {
                var worst = 0
                for k in 0..<3 { worst = max(worst, abs(Int(pa[i * 4 + k]) - Int(pb[i * 4 + k]))) }
                if worst > tolerance {
                    count += 1
                    d[i * 4] = 255; d[i * 4 + 1] = 0; d[i * 4 + 2] = 0
                } else {
                    let grey = UInt8(255 - (255 - Int(pa[i * 4 + 1])) / 4)
                    d[i * 4] = grey; d[i * 4 + 1] = grey; d[i * 4 + 2] = grey
                }
            }
        } else {
            count = total
        }
        differing = count
        diff = d
    }
}
