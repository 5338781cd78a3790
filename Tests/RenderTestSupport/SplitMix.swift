import Foundation

/// SplitMix64 (Steele, Lea and Flood): the small reproducible generator of the rendering
/// tests, so random scenes, data and weights are the same on every run and machine.
public struct SplitMix: RandomNumberGenerator {
    public var state: UInt64

    /// Starts from `state` as it is.
    public init(state: UInt64) { self.state = state }

    /// Starts one golden-ratio step past `seed`.
    public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1), from the top 53 bits.
    public mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// Standard normal, by Box–Muller.
    public mutating func normal() -> Double {
        let u1 = Swift.max(1e-12, unit()), u2 = unit()
        return (-2 * Foundation.log(u1)).squareRoot() * Foundation.cos(2 * Double.pi * u2)
    }
}
