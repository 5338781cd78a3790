import Graphics

/// Layers on one frame: the axes cover every layer's extent, the colours come from one scale
/// shared by name (a series called "setosa" has the same colour in every layer), the legend
/// lists each named series once, and the layers draw bottom first.
struct LayerStack {
    let layers: [ChartLayer]

    /// The axes of the stack; throws when two layers cannot share an axis (a category axis and
    /// a numeric one, different categories, a log axis and a linear one).
    static func axes(_ layers: [ChartLayer]) throws -> (x: AxisSpec, y: AxisSpec) {
        (try merged(layers, \.x, axis: "x"), try merged(layers, \.y, axis: "y"))
    }

    private static func merged(_ layers: [ChartLayer], _ path: KeyPath<ChartLayer, ChartLayer.Extent>,
                               axis: String) throws -> AxisSpec {
        var result: (extent: ChartLayer.Extent, kind: String)?
        for layer in layers {
            let extent = layer[keyPath: path]
            guard extent != .free else { continue }
            guard let (current, kind) = result else { result = (extent, layer.kind); continue }
            result = (try union(current, extent, kinds: (kind, layer.kind), axis: axis), kind)
        }
        switch result?.extent {
        case let .linear(lo, hi, includeZero, margin, integer):
            return .linear(lo: lo, hi: hi, includeZero: includeZero, margin: margin, integer: integer)
        case let .log(lo, hi, margin): return .log(lo: lo, hi: hi, margin: margin)
        case let .bands(names, padding): return .band(names, padding: padding)
        case .free, nil: return .linear(lo: 0, hi: 1, includeZero: false)
        }
    }

    /// Two layers' needs of one axis: the data of both, the larger margin, zero when either
    /// wants it, whole-number ticks only when both do.
    private static func union(_ a: ChartLayer.Extent, _ b: ChartLayer.Extent, kinds: (String, String),
                              axis: String) throws -> ChartLayer.Extent {
        switch (a, b) {
        case let (.linear(lo1, hi1, z1, m1, i1), .linear(lo2, hi2, z2, m2, i2)):
            return .linear(lo: Swift.min(lo1, lo2), hi: Swift.max(hi1, hi2), includeZero: z1 || z2, margin: Swift.max(m1, m2),
                           integer: i1 && i2)
        case let (.log(lo1, hi1, m1), .log(lo2, hi2, m2)):
            return .log(lo: Swift.min(lo1, lo2), hi: Swift.max(hi1, hi2), margin: Swift.max(m1, m2))
        case let (.bands(names1, padding), .bands(names2, _)):
            guard names1 == names2 else {
                throw ChartError.incompatibleLayers(first: kinds.0, second: kinds.1,
                                                    reason: "their \(axis) axes have different categories")
            }
            return .bands(names1, padding: padding)
        default:
            throw ChartError.incompatibleLayers(first: kinds.0, second: kinds.1,
                                                reason: "\(describe(a)) \(axis) axis cannot be shared with \(describe(b)) one")
        }
    }

    private static func describe(_ extent: ChartLayer.Extent) -> String {
        switch extent {
        case .linear, .free: "a numeric"
        case .log: "a logarithmic"
        case .bands: "a category"
        }
    }

    /// Each layer's series colours: palette colours keyed by name in order of first appearance
    /// (an unnamed series takes a colour of its own), the muted colour for reference marks.
    func colors(theme: Theme) -> [[Color]] {
        var index: [String: Int] = [:]
        var next = 0
        return layers.map { layer in
            layer.series.map { series in
                guard series.tint == .palette else { return theme.mutedText }
                if !series.name.isEmpty, let known = index[series.name] { return theme.color(known) }
                if !series.name.isEmpty { index[series.name] = next }
                next += 1
                return theme.color(next - 1)
            }
        }
    }

    /// Legend rows: alone, the series the layer lists; stacked, every named series once.
    func legend(colors: [[Color]]) -> [LegendEntry] {
        var seen = Set<String>()
        var entries: [LegendEntry] = []
        for (layer, layerColors) in zip(layers, colors) {
            for (series, color) in zip(layer.series, layerColors) where !series.name.isEmpty {
                guard layers.count > 1 || series.legendAlone, seen.insert(series.name).inserted else { continue }
                entries.append(LegendEntry(name: series.name, color: color.withAlpha(series.alpha), mark: series.mark.entryMark))
            }
        }
        return entries
    }

    func nodes(options: ChartOptions, size: Size, measurer: any TextMeasurer) -> [Node] {
        let theme = options.theme.theme
        let axes = (try? Self.axes(layers)) ?? (.linear(lo: 0, hi: 1, includeZero: false), .linear(lo: 0, hi: 1, includeZero: false))
        var spec = CartesianSpec(x: axes.x, y: axes.y)
        let colors = self.colors(theme: theme)
        spec.legend = legend(colors: colors)
        let dropped = layers.reduce(0) { $0 + $1.dropped }
        let notes = (dropped > 0 ? [ChartMessages.nonFiniteNote(dropped)] : []) + layers.flatMap(\.notes)
        spec.note = notes.isEmpty ? nil : notes.joined(separator: " · ")
        spec.verticalGrid = layers.allSatisfy(\.verticalGrid)
        spec.horizontalGrid = layers.allSatisfy(\.horizontalGrid)
        var opts = options
        if opts.yLabel == nil { opts.yLabel = layers.lazy.compactMap(\.defaultYLabel).first }
        let footprint: ((CartesianFrame) -> [Rect])? = layers.allSatisfy({ $0.footprint != nil }) ? { frame in
            let canvas = PlotCanvas.Frame(plot: frame.plot, frame: frame)
            return zip(layers, colors).flatMap { layer, layerColors in
                layer.footprint?(ChartLayer.Context(frame: canvas, colors: layerColors, theme: theme)) ?? []
            }
        } : nil
        return CartesianRenderer.render(spec: spec, options: opts, size: size, measurer: measurer, footprint: footprint) { frame in
            var result = MarkLayer()
            let canvas = PlotCanvas.Frame(plot: frame.plot, frame: frame)
            for (layer, layerColors) in zip(layers, colors) {
                let marks = layer.draw(ChartLayer.Context(frame: canvas, colors: layerColors, theme: theme))
                result.nodes += marks.under
                result.overlay += marks.over
                result.footprint += marks.footprint
            }
            return result
        }
    }
}
