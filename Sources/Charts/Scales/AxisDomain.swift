#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How far a numeric axis reaches past its data: matplotlib's margins, rounded to a tick the
/// way d3's `nice` does only where a tick is close. Each end moves out by `margin` of the data
/// span, and on to the next tick only when that tick lies within `slack` (5 %) of the span, so
/// the data fill at least 1 / (1 + 2 · max(margin, slack)) ≥ 90 % of the axis. An end that
/// `includeZero` put at 0 (bars, counts) stays there, and the other end may then reach 10 %.
public enum AxisDomain {
    /// The most an end may move past the data to reach a round tick, as a fraction of the span.
    public static let slack = 0.05
    /// The margin that keeps points and line ends off the frame (a fraction of the data span).
    public static let pointMargin = 0.04
    /// The margin between the outermost bar and the frame.
    public static let barMargin = 0.02

    /// A linear domain around `lo...hi` for about `count` ticks (see the type's comment);
    /// `integer` rounds ends to whole-number ticks (counts, epochs).
    public static func linear(_ lo: Double, _ hi: Double, count: Int, margin: Double = 0,
                              includeZero: Bool = false, integer: Bool = false) -> (lo: Double, hi: Double) {
        var a = Swift.min(lo, hi), b = Swift.max(lo, hi)
        guard a.isFinite, b.isFinite else { return (0, 1) }
        if includeZero {
            a = Swift.min(a, 0); b = Swift.max(b, 0)
            if a == 0, b == 0 { return (0, 1) }
        }
        if integer, b.rounded(.down) - a.rounded(.up) < 1 { (a, b) = widenedToWholeNumbers(a, b, includeZero: includeZero) }
        (a, b) = Ticks.nonsingular(a, b)
        let span = b - a
        let step = integer ? Swift.max(1, Ticks.step(a, b, count: count)) : Ticks.step(a, b, count: count)
        let pad = Swift.max(0, Swift.min(margin, slack)) * span
        let lowPinned = includeZero && a == 0, highPinned = includeZero && b == 0
        // An end pinned at zero leaves its share of the slack to the other end.
        let reach = slack * span * (lowPinned || highPinned ? 2 : 1)
        let low = lowPinned ? a : end(a, direction: -1, pad: pad, step: step, reach: reach)
        let high = highPinned ? b : end(b, direction: 1, pad: pad, step: step, reach: reach)
        return (low == 0 ? 0 : low, high == 0 ? 0 : high)
    }

    /// A log domain around the positive `lo...hi`, by the same rule in decades: ends go to the next
    /// 1, 2 or 5 × 10^k when it is within 5 % of the span in log space, else `margin` past the data.
    public static func log(_ lo: Double, _ hi: Double, margin: Double = 0) -> (lo: Double, hi: Double) {
        guard lo > 0, hi > 0, lo.isFinite, hi.isFinite else { return (1, 10) }
        var a = log10(Swift.min(lo, hi)), b = log10(Swift.max(lo, hi))
        if b - a < 1e-9 { a -= log10(2); b += log10(2) }
        a = Swift.max(-307, a); b = Swift.min(308, b)
        let span = b - a
        let pad = Swift.max(0, Swift.min(margin, slack)) * span
        let reach = slack * span
        let low = LogScale.roundedDown(pow(10, a - pad))
        let high = LogScale.roundedUp(pow(10, b + pad))
        return (a - log10(low) <= reach + 1e-12 ? low : pow(10, a - pad),
                log10(high) - b <= reach + 1e-12 ? high : pow(10, b + pad))
    }

    /// The end `value` moved `pad` outward (`direction` −1 down, +1 up), and on to the next multiple
    /// of `step` when that stays within `reach` of `value`.
    private static func end(_ value: Double, direction: Double, pad: Double, step: Double, reach: Double) -> Double {
        let target = value + direction * pad
        guard step > 0, step.isFinite else { return target }
        let units = target / step
        let tolerance = 1e-9 * Swift.max(1, abs(units))
        let rounded = direction > 0 ? (units - tolerance).rounded(.up) : (units + tolerance).rounded(.down)
        // Multiply or divide by the step's inverse as `Ticks` does, so 0.1 × 3 stays 0.3.
        let inverse = 1 / step
        let tick = inverse == inverse.rounded() && inverse > 1 ? rounded / inverse : rounded * step
        return abs(tick - value) <= reach * (1 + 1e-12) ? tick : target
    }

    /// A sub-unit span of whole-number data stretched to whole numbers around it (at least 0…1).
    private static func widenedToWholeNumbers(_ a: Double, _ b: Double, includeZero: Bool) -> (Double, Double) {
        let low = a.rounded(.down), high = Swift.max(b.rounded(.up), low + 1)
        return (includeZero ? Swift.min(low, 0) : low, high)
    }
}
