import Testing
@testable import Learn

/// Inputs the convolution reference script builds the same way:
/// `((i·multiplier + offset) mod modulus) / modulus − shift`, times `scale` (exact rationals).
func pattern(_ shape: [Int], _ multiplier: Int, _ offset: Int, _ modulus: Int, scale: Double = 1, shift: Double = 0.5) -> Tensor {
    let count = shape.reduce(1, *)
    let values = (0..<count).map { i in (Double((i * multiplier + offset) % modulus) / Double(modulus) - shift) * scale }
    return Tensor(uncheckedShape: shape, scalars: values)
}

/// The scalar the reference gradients are taken of: Σ output · projection.
func projected(_ output: Tensor) throws -> Tensor {
    try (output * pattern(output.shape, 29, 3, 31)).sum()
}

/// Every value within `tolerance` of the reference (relative to max(1, |expected|)).
func expectClose(_ actual: [Double], _ expected: [Double]?, tolerance: Double = 1e-9, _ what: String,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    guard let expected else {
        Issue.record("no reference for \(what)", sourceLocation: sourceLocation)
        return
    }
    #expect(actual.count == expected.count, "\(what): \(actual.count) values, reference has \(expected.count)",
            sourceLocation: sourceLocation)
    let worst = zip(actual, expected).enumerated().map { index, pair in
        (index, Swift.abs(pair.0 - pair.1) / Swift.max(1, Swift.abs(pair.1)))
    }.max { $0.1 < $1.1 }
    if let (index, error) = worst {
        #expect(error <= tolerance, "\(what)[\(index)]: \(actual[index]) vs reference \(expected[index])",
                sourceLocation: sourceLocation)
    }
}
