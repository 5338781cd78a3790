/// Standard Base64 (RFC 4648, with padding), as Jupyter display bundles carry PNG bytes.
public func base64Encoded(_ bytes: [UInt8]) -> String {
    let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    var out = [UInt8]()
    out.reserveCapacity((bytes.count + 2) / 3 * 4)
    var i = 0
    while i + 2 < bytes.count {
        let v = Int(bytes[i]) << 16 | Int(bytes[i + 1]) << 8 | Int(bytes[i + 2])
        out += [table[v >> 18], table[(v >> 12) & 63], table[(v >> 6) & 63], table[v & 63]]
        i += 3
    }
    let rest = bytes.count - i
    if rest == 1 {
        let v = Int(bytes[i]) << 16
        out += [table[v >> 18], table[(v >> 12) & 63], UInt8(ascii: "="), UInt8(ascii: "=")]
    } else if rest == 2 {
        let v = Int(bytes[i]) << 16 | Int(bytes[i + 1]) << 8
        out += [table[v >> 18], table[(v >> 12) & 63], table[(v >> 6) & 63], UInt8(ascii: "=")]
    }
    return String(decoding: out, as: UTF8.self)
}
