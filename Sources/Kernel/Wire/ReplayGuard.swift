/// Remembers the signatures of recently accepted messages so that a replayed
/// message is dropped. Bounded: it keeps the last `capacity` signatures.
public struct ReplayGuard: Sendable {
    private var seen: Set<[UInt8]> = []
    private var order: [[UInt8]] = []
    private var next = 0
    public let capacity: Int

    public init(capacity: Int = 4096) { self.capacity = max(1, capacity) }

    /// True when the signature is new (and records it); false for a replay.
    /// Unsigned messages (empty signature) are never treated as replays.
    public mutating func accept(_ signature: [UInt8]) -> Bool {
        guard !signature.isEmpty else { return true }
        guard !seen.contains(signature) else { return false }
        if order.count < capacity {
            order.append(signature)
        } else {
            seen.remove(order[next])
            order[next] = signature
            next = (next + 1) % capacity
        }
        seen.insert(signature)
        return true
    }
}
