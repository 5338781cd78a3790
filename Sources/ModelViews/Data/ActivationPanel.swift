import Charts
import Graphics

/// One layer of `ActivationHeatmap`: examples down, units across, with a colour
/// bar: a signed layer (tanh, logits) on coolwarm centred on 0 so zero is the
/// neutral middle, a one-signed one (relu, sigmoid) on viridis from its lowest to
/// highest output. Cells of one colour level are merged into runs so a 64 × 64
/// layer is a few dozen shapes.
struct ActivationPanel: Chart {
    var options: ChartOptions
    let layer: ActivationHeatmap.LayerActivations
    let colorBar: ColorBar

    /// Colour levels; odd, so a diverging map's middle level is centred on 0.
    static let levels = 17

    init(layer: ActivationHeatmap.LayerActivations, theme: ThemeName) {
        options = ChartOptions(title: layer.name, xLabel: "unit", yLabel: "example", theme: theme)
        self.layer = layer
        colorBar = ColorBar.fitting(Array(layer.values.joined()))
    }

    func level(_ v: Double) -> Int {
        guard v.isFinite else { return -1 }
        return Swift.min(Self.levels - 1, Swift.max(0, Int(colorBar.fraction(v) * Double(Self.levels))))
    }

    func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        let theme = options.theme.theme
        let units = layer.values.first?.count ?? 0
        var settings = PlotCanvas.Settings()
        settings.verticalGrid = false; settings.horizontalGrid = false; settings.spines = false
        settings.colorBar = colorBar
        return PlotCanvas.render(x: .bands((0..<units).map(String.init), padding: 0),
                                 y: .bands(layer.values.indices.map(String.init), padding: 0),
                                 settings: settings, options: options, size: size, measurer: measurer) { frame in
            var runs: [Int: [Path.Element]] = [:]
            for (r, row) in layer.values.enumerated() {
                guard let yb = frame.yBand(r) else { continue }
                let y0 = yb.start.rounded(), y1 = yb.end.rounded()
                var c = 0
                while c < row.count {
                    let key = level(row[c])
                    var end = c + 1
                    while end < row.count, level(row[end]) == key { end += 1 }
                    if let a = frame.xBand(c), let b = frame.xBand(end - 1) {
                        let x0 = a.start.rounded(), x1 = b.end.rounded()
                        runs[key, default: []] += Path.rect(Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)).elements
                    }
                    c = end
                }
            }
            let under: [Node] = runs.keys.sorted().compactMap { key in
                guard let elements = runs[key] else { return nil }
                let color = key < 0 ? theme.grid : colorBar.colormap.color(at: (Double(key) + 0.5) / Double(Self.levels))
                return .shape(Shape(Path(elements: elements), fill: .solid(color)))
            }
            return PlotCanvas.Marks(under: under, footprint: [frame.plot])
        }
    }

    func text(columns: Int) -> String { layer.name }
}
