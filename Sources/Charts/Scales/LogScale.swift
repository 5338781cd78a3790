#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps a positive domain onto pixels by log10; ticks at powers of ten
/// (with 2 and 5 between them when the domain spans few decades) and unlabelled
/// minor ticks at the other multiples. `AxisDomain.log` chooses the domain.
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

    private static let steps: [Double] = [1, 2, 5, 10]

    /// The largest 1, 2 or 5 × 10^k at most `v` (within rounding).
    static func roundedDown(_ v: Double) -> Double {
        let base = pow(10, floor(log10(v)))
        return steps.reversed().map { $0 * base }.first { $0 <= v * (1 + 1e-12) } ?? base / 10
    }

    /// The smallest 1, 2 or 5 × 10^k at least `v` (within rounding).
    static func roundedUp(_ v: Double) -> Double {
        let base = pow(10, floor(log10(v)))
        return steps.map { $0 * base }.first { $0 >= v * (1 - 1e-12) } ?? 10 * base
    }

    /// Tick values inside the domain: 1, 2 and 5 × 10^k when at most `maxCount` of them fit,
    /// else every decade, thinned to at most `maxCount`.
    public static func ticks(_ lo: Double, _ hi: Double, maxCount: Int) -> [Double] {
        guard lo > 0, hi > lo, hi.isFinite, maxCount > 0 else { return [] }
        let a = Int(safe: floor(log10(lo) + 1e-9)), b = Int(safe: ceil(log10(hi) - 1e-9))
        let decades = b - a
        func values(_ multipliers: [Double], every: Int) -> [Double] {
            var result: [Double] = []
            for k in a...b where (k - a) % every == 0 {
                for m in multipliers {
                    let v = k < 0 ? m / pow(10, Double(-k)) : m * pow(10, Double(k))
                    if v >= lo * (1 - 1e-12), v <= hi * (1 + 1e-12) { result.append(v) }
                }
            }
            return result
        }
        if decades <= 3 {
            let fine = values([1, 2, 5], every: 1)
            if fine.count <= maxCount { return fine }
        }
        return values([1], every: Swift.max(1, Int(safe: (Double(decades + 1) / Double(maxCount)).rounded(.up))))
    }

    /// Unlabelled minor ticks, as matplotlib's `LogLocator(subs="auto")`: each 1…9 × 10^k inside
    /// the domain that is not in `major`, when at most six decades show (empty otherwise).
    public static func minorTicks(_ lo: Double, _ hi: Double, major: [Double]) -> [Double] {
        guard lo > 0, hi > lo, hi.isFinite else { return [] }
        let a = Int(safe: floor(log10(lo))), b = Int(safe: floor(log10(hi)))
        guard b - a <= 6 else { return [] }
        var result: [Double] = []
        for k in a...b {
            let base = pow(10, Double(k))
            for m in 1...9 {
                let v = k < 0 ? Double(m) / pow(10, Double(-k)) : Double(m) * base
                guard v >= lo * (1 - 1e-12), v <= hi * (1 + 1e-12) else { continue }
                if !major.contains(where: { abs($0 - v) <= 1e-9 * v }) { result.append(v) }
            }
        }
        return result
    }

    public static func == (a: LogScale, b: LogScale) -> Bool { a.domain == b.domain && a.range == b.range }
}
