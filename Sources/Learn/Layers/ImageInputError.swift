/// Why an image layer cannot take its input. Every message names the
/// layer's own shape (filter or window) and the input's shape.
public enum ImageInputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input is not a batch of channels-last images `[n, height, width, channels]`.
    case notImages(layer: String, expected: String, shape: [Int])
    /// The images' channel count is not the one the filter takes.
    case channelMismatch(layer: String, filterShape: [Int], shape: [Int])
    /// The window is larger than the (padded) image.
    case windowTooLarge(layer: String, window: [Int], padding: Padding, shape: [Int])
    /// The last axis is not the size the layer normalises.
    case featureMismatch(layer: String, expected: Int, shape: [Int])

    public var description: String {
        switch self {
        case let .notImages(layer, expected, shape):
            return "\(layer) needs a batch of images \(expected) (channels last), got shape \(shape)"
        case let .channelMismatch(layer, filterShape, shape):
            let channels = filterShape.count == 4 ? filterShape[2] : 0
            return "\(layer)'s filter \(filterShape) takes images with \(channels) channel\(channels == 1 ? "" : "s"), "
                + "got shape \(shape) (\(shape.last ?? 0) channel\(shape.last == 1 ? "" : "s"))"
        case let .windowTooLarge(layer, window, padding, shape):
            let size = shape.count == 4 ? " (\(shape[1])×\(shape[2]) pixels)" : ""
            return "\(layer)'s \(window.map(String.init).joined(separator: "×")) window is larger than the padded input: "
                + "shape \(shape)\(size) with padding .\(padding.rawValue)"
        case let .featureMismatch(layer, expected, shape):
            return "\(layer) needs inputs whose last axis has \(expected) features, got shape \(shape)"
        }
    }
}
