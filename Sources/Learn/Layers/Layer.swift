/// A step of a `Sequential` model: a function of a batch with trainable parameters.
public protocol Layer: Sendable, CustomStringConvertible {
    /// The kind shown in summaries and diagrams ("Dense", "Dropout", "Flatten").
    var kind: String { get }
    /// The trainable tensors, in a fixed order (for `Dense`: weight, then bias).
    var parameters: [Tensor] { get }
    /// Replaces the parameters; counts and shapes must stay as they are.
    mutating func setParameters(_ parameters: [Tensor])
    /// The number of features the layer needs per example, if it is fixed.
    var inputFeatures: Int? { get }
    /// The shape of one example's output for one example's input shape.
    func outputShape(for inputShape: [Int]) -> [Int]
    /// The layer applied to a batch; `training` enables dropout.
    func forward(_ input: Tensor, training: Bool) throws -> Tensor
}

extension Layer {
    /// Replaces parameter `index` (named `name` in errors) with a tensor of the same shape.
    public mutating func replaceParameter(_ index: Int, named name: String, with value: Tensor) throws {
        var current = parameters
        guard current.indices.contains(index) else {
            throw LearnError.invalidArgument(name: name, reason: "a \(kind) layer has no '\(name)'")
        }
        guard value.shape == current[index].shape else {
            throw LearnError.parameterShape(name: name, expected: current[index].shape, actual: value.shape)
        }
        current[index] = value.detached
        setParameters(current)
    }

    /// The layer applied to a batch in inference mode.
    public func callAsFunction(_ input: Tensor) throws -> Tensor {
        try forward(input, training: false)
    }

    /// The number of trainable scalars.
    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.scalarCount } }

    public var description: String { kind }

    /// Updates each parameter's scalars in place (storage is not copied when
    /// nothing else holds it).
    mutating func updateParameters(_ body: (Int, inout [Double]) throws -> Void) rethrows {
        var current = parameters
        setParameters(current.map { Tensor(uncheckedShape: $0.shape, scalars: []) })
        defer { setParameters(current) }
        for index in current.indices {
            current[index].node = nil
            try body(index, &current[index].scalars)
        }
    }
}
