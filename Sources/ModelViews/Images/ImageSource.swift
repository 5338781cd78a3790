import Learn

/// The image shape of examples, and tiles cut from a batch of them.
enum ImageSource {
    /// The most tiles an image view draws.
    static let maxTiles = 256

    /// One example's shape as an image (height, width, channels): `[h, w, 1]`
    /// or `[h, w, 3]`, `[h, w]` (gray), or `[d]` with `d` a square (gray `√d × √d`).
    static func imageShape(_ shape: [Int], view: String, argument: String) throws -> (height: Int, width: Int, channels: Int) {
        switch shape.count {
        case 3 where shape[2] == 1 || shape[2] == 3:
            return (shape[0], shape[1], shape[2])
        case 2:
            return (shape[0], shape[1], 1)
        case 1:
            if let side = squareSide(shape[0]) { return (side, side, 1) }
        default:
            break
        }
        throw ModelViewError.unsuitable(view: view, argument: argument,
                                        reason: "has examples of shape \(shape), not images [height, width, 1 or 3] (or a square number of gray pixels)")
    }

    /// `√n` when `n` is the square of a whole number above 1.
    static func squareSide(_ n: Int) -> Int? {
        guard n > 1 else { return nil }
        let side = Int(Double(n).squareRoot().rounded())
        return side * side == n ? side : nil
    }

    /// Example `index` of `features` (`[n, …]`, `size` scalars each) as a tile.
    static func tile(_ features: Tensor, index: Int, shape: (height: Int, width: Int, channels: Int)) -> ImageTile {
        let size = shape.height * shape.width * shape.channels
        return ImageTile(width: shape.width, height: shape.height, channels: shape.channels,
                         values: Array(features.scalars[(index * size)..<((index + 1) * size)]))
    }

    /// Checks a requested tile count (1 … `maxTiles`).
    static func checkCount(_ count: Int, view: String) throws {
        guard count >= 1, count <= maxTiles else {
            throw ModelViewError.unsuitable(view: view, argument: "count", reason: "must be between 1 and \(maxTiles), got \(count)")
        }
    }

    /// One image as a batch of one `[1, h, w, c]`: `image` may be `[h, w, c]`, `[1, h, w, c]`, `[h, w]` or a flat row.
    static func batchOfOne(_ image: Tensor, view: String) throws -> Tensor {
        switch image.rank {
        case 4 where image.shape[0] == 1: return image
        case 3: return try image.reshaped(to: [1] + image.shape)
        case 2 where image.shape[0] == 1: return image
        case 2: return try image.reshaped(to: [1] + image.shape + [1])
        case 1: return try image.reshaped(to: [1] + image.shape)
        default:
            throw ModelViewError.unsuitable(view: view, argument: "image",
                                            reason: "must be one image [height, width, channels], got shape \(image.shape)")
        }
    }

    /// Runs `model` on `batch` in inference mode; an input that does not fit is
    /// an error naming the image's shape and the shape the model takes.
    static func run(_ model: Sequential, on batch: Tensor, view: String) throws -> Tensor {
        let given = Array(batch.shape.dropFirst())
        if let expected = model.exampleShape, expected != given,
           expected.reduce(1, *) != given.reduce(1, *) || !(model.layers.first is Flatten || model.layers.first is Reshape) {
            throw ModelViewError.unsuitable(view: view, argument: "image",
                                            reason: "has shape \(given) but the model takes images of shape \(expected)")
        }
        var inference = model
        inference.isTraining = false
        do { return try inference(batch) } catch {
            throw ModelViewError.unsuitable(view: view, argument: "image", reason: "of shape \(given) does not fit the model: \(error)")
        }
    }
}
