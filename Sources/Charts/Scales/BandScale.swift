/// Places `count` categories as equal bands along a pixel range, with
/// inner padding between bands and outer padding at both ends (d3 `scaleBand`).
public struct BandScale: Sendable, Equatable {
    public var count: Int
    public var range: (from: Double, to: Double)
    public var paddingInner: Double
    public var paddingOuter: Double

    public init(count: Int, range: (Double, Double), paddingInner: Double = 0.2, paddingOuter: Double = 0.1) {
        self.count = Swift.max(0, count); self.range = (range.0, range.1)
        self.paddingInner = paddingInner; self.paddingOuter = paddingOuter
    }

    /// Distance between the starts of neighbouring bands (signed like the range).
    public var step: Double {
        let n = Double(count)
        let denominator = Swift.max(1, n - paddingInner + 2 * paddingOuter)
        return (range.to - range.from) / denominator
    }

    /// Width of one band (signed like the range).
    public var bandwidth: Double { step * (1 - paddingInner) }

    /// Start of band `index`.
    public func start(_ index: Int) -> Double { range.from + step * (paddingOuter + Double(index)) }

    /// Centre of band `index`.
    public func center(_ index: Int) -> Double { start(index) + bandwidth / 2 }

    public static func == (a: BandScale, b: BandScale) -> Bool {
        a.count == b.count && a.range == b.range && a.paddingInner == b.paddingInner && a.paddingOuter == b.paddingOuter
    }
}
