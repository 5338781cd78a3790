import Testing
@testable import Learn

/// Image layers' gradients against central finite differences, over strides,
/// both paddings, window shapes and channel counts.
@Suite struct ConvolutionGradientTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let shape: [Int]
        let filter: [Int]
        let strides: (Int, Int)
        let padding: Padding
        var testDescription: String { "input \(shape) filter \(filter) strides \(strides) .\(padding)" }
    }

    static let cases: [Case] = [
        Case(shape: [2, 5, 5, 1], filter: [3, 3, 1, 2], strides: (1, 1), padding: .same),
        Case(shape: [1, 6, 5, 2], filter: [3, 3, 2, 3], strides: (2, 2), padding: .same),
        Case(shape: [2, 6, 7, 3], filter: [3, 2, 3, 1], strides: (2, 1), padding: .valid),
        Case(shape: [1, 4, 4, 4], filter: [2, 2, 4, 8], strides: (1, 2), padding: .valid),
        Case(shape: [1, 3, 3, 2], filter: [5, 5, 2, 2], strides: (1, 1), padding: .same),
        Case(shape: [1, 5, 4, 3], filter: [1, 1, 3, 2], strides: (1, 1), padding: .valid),
    ]

    @Test(arguments: cases) func convolutionInputFilterAndBias(_ c: Case) throws {
        let x = try samplePoint(c.shape)
        let filter = try samplePoint(c.filter, offset: -0.6) * 0.3
        let bias = try samplePoint([c.filter[3]], offset: 0.1)
        func layer(_ filter: Tensor, _ bias: Tensor) throws -> Conv2D {
            try Conv2D(filter: filter, bias: bias, strides: c.strides, padding: c.padding, activation: .tanh)
        }
        try checkGradient(of: { x in try layer(filter, bias)(x) }, at: x)
        try checkGradient(of: { filter in try layer(filter, bias)(x) }, at: filter)
        try checkGradient(of: { bias in try layer(filter, bias)(x) }, at: bias)
    }

    @Test(arguments: [Padding.valid, .same]) func pooling(_ padding: Padding) throws {
        // Distinct values, so every window has one maximum.
        let x = try Tensor(shape: [2, 5, 6, 2], scalars: (0..<120).map { Double(($0 * 47) % 120) / 17 - 3 })
        try checkGradient(of: { x in try MaxPool2D(poolSize: (2, 3), strides: (2, 2), padding: padding)(x) }, at: x)
        try checkGradient(of: { x in try AvgPool2D(poolSize: (3, 2), strides: (1, 2), padding: padding)(x) }, at: x)
        try checkGradient(of: { x in try GlobalAvgPool2D()(x) }, at: x)
    }

    @Test func batchNormalisation() throws {
        let x = try samplePoint([3, 2, 2, 4])
        let layer = try BatchNorm(featureCount: 4)
        try checkGradient(of: { x in try layer.forward(x, training: true) * samplePoint([3, 2, 2, 4], offset: -1) }, at: x)
        try checkGradient(of: { x in try layer.forward(x, training: false) * samplePoint([3, 2, 2, 4], offset: -1) }, at: x)
        try checkGradient(of: { scale in
            var copy = layer
            copy.scale = scale
            return try copy.forward(x, training: true) * samplePoint([3, 2, 2, 4], offset: -1)
        }, at: try samplePoint([4]))
    }

    @Test func reshapeKeepsTheGradient() throws {
        let x = try samplePoint([3, 8])
        try checkGradient(of: { x in try Reshape(shape: [-1, 2, 2, 2])(x) * samplePoint([3, 2, 2, 2]) }, at: x)
        try checkGradient(of: { x in try Reshape(shape: [4, -1])(x) * samplePoint([3, 4, 2]) }, at: x)
    }
}
