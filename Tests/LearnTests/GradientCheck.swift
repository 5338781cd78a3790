import Testing
@testable import Learn

/// Checks a differentiable function at a point: the gradient from the tape
/// against central finite differences (relative error below `tolerance`),
/// and optionally the forward value against an expected one. The output is
/// reduced to a scalar with distinct weights per element, so a gradient sent
/// to the wrong element (a layout rule's mistake) cannot go unnoticed.
func checkGradient(
    of function: (Tensor) throws -> Tensor,
    at point: Tensor,
    expectedValue: Tensor? = nil,
    tolerance: Double = 1e-6,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let outputShape = try function(point).shape
    let weights = try Tensor(shape: outputShape, scalars: (0..<outputShape.reduce(1, *)).map { 1 + 0.37 * Double($0 % 11) })
    func weighted(_ x: Tensor) throws -> Tensor { try (function(x) * weights).sum() }
    let (value, analytic) = try valueWithGradient(at: point) { x in try weighted(x) }
    if let expectedValue {
        let forward = try function(point)
        #expect(forward.shape == expectedValue.shape, sourceLocation: sourceLocation)
        for (a, b) in zip(forward.scalars, expectedValue.scalars) {
            #expect(Swift.abs(a - b) <= 1e-12 * Swift.max(1, Swift.abs(b)), "forward \(a) vs \(b)", sourceLocation: sourceLocation)
        }
    }
    #expect(value.scalarCount == 1, sourceLocation: sourceLocation)
    let step = 1e-5
    for i in 0..<point.scalarCount {
        var plus = point.scalars, minus = point.scalars
        plus[i] += step
        minus[i] -= step
        let up = try weighted(Tensor(shape: point.shape, scalars: plus)).scalars[0]
        let down = try weighted(Tensor(shape: point.shape, scalars: minus)).scalars[0]
        let numeric = (up - down) / (2 * step)
        let scale = Swift.max(1, Swift.abs(numeric), Swift.abs(analytic.scalars[i]))
        let error = Swift.abs(numeric - analytic.scalars[i]) / scale
        #expect(error < tolerance, "d/dx[\(i)]: tape \(analytic.scalars[i]), finite differences \(numeric)",
                sourceLocation: sourceLocation)
    }
}

/// A fixed, non-symmetric test point with values away from kinks.
func samplePoint(_ shape: [Int], offset: Double = 0.0) throws -> Tensor {
    let count = shape.reduce(1, *)
    let values = (0..<count).map { (i: Int) -> Double in
        let wave: Double = 0.7 * Double(i % 7) - 0.45 * Double(i % 3)
        return 0.3 + offset + wave + 0.01 * Double(i)
    }
    return try Tensor(shape: shape, scalars: values)
}

/// Learn's baseline build of the micro-kernel (the name is ambiguous in files
/// that also import LearnKernels, whose AVX2 build has the same name).
typealias BaselineGemmKernel = GemmKernel
/// Learn's baseline build of the optimizers' loops (same reason).
typealias BaselineUpdateKernel = UpdateKernel
/// Learn's baseline build of t-SNE's kernels (same reason).
typealias BaselineCauchyKernel = CauchyKernel
