import Foundation
import Testing
@testable import Learn

@Suite(.isolatedRandom) struct LayerTests {
    @Test func denseInitialisationFollowsHeAndGlorot() throws {
        Learn.seed(1)
        let he = try Dense(inputSize: 200, outputSize: 100, activation: .relu)
        let std = try #require(try he.weight.std().scalar)
        #expect(Swift.abs(std - (2.0 / 200).squareRoot()) < 0.005)
        let glorot = try Dense(inputSize: 200, outputSize: 100, activation: .sigmoid)
        let limit = (6.0 / 300).squareRoot()
        #expect(glorot.weight.scalars.allSatisfy { Swift.abs($0) <= limit })
        #expect(try glorot.weight.max().scalar ?? 0 > limit * 0.95)
        #expect(he.bias.scalars.allSatisfy { $0 == 0 })
    }

    @Test func initialisationRepeatsWithTheSeed() throws {
        Learn.seed(5)
        let a = try Dense(inputSize: 3, outputSize: 2)
        Learn.seed(5)
        let b = try Dense(inputSize: 3, outputSize: 2)
        #expect(a.weight == b.weight)
    }

    @Test func denseComputesAffineMapAndActivation() throws {
        let dense = try Dense(weight: Tensor([[1, -1], [2, 0]]), bias: Tensor([0.5, 0]), activation: .relu)
        let out = try dense(Tensor([[1, 1], [-3, 1]]))
        #expect(out.scalars == [3.5, 0, 0, 3])
    }

    @Test func aReplacedWeightOfTheWrongRankIsAnErrorNotACrash() throws {
        var dense = try Dense(inputSize: 2, outputSize: 3)
        dense.weight = Tensor([1, 2])
        #expect(dense.outputSize == 0)
        #expect(throws: (any Error).self) { try dense(Tensor([[1, 2]])) }
        #expect(throws: (any Error).self) { try Sequential([dense])(Tensor([[1, 2]])) }
    }

    @Test func activationsHaveNamesAndApply() throws {
        #expect(Activation.all.keys.sorted() == ["gelu", "identity", "leakyRelu", "relu", "sigmoid", "softmax", "tanh"])
        #expect(Activation.leakyRelu(Tensor([-1, 2])).scalars == [-0.2, 2])
        #expect(Activation.identity(Tensor([-1])).scalars == [-1])
        #expect(Swift.abs(Activation.gelu(Tensor([1])).scalars[0] - 0.8413447460685429) < 1e-12)
    }

    @Test func dropoutOnlyActsWhileTraining() throws {
        let dropout = try Dropout(probability: 0.5)
        let x = try Tensor(ones: [1000])
        #expect(try dropout(x) == x)
        Learn.seed(2)
        let dropped = try dropout.forward(x, training: true)
        let zeros = dropped.scalars.filter { $0 == 0 }.count
        #expect(zeros > 400 && zeros < 600)
        #expect(dropped.scalars.allSatisfy { $0 == 0 || $0 == 2 })
        #expect(throws: LearnError.self) { try Dropout(probability: 1) }
    }

    @Test func flattenKeepsTheBatchAxis() throws {
        let out = try Flatten()(Tensor(zeros: [4, 2, 3]))
        #expect(out.shape == [4, 6])
    }
}

@Suite(.isolatedRandom) struct SequentialTests {
    func model() throws -> Sequential {
        Learn.seed(0)
        return try Sequential {
            Flatten()
            try Dense(inputSize: 2, outputSize: 16, activation: .relu)
            try Dropout(probability: 0.1)
            try Dense(inputSize: 16, outputSize: 3)
        }
    }

    @Test func buildsCallsAndCounts() throws {
        let m = try model()
        #expect(m.layers.count == 4)
        #expect(m.parameterCount == 2 * 16 + 16 + 16 * 3 + 3)
        #expect(try m(Tensor(zeros: [5, 2])).shape == [5, 3])
        let first = try #require(try m[1] as? Dense)
        #expect(first.weight.shape == [2, 16] && first.bias.shape == [16])
        #expect(throws: LearnError.layerIndexOutOfRange(index: 4, count: 4)) { try m[4] }
        #expect(try m.predict(Tensor(zeros: [5, 2])).shape == [5])
    }

    @Test func wrongInputShapeNamesTheLayer() throws {
        let error = #expect(throws: LearnError.self) { try model()(Tensor(zeros: [5, 3])) }
        #expect(error == .inputMismatch(layer: 1, expected: 2, shape: [5, 3]))
        #expect(error?.description == "layer 1 expects inputs with 2 features, got shape [5, 3]")
    }

    @Test func summaryIsAKerasLikeTable() throws {
        let text = try model().summary()
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 8)
        #expect(lines[0].hasPrefix("Layer") && lines[0].hasSuffix("Parameters"))
        #expect(lines[3].hasPrefix("1 Dense") && lines[3].contains("[?, 16]") && lines[3].hasSuffix("48"))
        #expect(lines[5].contains("[?, 3]") && lines[5].hasSuffix("51"))
        #expect(lines.last == "Total parameters: 99")
    }

    @Test func modelGradientsMatchFiniteDifferences() throws {
        let m = try Sequential {
            try Dense(weight: Tensor([[0.3, -0.2], [0.1, 0.4]]), bias: Tensor([0.05, -0.1]), activation: .tanh)
            try Dense(weight: Tensor([[0.7], [-0.5]]), bias: Tensor([0.2]), activation: .sigmoid)
        }
        let x = try Tensor([[1, 2], [-1, 0.5], [0.3, -0.7]])
        let y = try Tensor([[1], [0], [1]])
        let loss: (Sequential) throws -> Tensor = { try meanSquaredError(predicted: $0(x), expected: y) }
        let grads = try gradient(at: m, in: loss)
        for layer in 0..<2 {
            for parameter in 0..<2 {
                let original = m.layers[layer].parameters
                for i in 0..<original[parameter].scalarCount {
                    func shifted(_ delta: Double) throws -> Double {
                        var copy = m
                        var changed = original
                        changed[parameter].scalars[i] += delta
                        copy.layers[layer].setParameters(changed)
                        return try loss(copy).scalars[0]
                    }
                    let numeric = (try shifted(1e-6) - shifted(-1e-6)) / 2e-6
                    #expect(Swift.abs(numeric - grads.layers[layer][parameter].scalars[i]) < 1e-8)
                }
            }
        }
    }
}
