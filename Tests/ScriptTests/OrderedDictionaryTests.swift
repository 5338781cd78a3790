import Testing
@testable import Script

/// `OrderedDictionary` against a reference (Swift's `Dictionary` plus an insertion-order array) under random inserts,
/// updates, removals and lookups: Int keys that collide in the low and high bits, negative and extreme ones, String
/// keys and both in one dictionary; every lookup and the order of keys and values must match after each step.
@Suite struct OrderedDictionaryTests {
    /// A small deterministic generator (SplitMix64) so a failure repeats.
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static func key(_ kind: Int, _ rng: inout SplitMix) -> DictionaryKey {
        let n = rng.below(300)
        switch kind {
        case 0: return .int(n)
        case 1: return .int(n << 40)
        case 2: return .int(-n * 1024)
        case 3: return .int([Int.min, Int.max, 0, -1][n % 4] &+ n / 4)
        case 4: return .string("k\(n)")
        default: return rng.below(2) == 0 ? .int(n) : .string("\(n)")
        }
    }

    @Test(arguments: 0..<6)
    func matchesAReference(kind: Int) throws {
        var rng = SplitMix(state: UInt64(kind) &+ 17)
        var dict = OrderedDictionary()
        var reference: [DictionaryKey: Int] = [:]
        var order: [DictionaryKey] = []
        for step in 0..<6000 {
            let key = Self.key(kind, &rng)
            switch rng.below(10) {
            case 0..<5:
                dict.set(.int(step), for: key)
                if reference[key] == nil { order.append(key) }
                reference[key] = step
            case 5, 6:
                let removed = dict.removeValue(for: key)
                let expected = reference.removeValue(forKey: key)
                if case .int(let value)? = removed { #expect(value == expected) } else { #expect(expected == nil) }
                if expected != nil { order.removeAll { $0 == key } }
            case 7:
                let copy = dict, previous = reference[key]
                dict.set(.int(-step), for: key)
                if reference[key] == nil { order.append(key) }
                reference[key] = -step
                if case .int(let value)? = copy[key] { #expect(value == previous) } else { #expect(previous == nil) }
            default:
                try dict.modifyValue(for: key) { (value: inout Value) in
                    if case .int(let old) = value { value = .int(old + 1) } else { value = .null }
                }
                if let old = reference[key] { reference[key] = old + 1 }
            }
            guard step % 97 == 0 || step > 5900 else { continue }
            #expect(dict.count == reference.count)
            guard dict.keys == order else {
                Issue.record("kind \(kind) step \(step): the order of keys differs")
                return
            }
            for (position, key) in order.enumerated() {
                guard case .int(let value)? = dict[key], value == reference[key], case .int(let stored) = dict.values[position],
                      stored == reference[key] else {
                    Issue.record("kind \(kind) step \(step): \(key) reads \(String(describing: dict[key])), expected \(String(describing: reference[key]))")
                    return
                }
            }
            for _ in 0..<20 {
                let probe = Self.key(kind, &rng)
                #expect((dict[probe] == nil) == (reference[probe] == nil))
            }
        }
    }
}
