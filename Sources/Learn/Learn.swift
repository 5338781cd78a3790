/// Learn: tensors, reverse-mode differentiation, layers, optimizers and data
/// sets, in plain Swift (no cells, no charts).
///
/// - `Tensor`: n-dimensional `Double` arrays, broadcasting arithmetic,
///   `matmul`, elementwise math, reductions, indexing; shape errors are
///   thrown as `TensorError`.
/// - Differentiation: `valueWithGradient(at:in:)` / `gradient(at:in:)` on a
///   `Tensor` or a `Sequential` record a tape while the closure runs, so any
///   code — including an interpreter — can be differentiated. The rules live
///   in `Primitives` and `UnaryFunction`.
/// - Models: `Dense`, `Dropout`, `Flatten`, `Sequential`, `Activation`;
///   losses; `SGD`, `Adam`, `RMSProp`; `Sequential.fit` → `History`.
/// - Data: `Dataset` generators, `Dataset.iris`, `Dataset(csv:label:)`.
/// - Randomness: `RandomState` (xoshiro256**); `Learn.seed(_:)` resets the global one.
public enum Learn {
    /// Resets the global generator, so later initialisers, dropout masks,
    /// shuffles and unseeded datasets repeat exactly.
    public static func seed(_ value: Int) {
        GlobalRandom.current.reset(seed: UInt64(bitPattern: Int64(value)))
    }
}
