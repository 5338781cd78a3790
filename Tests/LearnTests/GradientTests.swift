import Foundation
import Testing
@testable import Learn

/// Every primitive's gradient against central finite differences.
@Suite(.isolatedRandom) struct PrimitiveGradientTests {
    let other = try! samplePoint([2, 3], offset: 1.1)

    @Test func arithmeticWithBroadcasting() throws {
        let x = try samplePoint([2, 3])
        let row = try samplePoint([3], offset: 0.5)
        try checkGradient(of: { try $0 + other }, at: x, expectedValue: try x + other)
        try checkGradient(of: { try other - $0 }, at: x)
        try checkGradient(of: { try $0 * $0 }, at: x)
        try checkGradient(of: { try other / $0 }, at: x)
        try checkGradient(of: { try $0 / other }, at: x)
        try checkGradient(of: { try other * $0 }, at: row)
        try checkGradient(of: { try other - $0 }, at: row)
        try checkGradient(of: { try other / $0 }, at: row)
        try checkGradient(of: { try other + $0 }, at: try samplePoint([2, 1]))
        try checkGradient(of: { 3 - $0 * 2 }, at: x)
        try checkGradient(of: { -$0 / 4 + 1 }, at: x)
    }

    @Test func everyUnaryFunction() throws {
        let positive = try samplePoint([2, 3])
        let mixed = try positive - 2.2
        let functions: [(String, UnaryFunction, Tensor)] = [
            ("exp", .exp, mixed), ("log", .log, positive), ("sqrt", .sqrt, positive),
            ("abs", .abs, mixed), ("sin", .sin, mixed), ("cos", .cos, mixed), ("tan", .tan, mixed * 0.3),
            ("floor", .floor, mixed), ("ceil", .ceil, mixed), ("round", .round, mixed),
            ("relu", .relu, mixed), ("sigmoid", .sigmoid, mixed), ("tanh", .tanh, mixed),
            ("gelu", .gelu, mixed), ("leakyRelu", .leakyRelu(slope: 0.2), mixed), ("power", .power(3), mixed),
        ]
        for (name, function, point) in functions {
            let expected = Tensor(uncheckedShape: point.shape, scalars: point.scalars.map(function.value))
            try checkGradient(of: { Primitives.unary(function, $0) }, at: point, expectedValue: expected)
            _ = name
        }
        try checkGradient(of: { log2($0) }, at: positive)
        try checkGradient(of: { log10($0) }, at: positive)
    }

    @Test func matmulAndLinear() throws {
        let a = try samplePoint([3, 4])
        let b = try samplePoint([4, 2], offset: -1)
        let bias = try samplePoint([2], offset: 0.2)
        try checkGradient(of: { try matmul($0, b) }, at: a)
        try checkGradient(of: { try matmul(a, $0) }, at: b)
        try checkGradient(of: { try Primitives.linear($0, b, bias) }, at: a, expectedValue: try matmul(a, b) + bias)
        try checkGradient(of: { try Primitives.linear(a, $0, bias) }, at: b)
        try checkGradient(of: { try Primitives.linear(a, b, $0) }, at: bias)
    }

    @Test func reductions() throws {
        let x = try samplePoint([3, 4])
        try checkGradient(of: { try $0.sum() * $0.sum() }, at: x)
        try checkGradient(of: { try pow($0.sum(alongAxes: 0), 2) }, at: x)
        try checkGradient(of: { try pow($0.sum(squeezingAxes: 1), 2) }, at: x)
        try checkGradient(of: { try $0.mean() * 3 }, at: x)
        try checkGradient(of: { try pow($0.mean(alongAxes: 1), 3) }, at: x)
        try checkGradient(of: { try $0.std() }, at: x)
        try checkGradient(of: { try $0.std(alongAxes: 0) }, at: x)
        try checkGradient(of: { try $0.max() * 2 }, at: x)
        try checkGradient(of: { try $0.min(alongAxes: 0) }, at: x)
        try checkGradient(of: { try $0.max(squeezingAxes: 1) }, at: x)
    }

    @Test func shapeOperations() throws {
        let x = try samplePoint([2, 3])
        let weights = try samplePoint([3, 2], offset: 0.3)
        try checkGradient(of: { try $0.transposed() * weights }, at: x)
        try checkGradient(of: { try $0.reshaped(to: [3, 2]) * weights }, at: x)
        try checkGradient(of: { try $0.flattened() * weights.flattened() }, at: x)
        try checkGradient(of: { try $0[1] * $0[0] }, at: x)
        try checkGradient(of: { try $0[1, 2] * $0[0, 1] }, at: x)
        try checkGradient(of: { try pow($0[1..<2], 2) }, at: x)
        try checkGradient(of: { try pow($0.gathering(rows: [1, 1, 0]), 2) }, at: x)
    }

    @Test func softmaxFamilyAndCrossEntropy() throws {
        let x = try samplePoint([2, 3])
        let weights = try samplePoint([2, 3], offset: 0.3)
        try checkGradient(of: { try softmax($0) * weights }, at: x)
        try checkGradient(of: { try logSoftmax($0) * weights }, at: x)
        let labels = Tensor([2, 0])
        try checkGradient(of: { try softmaxCrossEntropy(logits: $0, labels: labels) }, at: x)
        try checkGradient(of: { try sigmoidCrossEntropy(logits: $0, labels: weights / 4) }, at: x - 2)
        try checkGradient(of: { try meanSquaredError(predicted: $0, expected: weights) }, at: x)
    }
}

@Suite(.isolatedRandom) struct DifferentiationAPITests {
    @Test func valueWithGradientOfAScalarFunction() throws {
        let (value, gradient) = try valueWithGradient(at: Tensor([1, 2, 3])) { x in try (x * x).sum() }
        #expect(value.scalar == 14)
        #expect(gradient.scalars == [2, 4, 6])
    }

    @Test func controlFlowAndReuseAreRecorded() throws {
        // A loop that reuses the same value, as an interpreter running a cell would.
        let grad = try gradient(at: Tensor([0.5, -1])) { x in
            var y = x
            for step in 0..<3 where step != 1 {
                y = try y * x + 1
            }
            return y.sum()
        }
        // y = (x·x + 1)·x + 1 = x³ + x + 1 → 3x² + 1
        #expect(grad.scalars == [1.75, 4])
    }

    @Test func twoArguments() throws {
        let (gx, gy) = try gradient(at: Tensor([2]), Tensor([5])) { x, y in try (x * y).sum() }
        #expect(gx.scalars == [5] && gy.scalars == [2])
    }

    @Test func unusedArgumentHasZeroGradient() throws {
        #expect(try gradient(at: Tensor([1, 2])) { _ in Tensor(3) }.scalars == [0, 0])
    }

    @Test func nonScalarResultIsAnError() {
        #expect(throws: TensorError.nonScalarResult([2])) {
            try gradient(at: Tensor([1, 2])) { $0 * 2 }
        }
    }

    @Test func untrackedOperationsRecordNothing() throws {
        let y = try Tensor([1, 2]) * Tensor([3, 4])
        #expect(!y.isDifferentiable)
    }
}
