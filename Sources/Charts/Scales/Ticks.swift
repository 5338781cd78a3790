#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Nice tick values: steps of 1, 2 or 5 × 10^k. A port of d3-array's
/// `ticks.js` (tickSpec, ticks, tickIncrement), with matplotlib's
/// `nonsingular` widening of zero-width domains (`AxisDomain` sets the domain).
public enum Ticks {
    /// An integer range of tick indices and the step: tick i is `i * step`
    /// when `step > 0`, or `i / -step` when `step < 0` (an inverse step keeps
    /// `0.1 * 3` exact as `3 / 10`).
    struct Spec: Equatable {
        var first: Int
        var last: Int
        var increment: Double
    }

    private static let e10 = 50.0.squareRoot(), e5 = 10.0.squareRoot(), e2 = 2.0.squareRoot()

    static func spec(_ start: Double, _ stop: Double, _ count: Double) -> Spec? {
        guard start.isFinite, stop.isFinite, count > 0 else { return nil }
        let step = (stop - start) / count
        guard step > 0, step.isFinite else { return nil }
        let power = floor(log10(step))
        let error = step / pow(10, power)
        let factor: Double = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1
        var i1: Double, i2: Double, inc: Double
        if power < 0 {
            inc = pow(10, -power) / factor
            i1 = (start * inc).rounded(); i2 = (stop * inc).rounded()
            if i1 / inc < start { i1 += 1 }
            if i2 / inc > stop { i2 -= 1 }
            inc = -inc
        } else {
            inc = pow(10, power) * factor
            i1 = (start / inc).rounded(); i2 = (stop / inc).rounded()
            if i1 * inc < start { i1 += 1 }
            if i2 * inc > stop { i2 -= 1 }
        }
        guard abs(i1) < 1e15, abs(i2) < 1e15 else { return nil }
        if i2 < i1, count >= 0.5, count < 2 { return self.spec(start, stop, count * 2) }
        return Spec(first: Int(i1), last: Int(i2), increment: inc)
    }

    /// About `count` nice values inside `[start, stop]` (either order), ascending.
    public static func values(_ start: Double, _ stop: Double, count: Int) -> [Double] {
        guard start.isFinite, stop.isFinite, count > 0 else { return [] }
        if start == stop { return [start] }
        let (lo, hi) = (Swift.min(start, stop), Swift.max(start, stop))
        guard let s = spec(lo, hi, Double(count)), s.last >= s.first else { return [] }
        return (s.first...s.last).map { value(index: $0, increment: s.increment) }
    }

    /// Like `values`, with whole numbers only (counts, epochs; matplotlib's `MaxNLocator(integer=True)`):
    /// where the step would fall below 1, every integer inside the domain.
    public static func values(_ start: Double, _ stop: Double, count: Int, integer: Bool) -> [Double] {
        guard integer, step(start, stop, count: count) < 1 else { return values(start, stop, count: count) }
        let lo = Swift.min(start, stop).rounded(.up), hi = Swift.max(start, stop).rounded(.down)
        guard lo.isFinite, hi.isFinite, lo <= hi, hi - lo <= 1000 else { return [] }
        return stride(from: lo, through: hi, by: 1).map { $0 == 0 ? 0 : $0 }
    }

    /// The step of `values(_:_:count:integer:)`.
    public static func step(_ start: Double, _ stop: Double, count: Int, integer: Bool) -> Double {
        let step = step(start, stop, count: count)
        return integer ? Swift.max(1, step) : step
    }

    /// The step between ticks: positive, or negative meaning "1 / -step".
    public static func increment(_ start: Double, _ stop: Double, count: Int) -> Double {
        spec(start, stop, Double(count))?.increment ?? 0
    }

    /// The step as a plain positive number.
    public static func step(_ start: Double, _ stop: Double, count: Int) -> Double {
        let inc = increment(start, stop, count: count)
        return inc < 0 ? -1 / inc : inc
    }

    static func value(index i: Int, increment inc: Double) -> Double {
        let v = inc < 0 ? Double(i) / -inc : Double(i) * inc
        return v == 0 ? 0 : v  // never -0
    }

    /// matplotlib's `transforms.nonsingular`: a zero-width domain becomes
    /// `v ± 5 %` of |v| (or `-1...1` around zero); non-finite becomes `0...1`.
    public static func nonsingular(_ lo: Double, _ hi: Double) -> (Double, Double) {
        guard lo.isFinite, hi.isFinite else { return (0, 1) }
        var (a, b) = (Swift.min(lo, hi), Swift.max(lo, hi))
        let largest = Swift.max(abs(a), abs(b))
        if largest < 1e-300 { return (-1, 1) }
        if b - a <= largest * 1e-12 {
            let delta = 0.05 * largest
            a -= delta; b += delta
        }
        return (a, b)
    }
}
