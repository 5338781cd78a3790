/// Drops replayed messages: a signed message seen before, or one too old to be checked.
///
/// The kernel keeps one guard per channel, so a copy read on control can never make the original
/// on shell look replayed. Within a channel each client session (the header's `session`) keeps the
/// signatures of its last `capacity` messages with their dates. When a signature is forgotten, its
/// date becomes the session's horizon, and a message of that session dated at or before the
/// horizon is refused: forgetting never lets a replay through, and memory stays bounded. A first
/// delivery is never refused: its signature is new, and a client dates each message when it sends
/// it, so it is later than the thousands of messages the session sent before it. Dates are
/// compared only within a session, so clients whose clocks disagree do not disturb each other.
/// Messages without a readable date are checked by signature alone.
public struct ReplayGuard: Sendable {
    struct Digest: Hashable, Sendable {
        var words: (UInt64, UInt64, UInt64, UInt64)
        static func == (a: Digest, b: Digest) -> Bool { a.words == b.words }
        func hash(into hasher: inout Hasher) {
            hasher.combine(words.0); hasher.combine(words.1); hasher.combine(words.2); hasher.combine(words.3)
        }
    }

    /// One session's recent signatures, oldest first from `next` in the ring.
    struct Window: Sendable {
        var seen = Set<Digest>()
        var ring: [(digest: Digest, date: Int64?)] = []
        var next = 0
        var horizon: Int64?
        var lastUse = 0
    }

    public let capacity: Int
    public let maximumSessions: Int
    private var windows: [String: Window] = [:]
    /// Sessions whose windows were let go (more than `maximumSessions` at once): only their horizon is kept.
    private var retiredHorizons: [String: Int64] = [:]
    private var uses = 0

    public init(capacity: Int = 4096, maximumSessions: Int = 64) {
        self.capacity = max(1, capacity)
        self.maximumSessions = max(1, maximumSessions)
    }

    /// True when the message is new (and records it); false for a replay or a message dated at or
    /// before what the session's window still remembers. Unsigned messages (empty signature) always pass.
    public mutating func accept(_ signature: [UInt8], session: String, date: Int64?) -> Bool {
        guard !signature.isEmpty else { return true }
        uses += 1
        var window = windows.removeValue(forKey: session) ?? Window(horizon: retiredHorizons[session])
        defer {
            window.lastUse = uses
            windows[session] = window
            if windows.count > maximumSessions { retireLeastRecentlyUsed() }
        }
        if let date, let horizon = window.horizon, date <= horizon { return false }
        let digest = Self.digest(signature)
        guard !window.seen.contains(digest) else { return false }
        if window.ring.count < capacity {
            window.ring.append((digest, date))
        } else {
            let forgotten = window.ring[window.next]
            window.seen.remove(forgotten.digest)
            if let old = forgotten.date { window.horizon = max(window.horizon ?? old, old) }
            window.ring[window.next] = (digest, date)
            window.next = (window.next + 1) % capacity
        }
        window.seen.insert(digest)
        return true
    }

    /// Lets go of the least recently used session's window, keeping as its horizon the newest date
    /// it saw (all of its remembered messages become "too old").
    private mutating func retireLeastRecentlyUsed() {
        guard let (session, window) = windows.min(by: { $0.value.lastUse < $1.value.lastUse }) else { return }
        windows[session] = nil
        let newest = window.ring.compactMap(\.date).max()
        if let horizon = [newest, window.horizon].compactMap({ $0 }).max() { retiredHorizons[session] = horizon }
    }

    /// Folds the signature frame into 256 bits (exact for the 64-hex-digit frames we verify).
    static func digest(_ signature: [UInt8]) -> Digest {
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
