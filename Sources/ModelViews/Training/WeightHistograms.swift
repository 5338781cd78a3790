import Charts
import Graphics
import Learn

/// `WeightHistograms(model)`: one panel per layer with parameters — the
/// weights as a histogram, the biases as a dot plot on its baseline (so a few
/// dozen biases stay visible and countable next to thousands of weights) —
/// on one shared x axis when the layers' ranges are comparable.
public struct WeightHistograms: Chart {
    /// One layer's parameters.
    public struct LayerParameters: Sendable, Equatable {
        public var name: String
        public var weights: [Double]
        public var biases: [Double]
        public init(name: String, weights: [Double], biases: [Double]) {
            self.name = name; self.weights = weights; self.biases = biases
        }
    }

    public var options: ChartOptions
    public let layers: [LayerParameters]
    public let bins: Int

    public init(_ layers: [LayerParameters], bins: Int = 30, title: String? = nil,
                width: Double? = nil, height: Double? = nil) throws {
        let view = "WeightHistograms"
        guard !layers.isEmpty else {
            throw ModelViewError.empty(view: view, argument: "model", expected: "a layer with weights (Dense)")
        }
        guard (1...200).contains(bins) else {
            throw ModelViewError.unsuitable(view: view, argument: "bins", reason: "must be between 1 and 200, got \(bins)")
        }
        for layer in layers where !layer.weights.contains(where: \.isFinite) {
            throw ModelViewError.unsuitable(view: view, argument: "model", reason: "layer '\(layer.name)' has no finite weights (training diverged?)")
        }
        self.layers = layers
        self.bins = bins
        let rows = Double((layers.count + 1) / 2)
        options = ChartOptions(title: title ?? "Weights and biases", width: width ?? ChartOptions.defaultWidth,
                               height: height ?? Swift.min(2400, 60 + 240 * rows))
    }

    public init(_ model: Sequential, bins: Int = 30, title: String? = nil, width: Double? = nil, height: Double? = nil) throws {
        let facts = LayerFacts.of(model)
        let layers = zip(model.layers, facts).compactMap { layer, fact -> LayerParameters? in
            let p = layer.parameters
            guard let weight = p.first else { return nil }
            return LayerParameters(name: "\(fact.index) \(fact.title) \(weight.shape.map(String.init).joined(separator: "×"))",
                                   weights: weight.scalars, biases: p.count > 1 ? p[1].scalars : [])
        }
        try self.init(layers, bins: bins, title: title, width: width, height: height)
    }

    var panels: [any Chart] {
        let shared = sharedDomain
        return layers.map { WeightPanel(layer: $0, bins: bins, theme: options.theme, sharedDomain: shared) }
    }

    /// The x axis all panels share — weights are compared like with like — unless some layer's
    /// values span less than a quarter of all layers' span (then it would be a sliver on the shared
    /// axis, and each panel keeps its own). Nil for one layer or no shared axis.
    var sharedDomain: (lo: Double, hi: Double)? {
        guard layers.count > 1 else { return nil }
        let spans = layers.map { Bins(covering: $0.weights + $0.biases, count: 1) }
        let lo = spans.map(\.lo).min() ?? 0, hi = spans.map(\.hi).max() ?? 1
        guard hi > lo, spans.allSatisfy({ ($0.hi - $0.lo) * 4 >= hi - lo }) else { return nil }
        return AxisDomain.linear(lo, hi, count: 5, margin: AxisDomain.barMargin)
    }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        PanelGrid.nodes(panels, options: options, size: size, measurer: measurer)
    }

    public func text(columns: Int) -> String {
        var out: [String] = []
        if let title = options.title { out.append(title) }
        for layer in layers {
            out.append(HistogramText.block(name: layer.name, series: [("weights", layer.weights), ("biases", layer.biases)],
                                           columns: columns))
        }
        return out.joined(separator: "\n\n")
    }
}
