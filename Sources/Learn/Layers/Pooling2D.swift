/// The window of a pooling layer: its size, strides (the size by default,
/// as Keras) and padding, and the checks of its input.
public struct PoolingWindow: Sendable, Equatable {
    public let height: Int
    public let width: Int
    public let strideY: Int
    public let strideX: Int
    public let padding: Padding

    init(poolSize: (Int, Int), strides: (Int, Int)?, padding: Padding) throws {
        guard poolSize.0 > 0, poolSize.1 > 0 else {
            throw LearnError.invalidArgument(name: "poolSize", reason: "must be positive, got (\(poolSize.0), \(poolSize.1))")
        }
        let strides = strides ?? poolSize
        guard strides.0 > 0, strides.1 > 0 else {
            throw LearnError.invalidArgument(name: "strides", reason: "must be positive, got (\(strides.0), \(strides.1))")
        }
        (height, width) = poolSize
        (strideY, strideX) = strides
        self.padding = padding
    }

    func geometry(_ inputShape: [Int]) -> ImageGeometry? {
        ImageGeometry(inputShape: inputShape, window: (height, width), strides: (strideY, strideX), padding: padding)
    }

    /// The geometry for a batch `inputShape`, or the error naming both shapes.
    func checkedGeometry(_ inputShape: [Int], layer: String) throws -> ImageGeometry {
        guard inputShape.count == 4 else {
            throw ImageInputError.notImages(layer: layer, expected: "[batch, height, width, channels]", shape: inputShape)
        }
        guard let geometry = geometry(inputShape) else {
            throw ImageInputError.windowTooLarge(layer: layer, window: [height, width], padding: padding, shape: inputShape)
        }
        return geometry
    }

    /// One example's output shape (`[]` when the example is not an image the window fits).
    func outputShape(for inputShape: [Int]) -> [Int] {
        guard inputShape.count == 3, let geometry = geometry([1] + inputShape) else { return [] }
        return geometry.outputShape(channels: inputShape[2])
    }

    var arguments: String {
        "poolSize: (\(height), \(width)), strides: (\(strideY), \(strideX)), padding: .\(padding.rawValue)"
    }
}

/// A pooling layer over windows of channels-last images: no parameters,
/// the output shape from its window.
public protocol WindowPoolingLayer: Layer {
    var window: PoolingWindow { get }
}

extension WindowPoolingLayer {
    public var parameters: [Tensor] { [] }
    public mutating func setParameters(_ parameters: [Tensor]) {}
    public var inputFeatures: Int? { nil }
    public func outputShape(for inputShape: [Int]) -> [Int] { window.outputShape(for: inputShape) }
    public var description: String { "\(kind)(\(window.arguments))" }
}

/// The largest value of each channel in each window (Swift for TensorFlow's `MaxPool2D`).
public struct MaxPool2D: WindowPoolingLayer {
    public let window: PoolingWindow

    public init(poolSize: (Int, Int) = (2, 2), strides: (Int, Int)? = nil, padding: Padding = .valid) throws {
        window = try PoolingWindow(poolSize: poolSize, strides: strides, padding: padding)
    }

    public var kind: String { "MaxPool2D" }

    public func forward(_ input: Tensor, training: Bool) throws -> Tensor {
        try Primitives.maxPool(input, geometry: window.checkedGeometry(input.shape, layer: kind))
    }
}

/// The mean of each channel in each window (Swift for TensorFlow's `AvgPool2D`).
public struct AvgPool2D: WindowPoolingLayer {
    public let window: PoolingWindow

    public init(poolSize: (Int, Int) = (2, 2), strides: (Int, Int)? = nil, padding: Padding = .valid) throws {
        window = try PoolingWindow(poolSize: poolSize, strides: strides, padding: padding)
    }

    public var kind: String { "AvgPool2D" }

    public func forward(_ input: Tensor, training: Bool) throws -> Tensor {
        try Primitives.averagePool(input, geometry: window.checkedGeometry(input.shape, layer: kind))
    }
}

/// The mean of each channel over all pixels: `[n, h, w, c]` → `[n, c]`.
public struct GlobalAvgPool2D: Layer {
    public init() {}

    public var kind: String { "GlobalAvgPool2D" }
    public var parameters: [Tensor] { [] }
    public mutating func setParameters(_ parameters: [Tensor]) {}
    public var inputFeatures: Int? { nil }
    public func outputShape(for inputShape: [Int]) -> [Int] { inputShape.count == 3 ? [inputShape[2]] : [] }

    public func forward(_ input: Tensor, training: Bool) throws -> Tensor {
        guard input.rank == 4 else {
            throw ImageInputError.notImages(layer: kind, expected: "[batch, height, width, channels]", shape: input.shape)
        }
        return try Primitives.globalAveragePool(input)
    }

    public var description: String { "GlobalAvgPool2D()" }
}
