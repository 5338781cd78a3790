#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Platform

/// A deterministic random number generator: xoshiro256** seeded through
/// SplitMix64, with normals drawn by the Box–Muller transform.
///
/// The same seed gives the same sequence on every machine. `RandomState.global`
/// is shared by initialisers, dropout, shuffling in `fit` and the dataset
/// generators when they get no `seed:`; `Learn.seed(_:)` resets it.
public struct RandomState: RandomNumberGenerator, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64
    /// The second normal of the last Box–Muller pair, served on the next call.
    private var spareNormal: Double?

    /// Creates a generator whose whole state is derived from `seed` by SplitMix64.
    public init(seed: UInt64) {
        var mixer = seed
        func splitMix() -> UInt64 {
            mixer &+= 0x9E37_79B9_7F4A_7C15
            var z = mixer
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix()
        s1 = splitMix()
        s2 = splitMix()
        s3 = splitMix()
        spareNormal = nil
    }

    /// The next 64 random bits (xoshiro256**).
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// A uniform double in [0, 1) built from the top 53 bits.
    public mutating func nextUniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A standard normal sample (Box–Muller, both values of each pair used).
    public mutating func nextNormal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        var u1 = nextUniform()
        while u1 <= .leastNormalMagnitude { u1 = nextUniform() }
        let u2 = nextUniform()
        let radius = (-2 * Glibc.log(u1)).squareRoot()
        let angle = 2 * Double.pi * u2
        spareNormal = radius * Glibc.sin(angle)
        return radius * Glibc.cos(angle)
    }

    /// A uniform integer in `0..<bound` (bound must be positive), without modulo bias.
    public mutating func nextIndex(below bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        return Int(truncatingIfNeeded: next(upperBound: UInt64(bound)))
    }

    /// A random permutation of `0..<count` (Fisher–Yates).
    public mutating func permutation(_ count: Int) -> [Int] {
        var order = Array(0..<max(0, count))
        var i = order.count - 1
        while i > 0 {
            let j = nextIndex(below: i + 1)
            order.swapAt(i, j)
            i -= 1
        }
        return order
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}

/// The shared generator behind `RandomState.global`, guarded by a lock.
/// One instance serves the whole process unless a task installs its own
/// with `RandomState.withIsolatedGlobal(seed:_:)`.
final class GlobalRandom: @unchecked Sendable {
    static let shared = GlobalRandom(seed: 0)
    @TaskLocal static var current: GlobalRandom = shared

    private let lock = Lock()
    private var state: RandomState

    init(seed: UInt64) {
        state = RandomState(seed: seed)
    }

    func reset(seed: UInt64) {
        lock.lock()
        state = RandomState(seed: seed)
        lock.unlock()
    }

    func withState<T>(_ body: (inout RandomState) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&state)
    }
}

extension RandomState {
    /// Runs `body` with exclusive access to the global generator.
    public static func withGlobal<T>(_ body: (inout RandomState) throws -> T) rethrows -> T {
        try GlobalRandom.current.withState(body)
    }

    /// A snapshot of the global generator (for callers that want their own copy).
    public static var global: RandomState {
        get { GlobalRandom.current.withState { $0 } }
        set { GlobalRandom.current.withState { $0 = newValue } }
    }

    /// Runs `body` (and the tasks it starts) with a global generator of its
    /// own, seeded with `seed`, so concurrent sessions or tests do not draw
    /// from each other's sequence.
    public static func withIsolatedGlobal<T>(seed: Int, _ body: () throws -> T) rethrows -> T {
        try GlobalRandom.$current.withValue(GlobalRandom(seed: UInt64(bitPattern: Int64(seed)))) {
            try body()
        }
    }
}
