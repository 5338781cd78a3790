/// An integer rectangle of device pixels, `x0..<x1` × `y0..<y1`.
struct PixelRect: Hashable, Sendable {
    var x0: Int, y0: Int, x1: Int, y1: Int

    var isEmpty: Bool { x1 <= x0 || y1 <= y0 }
    var width: Int { Swift.max(0, x1 - x0) }
    var height: Int { Swift.max(0, y1 - y0) }

    func intersection(_ o: PixelRect) -> PixelRect {
        PixelRect(x0: Swift.max(x0, o.x0), y0: Swift.max(y0, o.y0), x1: Swift.min(x1, o.x1), y1: Swift.min(y1, o.y1))
    }

    /// Every pixel a device-space rectangle touches, even partly (edges rounded outward).
    static func covering(minX: Double, minY: Double, maxX: Double, maxY: Double) -> PixelRect {
        func clampInt(_ v: Double, _ rule: FloatingPointRoundingRule) -> Int {
            guard !v.isNaN else { return 0 }
            return Int(Swift.max(-1e9, Swift.min(1e9, (v + (rule == .down ? 1e-9 : -1e-9)).rounded(rule))))
        }
        return PixelRect(x0: clampInt(minX, .down), y0: clampInt(minY, .down), x1: clampInt(maxX, .up), y1: clampInt(maxY, .up))
    }
}
