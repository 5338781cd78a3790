import Foundation
import Testing
@testable import Learn

/// Ten steps of each optimizer on a fixed model against the numpy reference
/// in `Reference/optimizer_reference.py` (its printed output is `OptimizerReference.swift`).
@Suite(.isolatedRandom) struct OptimizerReferenceTests {
    static let x = Tensor(uncheckedShape: [4, 2], scalars: [0.5, -1.0, 1.5, 0.25, -0.75, 0.8, 0.1, -0.3])
    static let y = Tensor([0, 2, 1, 2])

    static func fixedModel() throws -> Sequential {
        var first: [Double] = []
        for i in 0..<2 {
            for j in 0..<4 { first.append(0.1 * Double(i - 2) + 0.05 * Double(j)) }
        }
        var second: [Double] = []
        for i in 0..<4 {
            for j in 0..<3 { second.append(0.2 * Foundation.sin(Double(i + 2 * j))) }
        }
        let w1 = try Tensor(shape: [2, 4], scalars: first)
        let w2 = try Tensor(shape: [4, 3], scalars: second)
        return Sequential([
            try Dense(weight: w1, bias: Tensor([0.01, -0.02, 0.03, 0.0]), activation: .tanh),
            try Dense(weight: w2, bias: Tensor([0.0, 0.1, -0.1])),
        ])
    }

    func run(_ makeOptimizer: (Sequential) throws -> any Optimizer, losses: [Double], parameters: [Double]) throws {
        var model = try Self.fixedModel()
        let optimizer = try makeOptimizer(model)
        for step in 0..<10 {
            let (loss, grads) = try valueWithGradient(at: model) { m in
                try softmaxCrossEntropy(logits: m(Self.x), labels: Self.y)
            }
            #expect(Swift.abs(try #require(loss.scalar) - losses[step]) < 1e-9, "loss at step \(step)")
            try optimizer.update(&model, along: grads)
        }
        let final = model.layers.flatMap { $0.parameters.flatMap(\.scalars) }
        #expect(final.count == parameters.count)
        for (index, (actual, expected)) in zip(final, parameters).enumerated() {
            #expect(Swift.abs(actual - expected) < 1e-9, "parameter \(index): \(actual) vs \(expected)")
        }
    }

    @Test func plainSGD() throws {
        try run({ try SGD(for: $0, learningRate: 0.5) }, losses: OptimizerReference.sgdLosses,
                parameters: OptimizerReference.sgdParameters)
    }

    @Test func sgdWithMomentum() throws {
        try run({ try SGD(for: $0, learningRate: 0.1, momentum: 0.9) }, losses: OptimizerReference.sgdMomentumLosses,
                parameters: OptimizerReference.sgdMomentumParameters)
    }

    @Test func adam() throws {
        try run({ try Adam(for: $0, learningRate: 0.05) }, losses: OptimizerReference.adamLosses,
                parameters: OptimizerReference.adamParameters)
    }

    @Test func rmsProp() throws {
        try run({ try RMSProp(for: $0, learningRate: 0.01) }, losses: OptimizerReference.rmsPropLosses,
                parameters: OptimizerReference.rmsPropParameters)
    }

    @Test func badArgumentsAreNamed() throws {
        let model = try Self.fixedModel()
        let error = #expect(throws: LearnError.self) { try SGD(for: model, learningRate: .nan) }
        #expect(error?.description.contains("'learningRate'") == true)
        #expect(throws: LearnError.self) { try Adam(for: model, learningRate: .infinity) }
        #expect(throws: LearnError.self) { try RMSProp(for: model, learningRate: -1) }
        #expect(throws: LearnError.self) { try SGD(for: model, learningRate: 0.1, momentum: 1.5) }
    }

    @Test func gradientsOfAnotherModelAreRejected() throws {
        var model = try Self.fixedModel()
        let optimizer = try SGD(for: model, learningRate: 0.1)
        let wrong = ModelGradients(layers: [[Tensor([1])]])
        #expect(throws: LearnError.self) { try optimizer.update(&model, along: wrong) }
    }
}
