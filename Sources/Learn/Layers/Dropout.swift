/// Zeroes each input with `probability` while training and scales the rest
/// by `1 / (1 − probability)` (inverted dropout); the identity otherwise.
/// Masks come from the global generator.
public struct Dropout: Layer {
    public let probability: Double

    public init(probability: Double) throws {
        guard probability.isFinite, probability >= 0, probability < 1 else {
            throw LearnError.invalidArgument(name: "probability", reason: "must be in 0..<1, got \(probability)")
        }
        self.probability = probability
    }

    public var kind: String { "Dropout" }
    public var parameters: [Tensor] { [] }
    public mutating func setParameters(_ parameters: [Tensor]) {}
    public var inputFeatures: Int? { nil }
    public func outputShape(for inputShape: [Int]) -> [Int] { inputShape }

    public func forward(_ input: Tensor, training: Bool) throws -> Tensor {
        guard training, probability > 0 else { return input }
        let keep = 1 - probability
        let mask = RandomState.withGlobal { random in
            (0..<input.scalarCount).map { _ in random.nextUniform() < keep ? 1 / keep : 0 }
        }
        return try input * Tensor(uncheckedShape: input.shape, scalars: mask)
    }

    public var description: String { "Dropout(probability: \(probability))" }
}
