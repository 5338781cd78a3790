/// How a convolution or pooling window treats the border, as Keras and
/// Swift for TensorFlow: `.valid` uses only windows inside the image;
/// `.same` pads with zeros so the output has `⌈size / stride⌉` positions
/// (the odd pixel of padding going to the bottom and right).
public enum Padding: String, Sendable, Equatable, CaseIterable {
    case same, valid
}

/// The sizes of a sliding-window operation on a batch of channels-last
/// images `[batch, height, width, channels]`: the window, the strides, the
/// padding before the first row and column, and the output's size.
struct ImageGeometry: Equatable, Sendable {
    /// Images in the batch (the only size a smaller last batch changes).
    var batch: Int
    let height: Int
    let width: Int
    let channels: Int
    let windowHeight: Int
    let windowWidth: Int
    let strideY: Int
    let strideX: Int
    let padTop: Int
    let padLeft: Int
    let outputHeight: Int
    let outputWidth: Int

    /// The geometry of `window` sliding over `inputShape` (`[batch, height,
    /// width, channels]`), or nil when the window does not fit the padded
    /// image (the caller says why, naming its own shapes).
    init?(inputShape: [Int], window: (Int, Int), strides: (Int, Int), padding: Padding) {
        guard inputShape.count == 4, window.0 > 0, window.1 > 0, strides.0 > 0, strides.1 > 0 else { return nil }
        batch = inputShape[0]
        height = inputShape[1]
        width = inputShape[2]
        channels = inputShape[3]
        (windowHeight, windowWidth) = window
        (strideY, strideX) = strides
        guard let rows = Self.axis(size: height, window: window.0, stride: strides.0, padding: padding),
              let columns = Self.axis(size: width, window: window.1, stride: strides.1, padding: padding) else { return nil }
        (outputHeight, padTop) = rows
        (outputWidth, padLeft) = columns
    }

    /// The output size and leading padding along one axis (TensorFlow's rule).
    private static func axis(size: Int, window: Int, stride: Int, padding: Padding) -> (Int, Int)? {
        switch padding {
        case .valid:
            guard size >= window else { return nil }
            return ((size - window) / stride + 1, 0)
        case .same:
            guard size > 0 else { return nil }
            let output = (size + stride - 1) / stride
            let total = max((output - 1) * stride + window - size, 0)
            return (output, total / 2)
        }
    }

    /// Output pixels per image.
    var outputPixels: Int { outputHeight * outputWidth }
    /// Input scalars per image.
    var inputImageSize: Int { height * width * channels }
    /// Values under one window position (a row of the patch matrix).
    var patchSize: Int { windowHeight * windowWidth * channels }
    /// One example's output shape for `outputChannels` channels.
    func outputShape(channels outputChannels: Int) -> [Int] { [outputHeight, outputWidth, outputChannels] }
}
