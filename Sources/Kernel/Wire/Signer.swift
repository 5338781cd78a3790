import COpenSSL

/// HMAC-SHA256 signing of the four JSON frames, as the connection file's key
/// asks. An empty key means messages are unsigned (the signature frame is empty).
public struct Signer: Sendable {
    public let key: [UInt8]

    public init(key: [UInt8]) { self.key = key }
    public init(key: String) { self.key = Array(key.utf8) }

    public var isEnabled: Bool { !key.isEmpty }

    /// The raw 32-byte HMAC of the parts, fed in order.
    public func digest(_ parts: [[UInt8]]) -> [UInt8] {
        var joined: [UInt8] = []
        joined.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { joined.append(contentsOf: part) }
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        key.withUnsafeBytes { keyBytes in
            joined.withUnsafeBufferPointer { data in
                output.withUnsafeMutableBufferPointer { out in
                    _ = HMAC(EVP_sha256(), keyBytes.baseAddress, Int32(keyBytes.count),
                             data.baseAddress, data.count, out.baseAddress, &length)
                }
            }
        }
        return Array(output.prefix(Int(length)))
    }

    /// The lowercase hex signature frame for the parts ("" when unsigned).
    public func signature(_ parts: [[UInt8]]) -> [UInt8] {
        guard isEnabled else { return [] }
        return Self.hex(digest(parts))
    }

    /// Checks a received signature frame in constant time (after a length check).
    public func verify(_ signature: [UInt8], parts: [[UInt8]]) -> Bool {
        guard isEnabled else { return true }
        let expected = Self.hex(digest(parts))
        guard signature.count == expected.count else { return false }
        return signature.withUnsafeBytes { given in
            expected.withUnsafeBytes { wanted in
                CRYPTO_memcmp(given.baseAddress, wanted.baseAddress, wanted.count) == 0
            }
        }
    }

    static func hex(_ bytes: [UInt8]) -> [UInt8] {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0xF)])
        }
        return out
    }
}
