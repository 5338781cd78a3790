#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a number from a field's bytes as Swift's `Double(String)` does (the same values, the
/// same refusals), without making a `String`: the common decimal forms by exact arithmetic,
/// the rest by `strtod`.
enum NumberParser {
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// The number the bytes spell, or nil.
    static func double(_ bytes: ArraySlice<UInt8>) -> Double? {
        bytes.withUnsafeBufferPointer { fast($0) ?? slow($0) }
    }

    /// The number the bytes spell, or nil.
    @inline(__always)
    static func double(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        fast(bytes) ?? slow(bytes)
    }

    /// The whole of `b` as the common decimal form (see `prefix`), or nil.
    @inline(__always)
    private static func fast(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let (value, end) = prefix(b, from: 0), end == b.count else { return nil }
        return value
    }

    /// The number `[+-]digits[.digits][(e|E)[+-]digits]` that starts at `start`, and the index
    /// just past it, when it has at most 19 significant digits whose value is exact in a Double
    /// (below 2⁵³) and a decimal exponent within ±22: the quotient or product of two exact
    /// Doubles, so correctly rounded (Clinger's fast path). Nil otherwise.
    @inline(__always)
    static func prefix(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> (value: Double, end: Int)? {
        var i = start
        let n = b.count
        guard i < n else { return nil }
        var negative = false
        if b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { negative = b[i] == UInt8(ascii: "-"); i += 1 }
        var mantissa: UInt64 = 0, digits = 0, significant = 0, scale = 0
        while i < n, b[i] &- 48 < 10 {
            if significant > 0 || b[i] != 48 { significant += 1 }
            guard significant <= 19 else { return nil }
            mantissa = mantissa &* 10 &+ UInt64(b[i] &- 48)
            digits += 1; i += 1
        }
        if i < n, b[i] == UInt8(ascii: ".") {
            i += 1
            while i < n, b[i] &- 48 < 10 {
                if significant > 0 || b[i] != 48 { significant += 1 }
                guard significant <= 19 else { return nil }
                mantissa = mantissa &* 10 &+ UInt64(b[i] &- 48)
                digits += 1; scale -= 1; i += 1
            }
        }
        guard digits > 0 else { return nil }
        if i < n, b[i] | 32 == UInt8(ascii: "e") {
            i += 1
            var exponentNegative = false
            if i < n, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { exponentNegative = b[i] == UInt8(ascii: "-"); i += 1 }
            var exponent = 0, exponentDigits = 0
            while i < n, b[i] &- 48 < 10 {
                guard exponent < 10_000 else { return nil }
                exponent = exponent * 10 + Int(b[i] &- 48)
                exponentDigits += 1; i += 1
            }
            guard exponentDigits > 0 else { return nil }
            scale += exponentNegative ? -exponent : exponent
        }
        guard mantissa < 1 << 53 else { return nil }
        if mantissa == 0 { return (negative ? -0.0 : 0, i) }
        guard scale >= -22, scale <= 22 else { return nil }
        let value = scale >= 0 ? Double(mantissa) * powersOfTen[scale] : Double(mantissa) / powersOfTen[-scale]
        return (negative ? -value : value, i)
    }

    /// Everything else Swift accepts (hexadecimal, `inf`, `nan`, long or extreme numbers),
    /// through `strtod` on the whole field; whitespace, which `strtod` would skip, is refused.
    private static func slow(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let first = b.first, first > 32, b.count < 4096 else { return nil }
        var text = [CChar](repeating: 0, count: b.count + 1)
        for i in 0..<b.count {
            guard b[i] != 0 else { return nil }
            text[i] = CChar(bitPattern: b[i])
        }
        return text.withUnsafeBufferPointer { pointer -> Double? in
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(pointer.baseAddress!, &end)
            guard let end, end - UnsafeMutablePointer(mutating: pointer.baseAddress!) == b.count else { return nil }
            return value
        }
    }
}
