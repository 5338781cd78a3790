/// The optimizers' per-parameter loops, vectorised by the compiler for each build: Adam's step (moments and
/// parameters in one pass, one square root and one division per parameter: these two
/// instructions are most of its cost).
///
/// Compiled three times, as `GemmKernel` is (this file is linked into `LearnKernels`
/// and `LearnKernelsAVX512`); every build computes each element with the same
/// operations in the same order (no fused multiply-adds), so all give the same bits.
package enum UpdateKernel {
    /// For each of `count` parameters, as PyTorch's Adam computes it, with `stepSize` = η / (1 − β1ᵗ)
    /// and `inverseRootCorrection` = 1 / √(1 − β2ᵗ):
    /// `m ← β1·m + (1−β1)·g`, `v ← β2·v + (1−β2)·g·g`, `θ ← θ − stepSize · m / (√v · inverseRootCorrection + ε)`
    /// (PyTorch divides √v by √(1 − β2ᵗ): the same to an ulp of the denominator).
    ///
    /// A moment that falls below `Double.leastNormalMagnitude` (≈ 2.2e-308) is stored as 0. The
    /// first moment of a parameter whose gradient stays 0 (a dead ReLU unit's weights) shrinks by
    /// β1 each step and turns subnormal after ~7,000 steps; every later multiply on a subnormal
    /// takes a microcode assist (~100 cycles on x86), which made this loop 5–10 times slower in the
    /// last epochs of an MNIST-sized fit. The parameter's step differs by less than
    /// `stepSize · 2.3e-308 / ε` (≈ 2e-303 with the defaults) from an unflushed one.
    ///
    /// - Complexity: O(count).
    package static func adam(count: Int, parameters theta: UnsafeMutablePointer<Double>, gradients g: UnsafePointer<Double>,
                             firstMoment m: UnsafeMutablePointer<Double>, secondMoment v: UnsafeMutablePointer<Double>,
                             step: (beta1: Double, beta2: Double, epsilon: Double, stepSize: Double, inverseRootCorrection: Double)) {
        // A plain loop over pointers, which the compiler turns into vector instructions (Swift's SIMD
        // `squareRoot()` takes the lanes apart). `v` is never negative; taking its magnitude tells the
        // compiler so, which lets it use the vector square root instead of calling libm's `sqrt` (errno)
        // for each element. Nothing here lets it fuse a multiply and an add.
        let (beta1, keep1, beta2, keep2) = (step.beta1, 1 - step.beta1, step.beta2, 1 - step.beta2)
        let (epsilon, size, inverseRoot) = (step.epsilon, step.stepSize, step.inverseRootCorrection)
        let smallest = Double.leastNormalMagnitude
        for i in 0..<count {
            let gi = g[i]
            // A moment below the smallest normal double is stored as zero (see `adam`'s notes).
            var mi = beta1 * m[i] + keep1 * gi
            mi = mi.magnitude < smallest ? 0 : mi
            var vi = beta2 * v[i] + keep2 * gi * gi
            vi = vi < smallest ? 0 : vi
            m[i] = mi
            v[i] = vi
            theta[i] -= size * (mi / (vi.magnitude.squareRoot() * inverseRoot + epsilon))
        }
    }
}
