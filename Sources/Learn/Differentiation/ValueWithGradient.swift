/// Reverse-mode differentiation as Swift for TensorFlow spells it.
///
/// The closure runs once, eagerly; every differentiable operation it applies
/// to the tracked argument is recorded, then the recorded operations are run
/// backwards from the (scalar) result. The closure may be any Swift code —
/// including an interpreter calling back into Learn one operation at a time.

/// The closure's value at `x` and its gradient with respect to `x`.
public func valueWithGradient(
    at x: Tensor, in body: (Tensor) throws -> Tensor
) throws -> (value: Tensor, gradient: Tensor) {
    let tape = Tape()
    let (tracked, leaf) = x.trackedAsLeaf(of: tape)
    let value = try body(tracked)
    try tape.check(value)
    try BackwardPass.run(from: value)
    let gradient = leaf.gradient ?? [Double](repeating: 0, count: x.scalarCount)
    return (value.detached, Tensor(uncheckedShape: x.shape, scalars: gradient))
}

/// The gradient of the closure with respect to `x`.
public func gradient(at x: Tensor, in body: (Tensor) throws -> Tensor) throws -> Tensor {
    try valueWithGradient(at: x, in: body).gradient
}

/// The closure's value at `(x, y)` and its gradients with respect to both.
public func valueWithGradient(
    at x: Tensor, _ y: Tensor, in body: (Tensor, Tensor) throws -> Tensor
) throws -> (value: Tensor, gradient: (Tensor, Tensor)) {
    let tape = Tape()
    let (trackedX, leafX) = x.trackedAsLeaf(of: tape)
    let (trackedY, leafY) = y.trackedAsLeaf(of: tape)
    let value = try body(trackedX, trackedY)
    try tape.check(value)
    try BackwardPass.run(from: value)
    let gx = Tensor(uncheckedShape: x.shape, scalars: leafX.gradient ?? [Double](repeating: 0, count: x.scalarCount))
    let gy = Tensor(uncheckedShape: y.shape, scalars: leafY.gradient ?? [Double](repeating: 0, count: y.scalarCount))
    return (value.detached, (gx, gy))
}

/// The gradients of the closure with respect to `x` and `y`.
public func gradient(
    at x: Tensor, _ y: Tensor, in body: (Tensor, Tensor) throws -> Tensor
) throws -> (Tensor, Tensor) {
    try valueWithGradient(at: x, y, in: body).gradient
}
