/// Maps a numeric domain linearly onto a pixel range (either may be reversed).
public struct LinearScale: Sendable, Equatable {
    public var domain: (lo: Double, hi: Double)
    public var range: (from: Double, to: Double)

    public init(domain: (Double, Double), range: (Double, Double)) {
        self.domain = (domain.0, domain.1); self.range = (range.0, range.1)
    }

    public func callAsFunction(_ value: Double) -> Double {
        let span = domain.hi - domain.lo
        guard span != 0 else { return (range.from + range.to) / 2 }
        return range.from + (value - domain.lo) / span * (range.to - range.from)
    }

    /// The domain value at pixel `position`.
    public func invert(_ position: Double) -> Double {
        let span = range.to - range.from
        guard span != 0 else { return domain.lo }
        return domain.lo + (position - range.from) / span * (domain.hi - domain.lo)
    }

    public static func == (a: LinearScale, b: LinearScale) -> Bool {
        a.domain == b.domain && a.range == b.range
    }
}
