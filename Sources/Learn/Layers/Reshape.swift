/// Gives each batch another shape. `Reshape(shape: [-1, 28, 28, 1])` names
/// the whole batch's shape, its -1 standing for the batch size (as
/// `reshaped(to:)`); a shape without a leading -1 is one example's shape,
/// as Keras's `Reshape((28, 28, 1))`, and may hold one -1 of its own.
public struct Reshape: Layer {
    public let shape: [Int]

    public init(shape: [Int]) throws {
        guard !shape.isEmpty, shape.allSatisfy({ $0 > 0 || $0 == -1 }), shape.filter({ $0 == -1 }).count <= 1 else {
            throw LearnError.invalidArgument(
                name: "shape", reason: "sizes must be positive, with at most one -1 (inferred), got \(shape)")
        }
        self.shape = shape
    }

    /// One example's target shape (its -1, if any, still to infer).
    var exampleShape: [Int] { shape.first == -1 ? Array(shape.dropFirst()) : shape }

    public var kind: String { "Reshape" }
    public var parameters: [Tensor] { [] }
    public mutating func setParameters(_ parameters: [Tensor]) {}
    public var inputFeatures: Int? { nil }

    public func outputShape(for inputShape: [Int]) -> [Int] {
        let count = TensorLimits.saturatingProduct(inputShape)
        var target = exampleShape
        guard let slot = target.firstIndex(of: -1) else { return TensorLimits.saturatingProduct(target) == count ? target : [] }
        let known = TensorLimits.saturatingProduct(target.filter { $0 != -1 })
        guard known > 0, count % known == 0 else { return [] }
        target[slot] = count / known
        return target
    }

    public func forward(_ input: Tensor, training: Bool) throws -> Tensor {
        guard input.rank >= 1 else {
            throw LearnError.invalidArgument(name: "input", reason: "Reshape needs a batch axis, got a scalar")
        }
        return try input.reshaped(to: shape.first == -1 ? shape : [input.shape[0]] + shape)
    }

    public var description: String { "Reshape(shape: \(shape))" }
}
