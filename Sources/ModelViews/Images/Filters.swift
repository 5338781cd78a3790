import Charts
import Graphics
import Learn

/// `Filters(model, layer: 0)`: each unit's weights as a small image on one
/// diverging scale centred at zero (blue negative, red positive) with a
/// colour bar. A `Conv2D`'s kernels (a row per unit, a column per input
/// channel when there are several); a `Dense` layer's weights reshaped to its
/// input image (the model's input, or a square), as `imshow` of weights does.
public struct Filters: Chart {
    public var options: ChartOptions
    let tiles: [ImageTile]
    let scale: ImageScale
    let columns: Int?
    let note: String?

    public var imageCount: Int { tiles.count }

    public init(_ model: Sequential, layer index: Int, title: String? = nil, width: Double? = nil, height: Double? = nil) throws {
        let view = "Filters"
        guard model.layers.indices.contains(index) else {
            throw ModelViewError.unsuitable(view: view, argument: "layer", reason: "\(index) is not a layer index: the model has \(model.layers.count) layers")
        }
        let layer = model.layers[index]
        var tiles: [ImageTile] = [], columns: Int?, heading: String, note: String?
        switch layer {
        case let conv as Conv2D:
            let shape = conv.filterShape
            guard shape.count == 4 else { throw ModelViewError.unsuitable(view: view, argument: "model", reason: "layer \(index) has no 4-D filter") }
            let (h, w, inputs, units) = (shape[0], shape[1], shape[2], shape[3])
            let unitsShown = Swift.min(units, Swift.max(1, ImageSource.maxTiles / inputs))
            let inputsShown = Swift.min(inputs, ImageSource.maxTiles)
            for unit in 0..<unitsShown {
                for input in 0..<inputsShown {
                    let values = (0..<(h * w)).map { conv.filter.scalars[($0 * inputs + input) * units + unit] }
                    tiles.append(ImageTile(width: w, height: h, channels: 1, values: values, caption: inputs == 1 ? ["\(unit)"] : []))
                }
            }
            columns = inputs > 1 ? inputsShown : nil
            heading = "Filters of layer \(index) (Conv2D \(h)×\(w), \(units) unit\(units == 1 ? "" : "s")"
                + (inputs > 1 ? " × \(inputs) input channels)" : ")")
            if unitsShown < units { note = "Showing units 0–\(unitsShown - 1) of \(units)." }
            if inputs > 1 {
                note = (note.map { $0 + " " } ?? "") + "One row per unit (0–\(unitsShown - 1)), one column per input channel (0–\(inputsShown - 1))."
            }
        case let dense as Dense:
            let (inputs, units) = (dense.inputSize, dense.outputSize)
            let (h, w) = try Self.imageSide(model, layer: index, inputs: inputs, view: view)
            let shown = Swift.min(units, ImageSource.maxTiles)
            for unit in 0..<shown {
                let values = (0..<inputs).map { dense.weight.scalars[$0 * units + unit] }
                tiles.append(ImageTile(width: w, height: h, channels: 1, values: values, caption: ["\(unit)"]))
            }
            heading = "Weights of layer \(index) (Dense, \(units) unit\(units == 1 ? "" : "s")) as \(h)×\(w) images"
            if shown < units { note = "Showing units 0–\(shown - 1) of \(units)." }
        default:
            throw ModelViewError.unsuitable(view: view, argument: "layer",
                                            reason: "\(index) is a \(layer.kind) layer, which has no weights to draw; Filters shows Conv2D and Dense layers")
        }
        self.tiles = tiles
        self.columns = columns
        self.note = note
        scale = ImageScale.diverging(of: tiles.flatMap(\.values))
        options = ChartOptions(title: title ?? heading, width: width ?? ChartOptions.defaultWidth, height: height ?? ChartOptions.defaultHeight)
    }

    /// The image a Dense layer's inputs form: the model's input image when the
    /// layer reads it (after Flatten/Reshape/Dropout only), else a square.
    static func imageSide(_ model: Sequential, layer index: Int, inputs: Int, view: String) throws -> (Int, Int) {
        let readsInput = model.layers[..<index].allSatisfy { $0 is Flatten || $0 is Reshape || $0 is Dropout }
        if readsInput, let shape = model.exampleShape, shape.reduce(1, *) == inputs,
           let image = try? ImageSource.imageShape(shape, view: view, argument: "model"), image.channels == 1 {
            return (image.height, image.width)
        }
        if let side = ImageSource.squareSide(inputs) { return (side, side) }
        throw ModelViewError.unsuitable(view: view, argument: "layer",
                                        reason: "\(index) (Dense) takes \(inputs) inputs, which form no image: neither the model's input image nor a square")
    }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        var grid = ImageTileGrid(tiles: tiles, scale: scale, options: options, colorBar: true)
        grid.columns = columns
        grid.note = note
        return grid.nodes(size: size, measurer: measurer)
    }

    public func text(columns width: Int) -> String {
        ImageTileText.render(tiles, scale: scale, title: options.title, columns: width, notes: note.map { [$0] } ?? [])
    }
}
