import Foundation
import Testing
@testable import Learn

/// Every primitive's gradient against central finite differences.
@Suite(.isolatedRandom) struct PrimitiveGradientTests {
    let other: Tensor

    init() throws {
        other = try samplePoint([2, 3], offset: 1.1)
    }

    @Test func arithmeticWithBroadcasting() throws {
        let x = try samplePoint([2, 3])
        let row = try samplePoint([3], offset: 0.5)
        try checkGradient(of: { try $0 + other }, at: x, expectedValue: try x + other)
        try checkGradient(of: { try other - $0 }, at: x, expectedValue: pairwise(other, x, -))
        try checkGradient(of: { try $0 * $0 }, at: x, expectedValue: pairwise(x, x, *))
        try checkGradient(of: { try other / $0 }, at: x, expectedValue: pairwise(other, x, /))
        try checkGradient(of: { try $0 / other }, at: x, expectedValue: pairwise(x, other, /))
        let rowTwice = Tensor(uncheckedShape: [2, 3], scalars: row.scalars + row.scalars)
        try checkGradient(of: { try other * $0 }, at: row, expectedValue: pairwise(other, rowTwice, *))
        try checkGradient(of: { try other - $0 }, at: row)
        try checkGradient(of: { try other / $0 }, at: row)
        try checkGradient(of: { try other + $0 }, at: try samplePoint([2, 1]))
        try checkGradient(of: { 3 - $0 * 2 }, at: x)
        try checkGradient(of: { try atan2($0, other - 2) }, at: x,
                          expectedValue: Tensor(uncheckedShape: x.shape, scalars: zip(x.scalars, (other - 2).scalars).map(Foundation.atan2)))
        try checkGradient(of: { try atan2(other, $0) }, at: row - 1)
        try checkGradient(of: { try max($0, other - 1) }, at: x, expectedValue: pairwise(x, other - 1, Swift.max))
        try checkGradient(of: { try min($0, other - 1) }, at: x, expectedValue: pairwise(x, other - 1, Swift.min))
        try checkGradient(of: { try max($0, 1.5) * min($0, 2.5) }, at: x)
        try checkGradient(of: { -$0 / 4 + 1 }, at: x)
    }

    @Test func everyUnaryFunction() throws {
        let positive = try samplePoint([2, 3])
        let mixed = try positive - 2.2
        let functions: [(UnaryFunction, Tensor)] = [
            (.exp, mixed), (.log, positive), (.sqrt, positive), (.abs, mixed), (.sin, mixed), (.cos, mixed),
            (.tan, mixed * 0.3), (.floor, mixed), (.ceil, mixed), (.round, mixed), (.relu, mixed),
            (.sigmoid, mixed), (.tanh, mixed), (.gelu, mixed), (.leakyRelu(slope: 0.2), mixed), (.power(3), mixed),
        ]
        for (function, point) in functions {
            let expected = Tensor(uncheckedShape: point.shape, scalars: point.scalars.map(function.value))
            try checkGradient(of: { Primitives.unary(function, $0) }, at: point, expectedValue: expected)
        }
        try checkGradient(of: { log2($0) }, at: positive)
        try checkGradient(of: { log10($0) }, at: positive)
    }

    @Test func matmulAndLinear() throws {
        let a = try samplePoint([3, 4])
        let b = try samplePoint([4, 2], offset: -1)
        let bias = try samplePoint([2], offset: 0.2)
        var product = [Double](repeating: 0, count: 6)
        for i in 0..<3 {
            for j in 0..<2 {
                for p in 0..<4 { product[i * 2 + j] += a.scalars[i * 4 + p] * b.scalars[p * 2 + j] }
            }
        }
        try checkGradient(of: { try matmul($0, b) }, at: a, expectedValue: Tensor(shape: [3, 2], scalars: product))
        try checkGradient(of: { try matmul(a, $0) }, at: b)
        try checkGradient(of: { try Primitives.linear($0, b, bias) }, at: a, expectedValue: try matmul(a, b) + bias)
        try checkGradient(of: { try Primitives.linear(a, $0, bias) }, at: b)
        try checkGradient(of: { try Primitives.linear(a, b, $0) }, at: bias)
        // Centre each column so the rectifier cuts some outputs and keeps others.
        let centred = try (bias - matmul(a, b).mean(squeezingAxes: 0)) + 0.05
        let rectified = try relu(matmul(a, b) + centred)
        #expect(rectified.scalars.contains(0) && rectified.scalars.contains { $0 > 0 })
        try checkGradient(of: { try Primitives.linear($0, b, centred, rectified: true) }, at: a, expectedValue: rectified)
        try checkGradient(of: { try Primitives.linear(a, $0, centred, rectified: true) }, at: b)
        try checkGradient(of: { try Primitives.linear(a, b, $0, rectified: true) }, at: centred)
    }

    @Test func reductions() throws {
        let x = try samplePoint([3, 4])
        try checkGradient(of: { try $0.sum() * $0.sum() }, at: x)
        let columnSums = (0..<4).map { c in (0..<3).reduce(0.0) { $0 + x.scalars[$1 * 4 + c] } }
        try checkGradient(of: { try $0.sum(alongAxes: 0) }, at: x, expectedValue: Tensor(shape: [1, 4], scalars: columnSums))
        try checkGradient(of: { try $0.max(squeezingAxes: 0) }, at: x,
                          expectedValue: Tensor((0..<4).map { c in (0..<3).map { x.scalars[$0 * 4 + c] }.max() ?? 0 }))
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
        let transposed = Tensor(uncheckedShape: [3, 2], scalars: [0, 3, 1, 4, 2, 5].map { x.scalars[$0] })
        try checkGradient(of: { $0.transposed() }, at: x, expectedValue: transposed)
        try checkGradient(of: { try $0[1] }, at: x, expectedValue: Tensor(Array(x.scalars[3...])))
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
        let exps = x.scalars.map { Foundation.exp($0) }
        let rowTotals = [exps[0..<3].reduce(0, +), exps[3..<6].reduce(0, +)]
        let probabilities = Tensor(uncheckedShape: [2, 3], scalars: exps.indices.map { exps[$0] / rowTotals[$0 / 3] })
        try checkGradient(of: { softmax($0) }, at: x, expectedValue: probabilities)
        try checkGradient(of: { logSoftmax($0) }, at: x, expectedValue: log(probabilities))
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

/// `op` over the scalars of two same-shaped tensors, by plain iteration.
private func pairwise(_ a: Tensor, _ b: Tensor, _ op: (Double, Double) -> Double) -> Tensor {
    Tensor(uncheckedShape: a.shape, scalars: zip(a.scalars, b.scalars).map(op))
}
