/// Where each key of an `OrderedDictionary` sits in its `keys` array: an open-addressing table of positions (linear
/// probing, at most half full), the keys themselves compared in `keys`. An Int key is hashed by one multiplication
/// (Fibonacci hashing: the product's high bits pick the bucket), any other key by its `hashValue` mixed the same way,
/// so the commonest lookup (`counts[k, default: 0] += 1`) runs no SipHash.
struct PositionIndex {
    /// A key's position + 1 per bucket; 0 marks an empty bucket. Empty, or a power of two long.
    private var buckets: [Int] = []
    /// 64 − log2(bucket count): the product's bits that pick the bucket.
    private var shift: UInt = 64

    @inline(__always)
    private func bucket(of key: DictionaryKey) -> Int {
        let hash: UInt = if case .int(let value) = key { UInt(bitPattern: value) } else { UInt(bitPattern: key.hashValue) }
        return Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always)
    private static func same(_ a: DictionaryKey, _ b: DictionaryKey) -> Bool {
        if case .int(let x) = a, case .int(let y) = b { return x == y }
        return a == b
    }

    /// The position of `key` among `keys` (the dictionary's keys, which this index covers), or nil.
    @inline(__always)
    func position(of key: DictionaryKey, in keys: [DictionaryKey]) -> Int? {
        guard !buckets.isEmpty else { return nil }
        let mask = buckets.count &- 1
        var index = bucket(of: key)
        while true {
            let entry = buckets[index]
            if entry == 0 { return nil }
            if Self.same(keys[entry &- 1], key) { return entry &- 1 }
            index = (index &+ 1) & mask
        }
    }

    /// Whether recording a key at `position` rebuilds the table from the keys (it would pass half full).
    func grows(at position: Int) -> Bool { (position + 1) * 2 > buckets.count }

    /// Records `key`, not yet in the index, at `position` (= `keys.count`, before it is appended to `keys`).
    mutating func insert(_ key: DictionaryKey, at position: Int, keys: [DictionaryKey]) {
        if grows(at: position) { rebuild(keys, capacity: Swift.max(8, buckets.count * 2)) }
        place(key, position)
    }

    /// Forgets the key at `position` (`keys` still holding it; the other positions stay): its bucket is emptied by
    /// shifting the probe run after it back (no tombstones).
    mutating func forget(at position: Int, keys: [DictionaryKey]) {
        guard !buckets.isEmpty else { return }
        let mask = buckets.count &- 1
        var hole = bucket(of: keys[position])
        while buckets[hole] != position &+ 1 {
            if buckets[hole] == 0 { return }
            hole = (hole &+ 1) & mask
        }
        var next = hole
        while true {
            next = (next &+ 1) & mask
            let entry = buckets[next]
            if entry == 0 { break }
            let home = bucket(of: keys[entry &- 1])
            // The entry may fill the hole unless its home bucket lies cyclically in (hole, next].
            let staysPut = hole < next ? (home > hole && home <= next) : (home > hole || home <= next)
            if !staysPut {
                buckets[hole] = entry
                hole = next
            }
        }
        buckets[hole] = 0
    }

    /// Indexes `keys` afresh, in a table of at least `capacity` buckets.
    mutating func rebuild(_ keys: [DictionaryKey], capacity: Int = 8) {
        var size = capacity
        while (keys.count + 1) * 2 > size { size *= 2 }
        buckets = Array(repeating: 0, count: size)
        shift = UInt(64 - size.trailingZeroBitCount)
        for (position, key) in keys.enumerated() { place(key, position) }
    }

    private mutating func place(_ key: DictionaryKey, _ position: Int) {
        let mask = buckets.count &- 1
        var index = bucket(of: key)
        while buckets[index] != 0 { index = (index &+ 1) & mask }
        buckets[index] = position &+ 1
    }
}
