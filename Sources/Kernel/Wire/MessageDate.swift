/// The `date` of a message header (ISO 8601, as jupyter_client writes it:
/// `2026-01-02T03:04:05.123456Z`, or with a `±HH:MM` offset, or without a fraction) as
/// microseconds since 1970 in UTC; nil for anything else.
enum MessageDate {
    static func microseconds(_ text: String) -> Int64? {
        let bytes = Array(text.utf8)
        var cursor = 0
        func number(_ width: Int) -> Int64? {
            guard cursor + width <= bytes.count else { return nil }
            var value: Int64 = 0
            for byte in bytes[cursor..<(cursor + width)] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int64(byte - UInt8(ascii: "0"))
            }
            cursor += width
            return value
        }
        func skip(_ separator: Character) -> Bool {
            guard cursor < bytes.count, bytes[cursor] == separator.asciiValue else { return false }
            cursor += 1
            return true
        }
        guard let year = number(4), skip("-"), let month = number(2), skip("-"), let day = number(2),
              skip("T") || skip(" "), let hour = number(2), skip(":"), let minute = number(2), skip(":"),
              let second = number(2), (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60,
              second < 61 else { return nil }
        var fraction: Int64 = 0
        if skip(".") {
            var digits = 0
            while cursor < bytes.count, bytes[cursor] >= UInt8(ascii: "0"), bytes[cursor] <= UInt8(ascii: "9") {
                if digits < 6 { fraction = fraction * 10 + Int64(bytes[cursor] - UInt8(ascii: "0")) }
                digits += 1
                cursor += 1
            }
            guard digits > 0 else { return nil }
            for _ in digits..<max(digits, 6) { fraction *= 10 }
        }
        var offset: Int64 = 0
        if skip("Z") || skip("z") {
        } else if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "+") || bytes[cursor] == UInt8(ascii: "-") {
            let sign: Int64 = bytes[cursor] == UInt8(ascii: "+") ? 1 : -1
            cursor += 1
            guard let hours = number(2) else { return nil }
            _ = skip(":")
            guard let minutes = number(2) else { return nil }
            offset = sign * (hours * 3600 + minutes * 60)
        }
        guard cursor == bytes.count else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        return ((days * 86400 + hour * 3600 + minute * 60 + second) - offset) * 1_000_000 + fraction
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
