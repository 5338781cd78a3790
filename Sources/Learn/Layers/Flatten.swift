/// Reshapes each example to one row: `[batch, d1, d2, …] → [batch, d1·d2·…]`.
public struct Flatten: Layer {
    public init() {}

    public var kind: String { "Flatten" }
    public var parameters: [Tensor] { [] }
    public mutating func setParameters(_ parameters: [Tensor]) {}
    public var inputFeatures: Int? { nil }
    public func outputShape(for inputShape: [Int]) -> [Int] { [TensorLimits.saturatingProduct(inputShape)] }

    public func forward(_ input: Tensor, training: Bool) throws -> Tensor {
        guard input.rank >= 1 else {
            throw LearnError.invalidArgument(name: "input", reason: "Flatten needs a batch axis, got a scalar")
        }
        return try input.reshaped(to: [input.shape[0], input.shape.dropFirst().reduce(1, *)])
    }

    public var description: String { "Flatten()" }
}
