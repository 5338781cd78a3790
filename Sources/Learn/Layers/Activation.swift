/// A named activation function: usable as a `Dense` argument and callable
/// on any tensor (`Activation.relu(x)`).
public struct Activation: Sendable, Equatable, CustomStringConvertible {
    enum Kind: Sendable, Equatable {
        case identity
        case elementwise(UnaryFunction)
        case softmax
    }

    /// The name cells use (`relu`, `leakyRelu`, …).
    public let name: String
    let kind: Kind

    public static let identity = Activation(name: "identity", kind: .identity)
    public static let relu = Activation(name: "relu", kind: .elementwise(.relu))
    public static let sigmoid = Activation(name: "sigmoid", kind: .elementwise(.sigmoid))
    public static let tanh = Activation(name: "tanh", kind: .elementwise(.tanh))
    public static let softmax = Activation(name: "softmax", kind: .softmax)
    public static let gelu = Activation(name: "gelu", kind: .elementwise(.gelu))
    /// Leaky ReLU with slope 0.2 (Swift for TensorFlow's default).
    public static let leakyRelu = Activation.leakyRelu(slope: 0.2)

    public static func leakyRelu(slope: Double) -> Activation {
        Activation(name: "leakyRelu", kind: .elementwise(.leakyRelu(slope: slope)))
    }

    /// Every activation by the name cells use, for the Prelude to look up.
    public static let all: [String: Activation] = Dictionary(
        uniqueKeysWithValues: [identity, relu, sigmoid, tanh, softmax, gelu, leakyRelu].map { ($0.name, $0) })

    /// True for the ReLU family, which `Dense` initialises with He's scheme.
    public var prefersHeInitialization: Bool {
        if case let .elementwise(function) = kind {
            switch function {
            case .relu, .leakyRelu, .gelu: return true
            default: return false
            }
        }
        return false
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        switch kind {
        case .identity: return x
        case let .elementwise(function): return Primitives.unary(function, x)
        case .softmax: return Primitives.softmax(x)
        }
    }

    public var description: String { name }
}

/// The identity function, for symmetry with the other activations.
public func identity(_ x: Tensor) -> Tensor { x }
