#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps a positive domain onto pixels by log10; ticks at powers of ten
/// (with 2 and 5 between them when the domain spans few decades).
public struct LogScale: Sendable, Equatable {
    public var domain: (lo: Double, hi: Double)
    public var range: (from: Double, to: Double)

    public init(domain: (Double, Double), range: (Double, Double)) {
        self.domain = (domain.0, domain.1); self.range = (range.0, range.1)
    }

    public func callAsFunction(_ value: Double) -> Double {
        let (a, b) = (log10(domain.lo), log10(domain.hi))
        guard value > 0, b != a else { return value > 0 ? (range.from + range.to) / 2 : range.from }
        return range.from + (log10(value) - a) / (b - a) * (range.to - range.from)
    }

    /// Expands a positive domain outward to whole decades; or, when it spans at most two decades
    /// and `maxCount` leaves room for the 2 and 5 ticks (as `ticks` decides), only as far as the
    /// next 1, 2 or 5 × 10^k, so a loss from 0.12 to 2.3 spans 0.1…5 rather than 0.1…10.
    public static func nice(_ lo: Double, _ hi: Double, maxCount: Int = .max) -> (lo: Double, hi: Double) {
        guard lo > 0, hi > 0, lo.isFinite, hi.isFinite else { return (1, 10) }
        let low = Swift.min(lo, hi), high = Swift.max(lo, hi)
        var a = floor(log10(low)), b = ceil(log10(high))
        let singlePower = a == b
        if singlePower { a -= 1; b += 1 }
        a = Swift.max(-307, Swift.min(307, a)); b = Swift.max(a + 1, Swift.min(308, b))
        let decades = Int(b - a)
        guard !singlePower, decades <= 2, maxCount >= 3 * decades + 1 else { return (pow(10, a), pow(10, b)) }
        return (Swift.max(pow(10, a), roundedDown(low)), Swift.min(pow(10, b), roundedUp(high)))
    }

    private static let steps: [Double] = [1, 2, 5, 10]

    /// The largest 1, 2 or 5 × 10^k at most `v` (within rounding).
    private static func roundedDown(_ v: Double) -> Double {
        let base = pow(10, floor(log10(v)))
        return steps.reversed().map { $0 * base }.first { $0 <= v * (1 + 1e-12) } ?? base / 10
    }

    /// The smallest 1, 2 or 5 × 10^k at least `v` (within rounding).
    private static func roundedUp(_ v: Double) -> Double {
        let base = pow(10, floor(log10(v)))
        return steps.map { $0 * base }.first { $0 >= v * (1 - 1e-12) } ?? 10 * base
    }

    /// Tick values inside the domain: every decade, thinned to at most
    /// `maxCount`; with 2 and 5 multiples when only one or two decades show.
    public static func ticks(_ lo: Double, _ hi: Double, maxCount: Int) -> [Double] {
        guard lo > 0, hi > lo, hi.isFinite, maxCount > 0 else { return [] }
        let a = Int(safe: floor(log10(lo) + 1e-9)), b = Int(safe: ceil(log10(hi) - 1e-9))
        let decades = b - a
        let multipliers: [Double] = decades <= 2 && maxCount >= 3 * decades + 1 ? [1, 2, 5] : [1]
        let every = Swift.max(1, Int(safe: (Double(decades + 1) / Double(maxCount)).rounded(.up)))
        var result: [Double] = []
        for k in a...b where (k - a) % every == 0 {
            for m in multipliers {
                let v = m * pow(10, Double(k))
                if v >= lo * (1 - 1e-12), v <= hi * (1 + 1e-12) { result.append(v) }
            }
        }
        return result
    }

    public static func == (a: LogScale, b: LogScale) -> Bool { a.domain == b.domain && a.range == b.range }
}
