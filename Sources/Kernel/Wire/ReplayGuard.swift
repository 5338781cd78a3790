/// Remembers the signatures of recently accepted messages so that a replayed
/// message is dropped. Bounded and allocated up front: it keeps the last
/// `capacity` signatures (as 32-byte digests), so memory does not grow.
public struct ReplayGuard: Sendable {
    private struct Digest: Hashable, Sendable {
        var words: (UInt64, UInt64, UInt64, UInt64)
        static func == (a: Digest, b: Digest) -> Bool { a.words == b.words }
        func hash(into hasher: inout Hasher) {
            hasher.combine(words.0); hasher.combine(words.1); hasher.combine(words.2); hasher.combine(words.3)
        }
    }

    private var seen: Set<Digest>
    private var order: [Digest]
    private var next = 0
    public let capacity: Int

    public init(capacity: Int = 4096) {
        self.capacity = max(1, capacity)
        seen = Set(minimumCapacity: self.capacity + 1)
        order = []
        order.reserveCapacity(self.capacity)
    }

    /// True when the signature is new (and records it); false for a replay.
    /// Unsigned messages (empty signature) are never treated as replays.
    public mutating func accept(_ signature: [UInt8]) -> Bool {
        guard !signature.isEmpty else { return true }
        let digest = Self.digest(signature)
        guard !seen.contains(digest) else { return false }
        if order.count < capacity {
            order.append(digest)
        } else {
            seen.remove(order[next])
            order[next] = digest
            next = (next + 1) % capacity
        }
        seen.insert(digest)
        return true
    }

    /// Folds the signature frame into 256 bits (exact for the 64-hex-digit frames we verify).
    private static func digest(_ signature: [UInt8]) -> Digest {
        var words: [UInt64] = [0, 0, 0, 0]
        for (index, byte) in signature.enumerated() {
            let value = UInt64(hexValue(byte))
            let word = (index / 16) % 4
            words[word] = words[word] << 4 | value
            if index >= 64 { words[word] ^= UInt64(byte) &* 0x9E37_79B9_7F4A_7C15 }
        }
        return Digest(words: (words[0], words[1], words[2], words[3]))
    }

    private static func hexValue(_ byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return byte & 0xF
        }
    }
}
