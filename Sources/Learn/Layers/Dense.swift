#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fully connected layer: `activation(x · weight + bias)`, with weight
/// `[inputSize, outputSize]` and bias `[outputSize]`.
///
/// Initialisation draws from the global generator: He normal
/// (`N(0, 2 / inputSize)`) for the ReLU family, Glorot uniform
/// (`U(±√(6 / (inputSize + outputSize)))`) otherwise; biases start at zero.
public struct Dense: Layer {
    public var weight: Tensor
    public var bias: Tensor
    public var activation: Activation

    public init(inputSize: Int, outputSize: Int, activation: Activation = .identity) throws {
        guard inputSize > 0 else {
            throw LearnError.invalidArgument(name: "inputSize", reason: "must be positive, got \(inputSize)")
        }
        guard outputSize > 0 else {
            throw LearnError.invalidArgument(name: "outputSize", reason: "must be positive, got \(outputSize)")
        }
        if activation.prefersHeInitialization {
            weight = try Tensor(randomNormal: [inputSize, outputSize], standardDeviation: (2 / Double(inputSize)).squareRoot())
        } else {
            let limit = (6 / Double(inputSize + outputSize)).squareRoot()
            weight = try Tensor(randomUniform: [inputSize, outputSize], lowerBound: -limit, upperBound: limit)
        }
        bias = try Tensor(zeros: [outputSize])
        self.activation = activation
    }

    /// A layer with given weight `[in, out]` and bias `[out]`.
    public init(weight: Tensor, bias: Tensor, activation: Activation = .identity) throws {
        guard weight.rank == 2, bias.shape == [weight.shape[1]] else {
            throw LearnError.invalidArgument(name: "bias", reason: "shape \(bias.shape) does not fit weight shape \(weight.shape)")
        }
        self.weight = weight
        self.bias = bias
        self.activation = activation
    }

    /// Rows of `weight` (0 if `weight` was replaced by a tensor that is not a matrix).
    public var inputSize: Int { weight.rank == 2 ? weight.shape[0] : 0 }
    /// Columns of `weight` (0 if `weight` is not a matrix).
    public var outputSize: Int { weight.rank == 2 ? weight.shape[1] : 0 }
    public var kind: String { "Dense" }
    public var parameters: [Tensor] { [weight, bias] }
    public var inputFeatures: Int? { inputSize }

    public mutating func setParameters(_ parameters: [Tensor]) {
        guard parameters.count == 2 else { return }
        weight = parameters[0]
        bias = parameters[1]
    }

    public func outputShape(for inputShape: [Int]) -> [Int] { [outputSize] }

    public func forward(_ input: Tensor, training: Bool) throws -> Tensor {
        guard input.rank == 2, input.shape[1] == inputSize else {
            throw LearnError.inputMismatch(layer: 0, expected: inputSize, shape: input.shape)
        }
        if activation == .relu { return try Primitives.linear(input, weight, bias, rectified: true) }
        return activation(try Primitives.linear(input, weight, bias))
    }

    public var description: String { "Dense(inputSize: \(inputSize), outputSize: \(outputSize), activation: \(activation))" }
}
