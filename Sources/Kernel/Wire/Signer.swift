/// HMAC-SHA256 (RFC 2104) signing of the four JSON frames, as the connection
/// file's key asks. An empty key means messages are unsigned (the signature
/// frame is empty).
public struct Signer: Sendable {
    public let key: [UInt8]
    private let innerPad: [UInt8]
    private let outerPad: [UInt8]

    public init(key: [UInt8]) {
        self.key = key
        var block = key.count > SHA256.blockSize ? SHA256.hash(key) : key
        block += [UInt8](repeating: 0, count: SHA256.blockSize - block.count)
        innerPad = block.map { $0 ^ 0x36 }
        outerPad = block.map { $0 ^ 0x5c }
    }

    public init(key: String) { self.init(key: Array(key.utf8)) }

    public var isEnabled: Bool { !key.isEmpty }

    /// The raw 32-byte HMAC of the parts, fed in order.
    public func digest(_ parts: [[UInt8]]) -> [UInt8] {
        var inner = SHA256()
        inner.update(innerPad)
        for part in parts { inner.update(part) }
        var outer = SHA256()
        outer.update(outerPad)
        outer.update(inner.finalize())
        return outer.finalize()
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
        return Self.constantTimeEqual(signature, expected)
    }

    /// Compares equal-length byte arrays without an early exit.
    @inline(never)
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference: UInt8 = 0
        for index in 0..<min(a.count, b.count) { difference |= a[index] ^ b[index] }
        return difference == 0 && a.count == b.count
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
