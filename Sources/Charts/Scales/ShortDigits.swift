/// `printf("%.4g")` for magnitudes in [1e-4, 1000) with `%g`'s trailing zeros dropped, from Swift's
/// shortest round-trip digits instead of the C library (a scatter plot titles thousands of points,
/// and each `vsnprintf` call through `CVarArg` costs several thousand instructions).
///
/// Rounding the shortest digits to four gives what rounding the exact binary value gives unless
/// the digits after the fourth are exactly "5": a decimal boundary between the two would be a
/// five-digit number closer to the value than its shortest digits, so it would be them. That tie,
/// exponent forms and anything outside the range return nil, for the caller to ask `printf`.
enum ShortDigits {
    static func fourSignificant(_ value: Double) -> String? {
        let magnitude = abs(value)
        guard magnitude >= 1e-4, magnitude < 1000 else { return nil }
        var digits: [UInt8] = []
        digits.reserveCapacity(20)
        var pointAt: Int?
        for byte in magnitude.description.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits.append(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "."): pointAt = digits.count
            default: return nil
            }
        }
        // value = 0.d₀d₁… × 10^integerDigits once leading zeros are dropped.
        var integerDigits = pointAt ?? digits.count
        var first = 0
        while first < digits.count, digits[first] == 0 { first += 1; integerDigits -= 1 }
        guard first < digits.count else { return nil }
        var significant = Array(digits[first...])
        if significant.count > 4 {
            let rest = significant[4...]
            if rest.first == 5 && rest.dropFirst().allSatisfy({ $0 == 0 }) { return nil }
            let up = rest.first.map { $0 >= 5 } ?? false
            significant.removeLast(significant.count - 4)
            if up {
                var i = 3
                while i >= 0 {
                    if significant[i] < 9 { significant[i] += 1; break }
                    significant[i] = 0
                    i -= 1
                }
                if i < 0 { significant.insert(1, at: 0); significant.removeLast(); integerDigits += 1 }
            }
        }
        while let last = significant.last, last == 0, significant.count > 1 { significant.removeLast() }
        var text: [UInt8] = value < 0 ? [UInt8(ascii: "-")] : []
        if integerDigits <= 0 {
            text += [UInt8(ascii: "0"), UInt8(ascii: ".")] + [UInt8](repeating: UInt8(ascii: "0"), count: -integerDigits)
            text += significant.map { $0 + UInt8(ascii: "0") }
        } else {
            for i in 0..<integerDigits { text.append((i < significant.count ? significant[i] : 0) + UInt8(ascii: "0")) }
            if significant.count > integerDigits {
                text.append(UInt8(ascii: "."))
                text += significant[integerDigits...].map { $0 + UInt8(ascii: "0") }
            }
        }
        return String(decoding: text, as: UTF8.self)
    }
}
