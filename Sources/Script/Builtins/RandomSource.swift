#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The session's reproducible random generator: xoshiro256** (Blackman & Vigna), seeded through SplitMix64;
/// normals by the Box–Muller transform. `seed(_:)` in a cell resets it; the Prelude shares it for tensors.
public final class RandomSource {
    /// The four words of xoshiro256** state (read it to save, assign it to restore).
    public var state: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private var spareNormal: Double?

    public init(seed: UInt64 = 0x5EED) { self.seed(seed) }

    /// Resets the generator: the same seed gives the same sequence on every machine.
    public func seed(_ value: UInt64) {
        var mix = value
        func splitMix() -> UInt64 {
            mix &+= 0x9E37_79B9_7F4A_7C15
            var z = mix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (splitMix(), splitMix(), splitMix(), splitMix())
        spareNormal = nil
    }

    /// The next 64 random bits.
    public func next() -> UInt64 {
        let result = rotate(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotate(state.3, 45)
        return result
    }

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// Uniform in `0 ..< 1` (53 random bits).
    public func nextDouble() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Uniform integer in `0 ..< bound` without modulo bias.
    public func nextInt(below bound: UInt64) -> UInt64 {
        guard bound > 0 else { return 0 }
        let limit = UInt64.max - UInt64.max % bound
        while true {
            let value = next()
            if value < limit { return value % bound }
        }
    }

    /// Standard normal (Box–Muller, the second value cached).
    public func nextNormal() -> Double {
        if let spare = spareNormal { spareNormal = nil; return spare }
        var u = nextDouble()
        while u <= Double.leastNormalMagnitude { u = nextDouble() }
        let v = nextDouble()
        let radius = (-2 * log(u)).squareRoot()
        spareNormal = radius * sin(2 * Double.pi * v)
        return radius * cos(2 * Double.pi * v)
    }
}
