#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Platform

/// Tick and value labels without float noise: the number of decimals comes
/// from the tick step, and large magnitudes shorten to SI suffixes (`20k`, `1.5M`).
public enum NumberFormat {
    private static let suffixes: [(Double, String)] = [(1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")]

    /// Labels for evenly spaced ticks with the given step.
    /// `shorten` switches to SI suffixes once the largest magnitude reaches 10 000.
    public static func tickLabels(_ ticks: [Double], step: Double, shorten: Bool = true) -> [String] {
        plainTickLabels(ticks, step: step, shorten: shorten).map(typographicMinus)
    }

    /// A leading hyphen-minus replaced by the true minus sign (U+2212), as typeset labels use.
    static func typographicMinus(_ text: String) -> String {
        text.hasPrefix("-") ? "\u{2212}" + text.dropFirst() : text
    }

    static func plainTickLabels(_ ticks: [Double], step: Double, shorten: Bool) -> [String] {
        let largest = ticks.map(abs).max() ?? 0
        guard step > 0, step.isFinite else { return ticks.map(plain) }
        if shorten, largest >= 10_000, let (unit, suffix) = suffixes.first(where: { largest >= $0.0 }) {
            let decimals = decimalsFor(step: step / unit)
            return ticks.map { fixed($0 / unit, decimals: decimals) + ($0 == 0 ? "" : suffix) }
        }
        if step < 1e-4 || (largest >= 1e15) {
            // Enough mantissa digits to tell neighbouring ticks apart (7.6100e-9, 7.6105e-9).
            let digits = Swift.max(2, Swift.min(14, Int(safe: log10(largest / step).rounded(.up))))
            return ticks.map { scientific($0, digits: digits) }
        }
        let decimals = decimalsFor(step: step)
        return ticks.map { fixed($0, decimals: decimals) }
    }

    /// Cell annotations sharing one precision: whole numbers stay whole,
    /// others get about three significant digits of the largest magnitude.
    public static func annotations(_ values: [Double]) -> [String] {
        let finite = values.filter(\.isFinite)
        let largest = finite.map(abs).max() ?? 0
        if finite.allSatisfy({ $0 == $0.rounded() }) {
            return values.map { $0.isFinite ? (abs($0) >= 10_000 ? short($0) : fixed($0, decimals: 0)) : "" }
        }
        let decimals = largest > 0 ? Swift.max(0, Swift.min(6, 2 - Int(safe: log10(largest).rounded(.down)))) : 2
        return values.map { $0.isFinite ? typographicMinus(fixed($0, decimals: decimals)) : "" }
    }

    /// Decimals needed to show multiples of `step` exactly (step is 1, 2 or 5 × 10^k).
    static func decimalsFor(step: Double) -> Int {
        guard step > 0, step.isFinite else { return 0 }
        var decimals = 0
        var scaled = step
        while decimals < 12, abs(scaled - scaled.rounded()) > 1e-9 * Swift.max(1, abs(scaled)) {
            scaled *= 10; decimals += 1
        }
        return decimals
    }

    /// `value` with exactly `decimals` digits after the point, never `-0`.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        let text = CFormat.string("%.\(Swift.max(0, Swift.min(decimals, 15)))f", value)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            return String(text.dropFirst())
        }
        return text
    }

    /// A short readable form for a single value: up to 4 significant digits,
    /// trailing zeros removed, SI suffix from 10 000 on (`12.5k`, `0.0031`, `1e-7`).
    public static func short(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
        let magnitude = abs(value)
        if magnitude == 0 { return "0" }
        if magnitude >= 10_000, magnitude < 1e15, let (unit, suffix) = suffixes.first(where: { magnitude >= $0.0 }) {
            return trimmed(CFormat.string("%.3g", value / unit)) + suffix
        }
        if magnitude < 1e-4 || magnitude >= 1e15 { return scientific(value) }
        if let text = ShortDigits.fourSignificant(value) { return text }
        return trimmed(CFormat.string(magnitude >= 1000 ? "%.0f" : "%.4g", value))
    }

    /// Swift-like plain text for messages (`-1`, `2.5`, `nan`).
    public static func plain(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// A percentage with one decimal (`12.5%`), or none for whole numbers.
    public static func percent(_ fraction: Double) -> String {
        let p = fraction * 100
        let text = fixed(p, decimals: 1)
        return (text.hasSuffix(".0") ? String(text.dropLast(2)) : text) + "%"
    }

    static func scientific(_ value: Double, digits: Int = 2) -> String {
        if value == 0 { return "0" }
        let text = CFormat.string("%.\(digits)e", value)
        guard let e = text.firstIndex(of: "e") else { return text }
        let mantissa = trimmed(String(text[..<e]))
        let exponent = Int(text[text.index(after: e)...]) ?? 0
        return "\(mantissa)e\(exponent)"
    }

    static func trimmed(_ text: String) -> String {
        guard text.contains("."), !text.contains("e") else { return text }
        var t = text
        while t.hasSuffix("0") { t.removeLast() }
        if t.hasSuffix(".") { t.removeLast() }
        return t == "-0" ? "0" : t
    }
}
