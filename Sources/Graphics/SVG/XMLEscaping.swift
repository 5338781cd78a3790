/// XML text and attribute escaping; characters XML 1.0 forbids are dropped.
enum XMLEscaping {
    static func escape(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                let allowed = v >= 0x20 && !(0xFFFE...0xFFFF).contains(v)
                if allowed { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Whether escaping could change `text`: a byte of markup (`& < > " '`), a control character
    /// other than tab and line breaks, or 0xEF (the first byte of U+FFFE and U+FFFF, and of other
    /// characters, which the slow path then keeps). Most titles and labels have none and are
    /// returned as they are, without going through them a scalar at a time.
    private static func needsEscaping(_ text: String) -> Bool {
        text.utf8.contains { byte in
            switch byte {
            case 0x09, 0x0A, 0x0D: false
            case 0..<0x20, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF: true
            default: false
            }
        }
    }
}
