/// `printf("%.4g")` for magnitudes in [1e-4, 1000) with `%g`'s trailing zeros dropped, from Swift's
/// shortest round-trip digits instead of the C library (a scatter plot titles thousands of points,
/// and each `vsnprintf` call through `CVarArg` costs several thousand instructions).
///
/// Rounding the shortest digits to four gives what rounding the exact binary value gives unless
/// the digits after the fourth are exactly "5": a decimal boundary between the two would be a
/// five-digit number closer to the value than its shortest digits, so it would be them. That tie,
/// exponent forms and anything outside the range return nil, for the caller to ask `printf`.
enum ShortDigits {
    /// The digits are worked on in place, in a small buffer on the stack: no array is made per value.
    static func fourSignificant(_ value: Double) -> String? {
        let magnitude = abs(value)
        guard magnitude >= 1e-4, magnitude < 1000 else { return nil }
        var shortest = magnitude.description
        return shortest.withUTF8 { source in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: source.count + 24) { scratch in
                format(source, negative: value < 0, scratch: scratch)
            }
        }
    }

    /// `source`'s digits rounded to four significant ones and written out. `scratch` holds
    /// `source.count + 24` bytes: the digits, then the text (at most 12 bytes: "-0.0001235", "-999.5").
    private static func format(_ source: UnsafeBufferPointer<UInt8>, negative: Bool,
                               scratch: UnsafeMutableBufferPointer<UInt8>) -> String? {
        let digits = scratch
        var count = 0
        var pointAt: Int?
        for byte in source {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits[count] = byte - UInt8(ascii: "0"); count += 1
            case UInt8(ascii: "."): pointAt = count
            default: return nil
            }
        }
        // value = 0.d₀d₁… × 10^integerDigits once leading zeros are dropped.
        var integerDigits = pointAt ?? count
        var first = 0
        while first < count, digits[first] == 0 { first += 1; integerDigits -= 1 }
        guard first < count else { return nil }
        // The significant digits are digits[first ..< first + kept].
        var kept = count - first
        if kept > 4 {
            let rest = first + 4
            if digits[rest] == 5 && (rest + 1 ..< count).allSatisfy({ digits[$0] == 0 }) { return nil }
            let up = digits[rest] >= 5
            kept = 4
            if up {
                var i = first + 3
                while i >= first {
                    if digits[i] < 9 { digits[i] += 1; break }
                    digits[i] = 0
                    i -= 1
                }
                if i < first { digits[first] = 1; integerDigits += 1 }
            }
        }
        while kept > 1, digits[first + kept - 1] == 0 { kept -= 1 }
        let zero = UInt8(ascii: "0")
        let textStart = source.count + 8
        var end = textStart
        func append(_ byte: UInt8) { scratch[end] = byte; end += 1 }
        if negative { append(UInt8(ascii: "-")) }
        if integerDigits <= 0 {
            append(zero); append(UInt8(ascii: "."))
            for _ in 0 ..< -integerDigits { append(zero) }
            for k in 0..<kept { append(digits[first + k] + zero) }
        } else {
            for k in 0..<integerDigits { append((k < kept ? digits[first + k] : 0) + zero) }
            if kept > integerDigits {
                append(UInt8(ascii: "."))
                for k in integerDigits..<kept { append(digits[first + k] + zero) }
            }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: scratch[textStart..<end]), as: UTF8.self)
    }
}
