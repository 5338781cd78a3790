/// Standard Base64 (RFC 4648, with padding): PNG bytes in Jupyter display
/// bundles, and the kernelspec logos the installer writes.
public enum Base64 {
    private static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// The Base64 text of `bytes`.
    public static func encode(_ bytes: [UInt8]) -> String {
        let length = (bytes.count + 2) / 3 * 4
        let encoded = [UInt8](unsafeUninitializedCapacity: length) { out, written in
            alphabet.withUnsafeBufferPointer { table in
                bytes.withUnsafeBufferPointer { input in
                    var i = 0, o = 0
                    while i + 2 < input.count {
                        let v = Int(input[i]) << 16 | Int(input[i + 1]) << 8 | Int(input[i + 2])
                        out[o] = table[v >> 18]; out[o + 1] = table[(v >> 12) & 63]
                        out[o + 2] = table[(v >> 6) & 63]; out[o + 3] = table[v & 63]
                        i += 3; o += 4
                    }
                    let rest = input.count - i
                    if rest > 0 {
                        let v = Int(input[i]) << 16 | (rest == 2 ? Int(input[i + 1]) << 8 : 0)
                        out[o] = table[v >> 18]; out[o + 1] = table[(v >> 12) & 63]
                        out[o + 2] = rest == 2 ? table[(v >> 6) & 63] : UInt8(ascii: "=")
                        out[o + 3] = UInt8(ascii: "=")
                    }
                }
            }
            written = length
        }
        return String(decoding: encoded, as: UTF8.self)
    }

    /// The bytes of Base64 `text`, ignoring whitespace; nil for any other
    /// character, a bad length or misplaced padding.
    public static func decode(_ text: String) -> [UInt8]? {
        var values: [UInt8] = []
        var padding = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): values.append(byte - UInt8(ascii: "A"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): values.append(byte - UInt8(ascii: "a") + 26)
            case UInt8(ascii: "0")...UInt8(ascii: "9"): values.append(byte - UInt8(ascii: "0") + 52)
            case UInt8(ascii: "+"): values.append(62)
            case UInt8(ascii: "/"): values.append(63)
            case UInt8(ascii: "="): padding += 1; values.append(0)
            case 0x09, 0x0A, 0x0D, 0x20: continue
            default: return nil
            }
            if padding > 0 && byte != UInt8(ascii: "=") { return nil }
        }
        guard values.count % 4 == 0, padding <= 2 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(values.count / 4 * 3)
        var index = 0
        while index < values.count {
            out.append(values[index] << 2 | values[index + 1] >> 4)
            out.append(values[index + 1] << 4 | values[index + 2] >> 2)
            out.append(values[index + 2] << 6 | values[index + 3])
            index += 4
        }
        return Array(out.dropLast(padding))
    }
}
