import Charts
import Graphics
import Learn

/// `FeatureMaps(model, image, layer:)`: what one layer outputs for one image,
/// each channel as a small image, all on one colour scale with a colour bar
/// (viridis from the smallest to the largest value, or diverging at zero
/// when the values take both signs).
public struct FeatureMaps: Chart {
    public var options: ChartOptions
    let tiles: [ImageTile]
    let scale: ImageScale
    let note: String?

    public var channelCount: Int { tiles.count }

    public init(_ model: Sequential, _ image: Tensor, layer index: Int, title: String? = nil,
                width: Double? = nil, height: Double? = nil) throws {
        let view = "FeatureMaps"
        guard model.layers.indices.contains(index) else {
            throw ModelViewError.unsuitable(view: view, argument: "layer", reason: "\(index) is not a layer index: the model has \(model.layers.count) layers")
        }
        let batch = try ImageSource.batchOfOne(image, view: view)
        let upToLayer = Sequential(Array(model.layers[...index]))
        var checked = upToLayer
        checked.inputShape = model.exampleShape
        let output = try ImageSource.run(checked, on: batch, view: view)
        let layer = model.layers[index]
        guard output.rank == 4 else {
            throw ModelViewError.unsuitable(view: view, argument: "layer",
                                            reason: "\(index) (\(layer.kind)) outputs \(Array(output.shape.dropFirst())) per image, not feature maps [height, width, channels]; "
                                                + "FeatureMaps shows convolution and pooling layers")
        }
        let (h, w, channels) = (output.shape[1], output.shape[2], output.shape[3])
        let shown = Swift.min(channels, ImageSource.maxTiles)
        tiles = (0..<shown).map { channel in
            ImageTile(width: w, height: h, channels: 1, values: (0..<(h * w)).map { output.scalars[$0 * channels + channel] },
                      caption: ["\(channel)"])
        }
        let values = tiles.flatMap(\.values).filter(\.isFinite)
        let lo = values.min() ?? 0, hi = values.max() ?? 1
        if lo < 0, hi > 0, Swift.min(-lo, hi) > 0.05 * Swift.max(-lo, hi) {
            scale = ImageScale.diverging(of: values)
        } else {
            scale = .sequential(lo: lo, hi: hi > lo ? hi : lo + 1, colormap: .viridis)
        }
        note = shown < channels ? "Showing channels 0–\(shown - 1) of \(channels)." : nil
        let activation = (layer as? Conv2D).map { $0.activation.name == "identity" ? "" : " · \($0.activation.name)" } ?? ""
        let heading = "Feature maps of layer \(index) (\(layer.kind)\(activation)): \(channels) channel\(channels == 1 ? "" : "s") of \(h)×\(w)"
        options = ChartOptions(title: title ?? heading, width: width ?? ChartOptions.defaultWidth, height: height ?? ChartOptions.defaultHeight)
    }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        var grid = ImageTileGrid(tiles: tiles, scale: scale, options: options, colorBar: true)
        grid.note = note
        return grid.nodes(size: size, measurer: measurer)
    }

    public func text(columns: Int) -> String {
        ImageTileText.render(tiles, scale: scale, title: options.title, columns: columns, notes: note.map { [$0] } ?? [])
    }
}
