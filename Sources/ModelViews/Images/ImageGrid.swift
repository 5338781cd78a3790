import Charts
import Graphics
import Learn

/// `ImageGrid(data, count: 16)` and `ImageGrid(images:labels:)`: images in a
/// grid with square pixels, gray or RGB, each captioned (its class name or label).
public struct ImageGrid: Chart {
    public var options: ChartOptions
    let tiles: [ImageTile]
    let scale: ImageScale
    /// How many images there were to show.
    public let available: Int

    public var imageCount: Int { tiles.count }

    /// The first `count` examples of `data`, captioned with their class names (or label values).
    public init(_ data: Dataset, count: Int = 16, title: String? = nil, width: Double? = nil, height: Double? = nil) throws {
        let view = "ImageGrid"
        try ImageSource.checkCount(count, view: view)
        guard data.count > 0 else { throw ModelViewError.empty(view: view, argument: "data", expected: "at least one image") }
        let shape = try ImageSource.imageShape(data.exampleShape, view: view, argument: "data")
        let shown = Swift.min(count, data.count)
        let tiles = (0..<shown).map { index -> ImageTile in
            var tile = ImageSource.tile(data.features, index: index, shape: shape)
            tile.caption = [Self.labelText(data.labels.scalars[index], names: data.classNames)]
            return tile
        }
        self.init(tiles: tiles, available: data.count, title: title ?? Self.title(shown, of: data.count), width: width, height: height)
    }

    /// The images of `images` (`[n, h, w, c]` with c 1 or 3, `[n, h, w]`, or `[n, d]`
    /// with d a square), captioned with `labels` (one per image, or none).
    public init(images: Tensor, labels: [String] = [], count: Int = 64, title: String? = nil,
                width: Double? = nil, height: Double? = nil) throws {
        let view = "ImageGrid"
        try ImageSource.checkCount(count, view: view)
        guard images.rank >= 2, images.shape[0] > 0 else {
            throw ModelViewError.unsuitable(view: view, argument: "images", reason: "must be a batch [n, height, width, channels], got shape \(images.shape)")
        }
        let n = images.shape[0]
        guard labels.isEmpty || labels.count == n else {
            throw ModelViewError.unsuitable(view: view, argument: "labels", reason: "has \(labels.count) labels for \(n) images")
        }
        let shape = try ImageSource.imageShape(Array(images.shape.dropFirst()), view: view, argument: "images")
        let shown = Swift.min(count, n)
        let tiles = (0..<shown).map { index -> ImageTile in
            var tile = ImageSource.tile(images, index: index, shape: shape)
            if !labels.isEmpty { tile.caption = [labels[index]] }
            return tile
        }
        self.init(tiles: tiles, available: n, title: title ?? Self.title(shown, of: n), width: width, height: height)
    }

    init(tiles: [ImageTile], available: Int, title: String, width: Double?, height: Double?) {
        self.tiles = tiles
        self.available = available
        scale = ImageScale.intensity(of: tiles.flatMap(\.values))
        options = ChartOptions(title: title, width: width ?? ChartOptions.defaultWidth, height: height ?? ChartOptions.defaultHeight)
    }

    static func title(_ shown: Int, of total: Int) -> String {
        shown == total ? "\(Count.text(total)) image\(total == 1 ? "" : "s")" : "The first \(shown) of \(Count.text(total)) images"
    }

    /// A label's class name, or its value.
    static func labelText(_ label: Double, names: [String]) -> String {
        if label.isFinite, label >= 0, label == label.rounded(), Int(label) < names.count { return names[Int(label)] }
        return NumberFormat.short(label)
    }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        ImageTileGrid(tiles: tiles, scale: scale, options: options).nodes(size: size, measurer: measurer)
    }

    public func text(columns: Int) -> String {
        ImageTileText.render(tiles, scale: scale, title: options.title, columns: columns)
    }
}
