/// A 2-D convolution of channels-last images (Swift for TensorFlow's
/// `Conv2D`): `activation(input ⊛ filter + bias)` with filter
/// `[height, width, inChannels, outChannels]` and bias `[outChannels]`,
/// taking `[n, h, w, inChannels]` to `[n, h′, w′, outChannels]`.
///
/// Initialisation draws from the global generator, as `Dense`: He normal
/// (`N(0, 2 / fanIn)`, fanIn = height·width·in) for the ReLU family, Glorot
/// uniform (fanOut = height·width·out) otherwise; biases start at zero.
public struct Conv2D: Layer {
    public var filter: Tensor
    public var bias: Tensor
    public let strides: (Int, Int)
    public let padding: Padding
    public var activation: Activation

    public init(filterShape: (Int, Int, Int, Int), strides: (Int, Int) = (1, 1), padding: Padding = .valid,
                activation: Activation = .identity) throws {
        let shape = [filterShape.0, filterShape.1, filterShape.2, filterShape.3]
        guard shape.allSatisfy({ $0 > 0 }) else {
            throw LearnError.invalidArgument(name: "filterShape", reason: "every size must be positive, got \(Self.text(shape))")
        }
        let (fanIn, fanOut) = (shape[0] * shape[1] * shape[2], shape[0] * shape[1] * shape[3])
        let filter: Tensor
        if activation.prefersHeInitialization {
            filter = try Tensor(randomNormal: shape, standardDeviation: (2 / Double(fanIn)).squareRoot())
        } else {
            let limit = (6 / Double(fanIn + fanOut)).squareRoot()
            filter = try Tensor(randomUniform: shape, lowerBound: -limit, upperBound: limit)
        }
        let bias = try Tensor(zeros: [shape[3]])
        try self.init(filter: filter, bias: bias, strides: strides, padding: padding, activation: activation)
    }

    /// A layer with a given filter `[h, w, in, out]` and bias `[out]`.
    public init(filter: Tensor, bias: Tensor, strides: (Int, Int) = (1, 1), padding: Padding = .valid,
                activation: Activation = .identity) throws {
        guard filter.rank == 4, bias.shape == [filter.shape[3]] else {
            throw LearnError.invalidArgument(name: "bias", reason: "shape \(bias.shape) does not fit filter shape \(filter.shape)")
        }
        guard strides.0 > 0, strides.1 > 0 else {
            throw LearnError.invalidArgument(name: "strides", reason: "must be positive, got (\(strides.0), \(strides.1))")
        }
        self.filter = filter
        self.bias = bias
        self.strides = strides
        self.padding = padding
        self.activation = activation
    }

    /// The filter's `[height, width, in, out]` (empty if it was replaced by a tensor of another rank).
    public var filterShape: [Int] { filter.rank == 4 ? filter.shape : [] }
    public var inputChannels: Int { filterShape.count == 4 ? filterShape[2] : 0 }
    public var outputChannels: Int { filterShape.count == 4 ? filterShape[3] : 0 }
    public var kind: String { "Conv2D" }
    public var parameters: [Tensor] { [filter, bias] }
    public var inputFeatures: Int? { nil }

    public mutating func setParameters(_ parameters: [Tensor]) {
        guard parameters.count == 2 else { return }
        filter = parameters[0]
        bias = parameters[1]
    }

    public func outputShape(for inputShape: [Int]) -> [Int] {
        guard let geometry = geometry(forExample: inputShape) else { return [] }
        return geometry.outputShape(channels: outputChannels)
    }

    /// The geometry for one example of shape `[h, w, c]`, nil if it does not fit.
    func geometry(forExample shape: [Int]) -> ImageGeometry? {
        guard shape.count == 3, shape[2] == inputChannels else { return nil }
        return ImageGeometry(inputShape: [1] + shape, window: (filterShape[0], filterShape[1]), strides: strides, padding: padding)
    }

    /// The geometry for `inputShape`, or the error naming both shapes.
    func checkedGeometry(_ inputShape: [Int]) throws -> ImageGeometry {
        guard filterShape.count == 4, bias.shape == [outputChannels] else {
            throw LearnError.invalidArgument(name: "filter", reason: "shape \(filter.shape) with bias \(bias.shape) is not [height, width, in, out] and [out]")
        }
        guard inputShape.count == 4 else {
            throw ImageInputError.notImages(layer: "Conv2D \(Self.text(filterShape))",
                                            expected: "[batch, height, width, \(inputChannels)]", shape: inputShape)
        }
        guard inputShape[3] == inputChannels else {
            throw ImageInputError.channelMismatch(layer: "Conv2D", filterShape: filterShape, shape: inputShape)
        }
        guard let geometry = ImageGeometry(inputShape: inputShape, window: (filterShape[0], filterShape[1]),
                                           strides: strides, padding: padding) else {
            throw ImageInputError.windowTooLarge(layer: "Conv2D \(Self.text(filterShape))", window: Array(filterShape.prefix(2)),
                                                 padding: padding, shape: inputShape)
        }
        return geometry
    }

    public func forward(_ input: Tensor, training: Bool) throws -> Tensor {
        let geometry = try checkedGeometry(input.shape)
        if activation == .relu {
            return try Primitives.convolution(input, filter, bias, geometry: geometry, rectified: true)
        }
        return activation(try Primitives.convolution(input, filter, bias, geometry: geometry, rectified: false))
    }

    public var description: String {
        "Conv2D(filterShape: \(Self.text(filterShape)), strides: (\(strides.0), \(strides.1)), "
            + "padding: .\(padding.rawValue), activation: \(activation))"
    }

    /// A shape as a tuple, `(3, 3, 1, 16)`, as the initialiser takes it.
    static func text(_ shape: [Int]) -> String { "(" + shape.map(String.init).joined(separator: ", ") + ")" }
}
