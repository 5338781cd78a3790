import Testing
@testable import Learn

/// Every pair of output activation and loss against PyTorch (float64) on fixed weights
/// (`Reference/loss_reference.py`): the loss and every parameter's gradient to 1e-9, through
/// the loss `fit` differentiates and through `evaluate`.
@Suite struct LossReferenceTests {
    static let activations: [Activation] = [.identity, .softmax, .sigmoid, .relu, .tanh]
    static let pairs = LossKind.allCases.flatMap { loss in activations.map { (loss, $0) } }

    func model(_ activation: Activation, width: Int) throws -> Sequential {
        let p = LossReference.parameters(width: width)
        return Sequential([
            try Dense(weight: Tensor(shape: [3, 4], scalars: p[0]), bias: Tensor(p[1]), activation: .tanh),
            try Dense(weight: Tensor(shape: [4, width], scalars: p[2]), bias: Tensor(p[3]), activation: activation),
        ])
    }

    func labels(_ loss: LossKind) -> [Double] {
        switch loss {
        case .softmaxCrossEntropy: LossReference.classLabels
        case .sigmoidCrossEntropy: LossReference.binaryLabels
        case .meanSquaredError, .meanAbsoluteError: LossReference.targets
        }
    }

    @Test(arguments: pairs)
    func lossAndGradientsMatchPyTorch(loss: LossKind, activation: Activation) throws {
        let (expectedLoss, expectedGradients) = try #require(LossReference.cases["\(activation.name) \(loss.rawValue)"])
        let net = try model(activation, width: loss == .softmaxCrossEntropy ? 3 : 1)
        let x = try Tensor(LossReference.features), y = Tensor(labels(loss))
        let (value, gradients) = try valueWithGradient(at: net) { m in try loss.loss(m(x), y) }
        let flat = gradients.layers.joined().flatMap(\.scalars)
        #expect(close(try #require(value.scalar), expectedLoss), "loss \(value) vs \(expectedLoss)")
        #expect(flat.count == expectedGradients.count)
        for (i, (a, b)) in zip(flat, expectedGradients).enumerated() {
            #expect(close(a, b), "gradient \(i): \(a) vs PyTorch \(b)")
        }
        let data = try Dataset(features: x, labels: y, task: loss.isClassification ? .classification : .regression)
        #expect(close(try net.evaluate(data, loss: loss).loss, expectedLoss))
    }

    private func close(_ a: Double, _ b: Double) -> Bool {
        Swift.abs(a - b) <= 1e-9 * Swift.max(1, Swift.abs(b))
    }

    @Test func sigmoidCrossEntropyHasTheExactGradientAtALogitOfZero() throws {
        let labels = Tensor([1, 0, 0.25])
        let gradient = try gradient(at: Tensor([0, 0, 0])) { z in try sigmoidCrossEntropy(logits: z, labels: labels) }
        let expected: [Double] = [-0.5 / 3, 0.5 / 3, 0.25 / 3]
        #expect(gradient.scalars == expected)
    }

    @Test func aFinalSoftmaxIsNeverAppliedTwice() throws {
        let logits = try Tensor([[2.0, -1.0, 0.5], [0.1, 0.2, 0.3]])
        let labels = Tensor([0, 2])
        let fused = try softmaxCrossEntropy(logits: softmax(logits), labels: labels)
        #expect(fused == (try softmaxCrossEntropy(logits: logits, labels: labels)))
        let binary = try sigmoidCrossEntropy(logits: sigmoid(Tensor([0.3, -2])), labels: Tensor([1, 0]))
        #expect(binary == (try sigmoidCrossEntropy(logits: Tensor([0.3, -2]), labels: Tensor([1, 0]))))
        let elsewhere = try softmaxCrossEntropy(logits: softmax(logits) * 1, labels: labels)
        #expect(elsewhere != fused)
    }
}

extension LossKind: CustomTestStringConvertible {
    public var testDescription: String { rawValue }
}

extension Activation: CustomTestStringConvertible {
    public var testDescription: String { name }
}
